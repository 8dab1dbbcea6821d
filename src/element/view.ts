/**
 * The two layers as Lit templates (SPEC 4). Pure rendering: the templates get the state they show and
 * the callbacks they call; they never read cookies or touch the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/index.js';
import type { Position, Theme } from '../config/attributes.js';
import type { Service } from '../blocking/catalogue.js';
import type { CategoryInfo, Markup } from '../config/markup.js';
import { button } from '../ui/button.js';

/** A category as shown in the preferences. */
export interface CategoryView extends CategoryInfo {
  name: string;
  label: string;
  description: string;
  /** The services declared or recognised on this page in this category (SPEC 13). */
  services: readonly Service[];
}

/**
 * A category as shown: `<consent-category>` label and description, else the built-in strings, else its
 * name; and those of `services` in it.
 */
export function describeCategory(name: string, strings: Strings, markup: Markup, services: readonly Service[] = []): CategoryView {
  const builtIn = strings as unknown as Record<string, string | undefined>;
  const info = markup.categories.get(name);
  return {
    name,
    label: info?.label ?? builtIn[`${name}Label`] ?? name,
    description: info?.description ?? builtIn[`${name}Description`] ?? '',
    cookies: info?.cookies ?? [],
    services: services.filter((service) => service.category === name),
  };
}

export interface ViewModel {
  strings: Strings;
  lang: string;
  position: Position;
  theme: Theme;
  privacyUrl: string | null;
  categories: CategoryView[];
  /** Switch states in the preferences. */
  draft: ReadonlySet<string>;
  /** Whether the GPC notice is shown in the preferences. */
  gpc: boolean;
  /** Click handler of every `data-action` control. */
  onAction: (event: Event) => void;
  /** Change handler of the switches. */
  onToggle: (event: Event) => void;
  /** The preferences dialog closed (its close button, Escape). */
  onClose: () => void;
}

const privacyLink = ({ privacyUrl, strings }: ViewModel) =>
  privacyUrl
    ? html`<a part="link" href=${privacyUrl}>${strings.privacyLink}</a>`
    : nothing;

/** The row of both layers: Reject all, Accept all (alike, R3), then the quieter Customize or Save. */
const actions = ({ strings, onAction }: ViewModel, last: 'customize' | 'save') =>
  html`<div class="actions" @click=${onAction}>
    ${button('reject-all', strings.rejectAll)}
    ${button('accept-all', strings.acceptAll)}
    ${button(last, strings[last], 'secondary')}
  </div>`;

/** The centred banner is modal: Escape must not dismiss it without a choice (R2). */
const preventEscape = (event: Event) => event.preventDefault();

/** The first layer: title, message, privacy link, Accept all / Reject all / Customize. */
export function renderBanner(model: ViewModel): TemplateResult {
  const { strings, lang, position } = model;
  const body = html`
    <div class="body">
      <h2 id="banner-title"><slot name="title">${strings.title}</slot></h2>
      <p id="banner-message">
        <slot name="message">${strings.message}</slot>${model.privacyUrl ? ' ' : nothing}${privacyLink(model)}
      </p>
    </div>
    ${actions(model, 'customize')}
  `;
  if (position === 'center') {
    return html`<dialog
      part="banner"
      class="banner ${position} ${model.theme}"
      lang=${lang}
      aria-labelledby="banner-title"
      aria-describedby="banner-message"
      tabindex="-1"
      @cancel=${preventEscape}
    >
      ${body}
    </dialog>`;
  }
  return html`<section
    part="banner"
    class="banner ${position} ${model.theme}"
    lang=${lang}
    aria-label=${strings.bannerLabel}
  >
    ${body}
  </section>`;
}

/** A category: its switch, its description and the cookies it declares. */
const categoryRow = ({ name, label, description, cookies, services }: CategoryView, { strings, draft, onToggle }: ViewModel) => {
  const necessary = name === 'necessary';
  const id = `category-${name}`;
  return html`<li class="category">
    <div class="row">
      <label for=${id}>${label}</label>
      ${necessary ? html`<span>${strings.alwaysOn}</span>` : nothing}
      <input
          id=${id}
          part="switch"
          type="checkbox"
          role="switch"
          data-category=${name}
          aria-describedby="${id}-description"
          .checked=${necessary || draft.has(name)}
          ?disabled=${necessary}
          @change=${onToggle}
       />
    </div>
    <p id="${id}-description">${description}</p>
    ${services.length
      ? html`<p>
          ${strings.services}:
          ${services.map(({ name, privacy }, index) => html`${index ? ', ' : ''}${privacy ? html`<a part="link" href=${privacy}>${name}</a>` : name}`)}
        </p>`
      : nothing}
    ${cookies.length
      ? html`<table>
          <caption>${strings.cookiesCaption}</caption>
          <tr>
            <th>${strings.cookieName}</th>
            <th>${strings.cookieProvider}</th>
            <th>${strings.cookieDuration}</th>
          </tr>
          ${cookies.map(
            (cookie) => html`<tr>
              <td><code>${cookie.name}</code></td>
              <td>${cookie.provider}</td>
              <td>${cookie.duration}</td>
            </tr>`,
          )}
        </table>`
      : nothing}
  </li>`;
};

/** The second layer: one switch per category, declared cookies, Save / Accept all / Reject all. */
export function renderPreferences(model: ViewModel): TemplateResult {
  const { strings, lang, onAction } = model;
  return html`<dialog
    part="dialog"
    class="preferences ${model.theme}"
    lang=${lang}
    aria-labelledby="preferences-title"
    @close=${model.onClose}
  >
    <div class="head">
      <h2 id="preferences-title">${strings.preferencesTitle}</h2>
      <button part="close-button" class="close" data-action="close" aria-label=${strings.close} @click=${onAction}>
        <svg width="16" height="16" aria-hidden="true" stroke="currentColor" stroke-width="2"><path d="M3 3l10 10M13 3L3 13"/></svg>
      </button>
    </div>
    <div class="dialog-body">
      ${model.gpc ? html`<p part="gpc-notice" class="notice">${strings.gpcNotice}</p>` : nothing}
      <p>${strings.preferencesIntro} ${privacyLink(model)}</p>
      <ul>
        ${model.categories.map((category) => categoryRow(category, model))}
      </ul>
    </div>
    ${actions(model, 'save')}
  </dialog>`;
}

/** The floating button that reopens the preferences once a choice exists. */
export const renderOpenButton = ({ strings, lang, theme, onAction }: ViewModel): TemplateResult =>
  html`<button
    part="open-button"
    class="open-button ${theme}"
    lang=${lang}
    data-action="open"
    aria-label=${strings.openButton}
    title=${strings.openButton}
    @click=${onAction}
  >
    <svg width="24" height="24" aria-hidden="true">
      <path d="M12 3a9 9 0 1 0 9 9 4 4 0 0 1-4-4 4 4 0 0 1-5-5z"/>
    </svg>
  </button>`;
