/**
 * The two layers as Lit templates (SPEC 4). Pure rendering: the templates get the state they show and
 * the callbacks they call; they never read cookies or touch the page.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Strings } from '../i18n/index.js';
import type { Position, Theme } from './config.js';
import type { CategoryInfo } from './light-dom.js';

/** A category as shown in the preferences. */
export interface CategoryView extends CategoryInfo {
  name: string;
  label: string;
  description: string;
}

export interface ViewModel {
  strings: Strings;
  lang: string;
  position: Position;
  theme: Theme;
  privacyUrl?: string;
  categories: CategoryView[];
  /** Switch states in the preferences. */
  _draft: ReadonlySet<string>;
  /** Whether the GPC notice is shown in the preferences. */
  gpc: boolean;
  /** Click handler of every `data-action` control. */
  _onAction: (event: Event) => void;
  /** Change handler of the switches. */
  _onToggle: (event: Event) => void;
}

const privacyLink = ({ privacyUrl, strings }: ViewModel) =>
  privacyUrl
    ? html`<a part="link" href=${privacyUrl}>${strings.privacyLink}</a>`
    : nothing;

/** A button with its `data-action` hook and parts; also the placeholders' Load and Always allow. */
export const button = (action: string, label: string, extra = '', onClick?: () => void) =>
  html`<button part="button ${action}-button" class="button ${extra}" data-action=${action} @click=${onClick}>
    ${label}
  </button>`;

/** The row of both layers: Reject all, Accept all (alike, R3), then the quieter Customize or Save. */
const actions = ({ strings, _onAction }: ViewModel, last: 'customize' | 'save') =>
  html`<div class="actions" @click=${_onAction}>
    ${button('reject-all', strings.rejectAll)}
    ${button('accept-all', strings.acceptAll)}
    ${button(last, strings[last], 'secondary')}
  </div>`;

/** The first layer: title, message, privacy link, Accept all / Reject all / Customize. */
export function renderBanner(model: ViewModel): TemplateResult {
  const { strings, lang, position } = model;
  const body = html`
    <div class="body">
      <h2 id="banner-title"><slot name="title">${strings.title}</slot></h2>
      <p id="banner-message">
        <slot name="message">${strings.message}</slot> ${privacyLink(model)}
      </p>
    </div>
    ${actions(model, 'customize')}
  `;
  if (position === 'center') {
    return html`<dialog
      part="banner"
      class="banner center ${model.theme}"
      lang=${lang}
      aria-labelledby="banner-title"
      aria-describedby="banner-message"
      tabindex="-1"
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
const categoryRow = ({ name, label, description, cookies }: CategoryView, { strings, _draft, _onToggle }: ViewModel) => {
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
          .checked=${necessary || _draft.has(name)}
          ?disabled=${necessary}
          @change=${_onToggle}
       />
    </div>
    <p id="${id}-description">${description}</p>
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
  const { strings, lang, _onAction } = model;
  return html`<dialog
    part="dialog"
    class="preferences ${model.theme}"
    lang=${lang}
    aria-labelledby="preferences-title"
  >
    <div class="head">
      <h2 id="preferences-title">${strings.preferencesTitle}</h2>
      <button part="close-button" class="close" data-action="close" aria-label=${strings.close} @click=${_onAction}>
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
export const renderOpenButton = ({ strings, lang, theme, _onAction }: ViewModel): TemplateResult =>
  html`<button
    part="open-button"
    class="open-button ${theme}"
    lang=${lang}
    data-action="open"
    aria-label=${strings.openButton}
    title=${strings.openButton}
    @click=${_onAction}
  >
    <svg width="24" height="24" aria-hidden="true">
      <path d="M12 3a9 9 0 1 0 9 9 4 4 0 0 1-4-4 4 4 0 0 1-5-5z"/>
    </svg>
  </button>`;
