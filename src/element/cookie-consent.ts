import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues } from 'lit';
// The languages and Consent Mode first: the classic script's modules follow this order, and this one
// compresses best (21 B less gzip than in path order).
import { chooseLanguage, registerLanguage, stringsFor, type Strings } from '../i18n/index.js';
import { ConsentModes, defaultConsentModeMapping, type ConsentModeMapping } from '../integrations/consent-mode.js';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_COOKIE_NAME,
  DEFAULT_EXPIRES_DAYS,
  categoryList,
  clampExpiresDays,
  consentModeList,
  parseBlocking,
  parseBoolean,
  parseCookieDomain,
  parseCookieName,
  parseExpiresDays,
  parseGpc,
  parsePosition,
  parseRevision,
  parseTheme,
  parseUrl,
  type Blocking,
  type ConsentModeName,
  type GpcSetting,
  type Position,
  type Theme,
} from '../config/attributes.js';
import { servicesOnPage } from '../blocking/hooks.js';
import type { Config } from '../config/config.js';
import { readMarkup, textsFor, type Markup } from '../config/markup.js';
import { ConsentChoice } from '../consent/choice.js';
import { hasStoredChoice } from '../consent/store.js';
import { changedCategories, type ConsentAction, type ConsentRecord } from '../consent/record.js';
import { emit } from '../events.js';
import { Gate } from '../gate/gate.js';
import { gpcRequestsRejection, gpcSignal } from '../integrations/gpc.js';
import { receipts } from '../integrations/receipts.js';
import { TabSyncController } from '../integrations/tabs.js';
import { warn } from '../warn.js';
import { BannerRoom } from './banner-room.js';
import { styles } from './cookie-consent.styles.js';
import { Layers } from './layers.js';
import { whenParsed } from '../parsed.js';
import { pageHasOpener, watchPage } from './page.js';
import { parsedAccessor } from './properties.js';
import { describeCategory, renderBanner, renderOpenButton, renderPreferences } from './view.js';

/** The element in charge on this page; a second one stays inert. */
let activeElement: CookieConsent | undefined;

/**
 * A GDPR cookie-consent banner: shows the notice, records the visitor's choice per category in a
 * first-party cookie, and tells the page through events.
 *
 * @summary Cookie-consent banner and preferences dialog.
 *
 * @slot title - Replaces the banner's title.
 * @slot message - Replaces the banner's message.
 *
 * @fires consent-ready - Once per page load, after the stored choice is read. `detail: { consent }`.
 * @fires consent-change - After each saved choice. `detail: { consent, previous, changed, action }`.
 * @fires consent-show - A layer opens. `detail: { view: 'banner' | 'preferences' }`.
 * @fires consent-hide - A layer closes. `detail: { view: 'banner' | 'preferences' }`.
 *
 * @csspart banner - The first layer's root (a `<section>`; a modal `<dialog>` with `position="center"`).
 * @csspart dialog - The preferences dialog.
 * @csspart button - Every button of both layers; each also has its own part, below.
 * @csspart reject-all-button - Reject all, in both layers.
 * @csspart accept-all-button - Accept all, in both layers.
 * @csspart customize-button - Customize, in the banner.
 * @csspart save-button - Save choices, in the preferences.
 * @csspart close-button - The preferences' close button.
 * @csspart switch - A category switch (a checkbox with `role="switch"`).
 * @csspart link - The privacy-policy link.
 * @csspart open-button - The floating button that reopens the preferences.
 * @csspart gpc-notice - The notice that the Global Privacy Control signal was honoured.
 *
 * @cssprop [--cookie-consent-background=#fff] - Background of the banner and dialog (dark: #1b1f26).
 * @cssprop [--cookie-consent-color=#161b26] - Text colour (dark: #eef1f5).
 * @cssprop [--cookie-consent-muted-color=#4b5563] - Secondary text colour (dark: #b4bcc8).
 * @cssprop [--cookie-consent-accent=#1c2536] - Accept all / Reject all background, switch on (dark: #e9edf3).
 * @cssprop [--cookie-consent-accent-color=#fff] - Text on the accent colour (dark: #151a22).
 * @cssprop [--cookie-consent-border-color=#7b8494] - Switch outline when off; 3:1 against the background (dark: #7d8794).
 * @cssprop [--cookie-consent-focus-color=#2563eb] - Focus ring (dark: #8ab4ff).
 * @cssprop [--cookie-consent-font-family=system-ui, sans-serif] - Font (the page's fonts; nothing is downloaded).
 * @cssprop [--cookie-consent-font-size=15px] - Base font size.
 * @cssprop [--cookie-consent-radius=12px] - Corner radius of boxes; buttons use 60%.
 * @cssprop [--cookie-consent-spacing=16px] - Base spacing unit.
 * @cssprop [--cookie-consent-max-width=1100px] - Maximum width of the bottom or top bar.
 * @cssprop [--cookie-consent-z-index=2147483000] - Stacking level of the banner and button.
 */
export class CookieConsent extends LitElement implements Config {
  static override styles: CSSResultGroup = styles;

  static override properties: PropertyDeclarations = {
    categories: { useDefault: true, parse: categoryList.parse, fallback: categoryList.fallback },
    privacyUrl: { attribute: 'privacy-url', parse: parseUrl },
    revision: { useDefault: true, parse: parseRevision },
    expiresDays: { attribute: 'expires-days', useDefault: true, parse: parseExpiresDays, fallback: clampExpiresDays },
    cookieName: { attribute: 'cookie-name', useDefault: true, parse: parseCookieName },
    cookieDomain: { attribute: 'cookie-domain', parse: parseCookieDomain },
    position: { useDefault: true, parse: parsePosition },
    theme: { useDefault: true, parse: parseTheme },
    gpc: { useDefault: true, parse: parseGpc },
    consentMode: { attribute: 'consent-mode', useDefault: true, parse: consentModeList.parse, fallback: consentModeList.fallback },
    logEndpoint: { attribute: 'log-endpoint', parse: parseUrl },
    reloadOnRevoke: { attribute: 'reload-on-revoke', type: Boolean, parse: parseBoolean },
    blocking: { attribute: 'blocking', useDefault: true, parse: parseBlocking },
    _status: { state: true },
    _hasOpenLink: { state: true },
    _inert: { state: true },
    _markup: { state: true },
  };

  /** Adds or replaces a UI language (SPEC 7); also a named export of both module entries. */
  static registerLanguage = registerLanguage;

  /** Attribute values given as `data-*` on the classic script's tag: applied where the element has none of its own. */
  static scriptDefaults: [name: string, value: string][] = [];

  /** The element the classic script created early for the one-line install; one in the markup replaces it. */
  static created?: CookieConsent;

  /** Consent Mode types each category grants (SPEC 10); edit or replace it before the element starts. */
  static consentModeMapping: ConsentModeMapping = defaultConsentModeMapping;

  /** Every property with a `parse` holds a value in use (src/element/properties.ts). */
  static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration) {
    return parsedAccessor(name, super.getPropertyDescriptor(name, key, options), options);
  }

  /** Optional categories in display order (attribute: space- or comma-separated). `necessary` always exists. */
  categories: readonly string[] = DEFAULT_CATEGORIES;

  /** The privacy policy's URL (http, https or relative; anything else is ignored), or null. */
  privacyUrl: string | null = null;

  /** Policy revision: a choice stored under another revision is void. */
  revision = '1';

  /** Days a choice stays valid, 1..395. */
  expiresDays = DEFAULT_EXPIRES_DAYS;

  /** Name of the consent cookie. */
  cookieName = DEFAULT_COOKIE_NAME;

  /** Domain of the consent cookie, e.g. `.example.com`; null for the current host. */
  cookieDomain: string | null = null;

  /** `bottom`, `top` (bars) or `center` (modal box). */
  position: Position = 'bottom';

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme: Theme = 'auto';

  /** `honor` or `ignore` the browser's Global Privacy Control signal. */
  gpc: GpcSetting = 'honor';

  /** Consent Mode queues to keep informed: `google`, `microsoft` (attribute: space-separated). */
  consentMode: readonly ConsentModeName[] = [];

  /** URL that receives a consent receipt (the record plus `url`) after every saved choice, or null. */
  logEndpoint: string | null = null;

  /** Reload the page when a category whose code already ran is withdrawn: scripts cannot be unloaded. */
  reloadOnRevoke = false;

  /** Automatic blocking of known services' tags (classic script): `auto` or `off` (set `data-blocking` on the script tag to patch nothing at all). */
  blocking: Blocking = 'auto';

  /** Announced in the live region after a save. */
  private _status = '';
  /** The page has a `data-consent-open` element of its own: no floating button. */
  private _hasOpenLink = false;
  /** A second element on the page: renders and does nothing. */
  private _inert = false;
  /** What the element's children declare, read again when they change. */
  private _markup: Markup = { categories: new Map(), texts: [], services: [] };

  private _unwatch?: () => void;

  private _gate = new Gate({
    config: () => this,
    markup: () => this._markup,
    strings: () => this._strings,
    label: (name) => describeCategory(name, this._strings, this._markup).label,
    // A placeholder's "Always allow": on top of the current choice; undecided categories are denied.
    allow: (names) => this._save([...(this.consent?.granted ?? []), ...names], 'custom'),
  });

  private _layers = new Layers(this, () => this.consent?.granted ?? []);

  private _tabs = new TabSyncController(
    () => this.cookieName,
    (value) => this._receive(value),
  );

  // Consent Mode first: its default must reach the tags before anything else happens.
  private _choice = new ConsentChoice(this, () => this, [
    new ConsentModes(() => (this.constructor as typeof CookieConsent).consentModeMapping),
    this._gate,
    this._tabs,
    receipts,
  ]);

  constructor() {
    super();
    this.addController(new BannerRoom(this));
    this.addController(this._gate);
    this.addController(this._tabs);
  }

  // ---- configuration --------------------------------------------------------------------------------

  /** The UI language in use (SPEC 7). */
  get language(): string {
    // An absent `lang` reads as '', which is skipped.
    return chooseLanguage([this.lang, document.documentElement.lang, ...navigator.languages]);
  }

  private get _strings(): Strings {
    const lang = this.language;
    return stringsFor(lang, textsFor(this._markup.texts, lang));
  }

  // ---- lifecycle --------------------------------------------------------------------------------

  override connectedCallback(): void {
    // The script tag's data-* for the element's own attributes only (never `data-onclick` → `onclick`).
    const known = [...(this.constructor as typeof CookieConsent).observedAttributes, 'lang'];
    for (const [name, value] of CookieConsent.scriptDefaults) {
      if (known.includes(name) && !this.hasAttribute(name)) this.setAttribute(name, value);
    }
    super.connectedCallback();
    if (activeElement && activeElement !== this) {
      if (activeElement === CookieConsent.created) activeElement.remove();
      else {
        if (!this._inert) warn('only one <cookie-consent> per page; this one is inert.', this);
        this._inert = true;
        return;
      }
    }
    this._inert = false;
    activeElement = this;
    this._markup = readMarkup(this);
    this._unwatch = watchPage(
      this,
      (opener) => this._layer('preferences', true, opener),
      // Reads again only what changed: its own children, or whether the page has an opener of its own.
      (own) => {
        if (own) {
          this._markup = readMarkup(this);
          this._gate.markupChanged();
        }
        this._hasOpenLink = pageHasOpener();
      },
    );
    if (this._choice.record === undefined) this._start();
    else this._refresh();
  }

  /** Moved with `moveBefore` (the classic script does, once the page is parsed): state kept, nothing to redo. */
  connectedMoveCallback(): void {}

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unwatch?.();
    if (activeElement === this) activeElement = undefined;
  }

  /**
   * Starts the element. The classic script's early element, while the document is parsed, does only what
   * every configuration would (SPEC 2): a page's own `<cookie-consent>` further down may read another
   * cookie, revision or categories, or ignore GPC. It shows the first-visit banner when no cookie holds
   * anything like a choice and the browser sends no GPC signal, and otherwise nothing: no choice is
   * read or saved, nothing gated runs, no event fires. Its configuration is final once the document is
   * parsed (if no element of the page took its place by then).
   */
  private _start(): void {
    if (this !== CookieConsent.created || document.readyState !== 'loading') return this._begin();
    if (!hasStoredChoice() && !gpcSignal()) this._layer('banner', true);
    whenParsed(() => this.isConnected && this._choice.record === undefined && this._begin());
  }

  /** Reads the stored choice (gating follows), and asks when there is none (GPC: saves a reject-all). */
  private _begin(): void {
    const record = this._choice.start();
    if (record) this._layer('banner', false);
    else if (gpcRequestsRejection(this.gpc)) this._save([], 'gpc');
    else this._layer('banner', true);
    whenParsed(() => emit(this, 'consent-ready', { consent: this.consent }));
  }

  /**
   * Connected again after a time away (moved by page code, or removed and put back): the choice may have
   * changed meanwhile (another element, another tab), and the stored one is the truth, not memory.
   */
  private _refresh(): void {
    const stored = this._choice.read();
    if (stored) this._receive(stored);
    else if (this.consent) this._forget();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // What is asked changed (revision, categories, cookie): the choice in force may be void now (R7).
    const asked = ['revision', 'categories', 'expiresDays', 'cookieName'] as const;
    if (this.hasUpdated && this.consent && !this._inert && asked.some((name) => changed.has(name)) && !this._choice.read()) this._forget();
  }

  protected override render() {
    if (this._inert) return nothing;
    const strings = this._strings;
    // The services declared (which win) and those automatic blocking recognised on this page, by name.
    const services = servicesOnPage(this._markup.services);
    const model = {
      strings,
      lang: this.language,
      position: this.position,
      theme: this.theme,
      privacyUrl: this.privacyUrl,
      categories: ['necessary', ...this.categories].map((name) => describeCategory(name, strings, this._markup, services)),
      draft: this._layers.draft,
      gpc: this.consent?.action === 'gpc',
      onAction: this._onAction,
      onToggle: this._onToggle,
      // Escape closes the preferences natively: the state follows.
      onClose: this._onClose,
    };
    const { shown } = this._layers;
    const banner = shown.has('banner');
    return html`
      ${banner ? renderBanner(model) : nothing}
      ${shown.has('preferences') ? renderPreferences(model) : nothing}
      ${this.consent && !banner && !this._hasOpenLink ? renderOpenButton(model) : nothing}
      <div role="status" class="visually-hidden">${this._status}</div>
    `;
  }

  /** Opens or closes a layer (nothing on a second, inert element). */
  private _layer(view: 'banner' | 'preferences', open: boolean, opener?: HTMLElement): void {
    if (!this._inert) this._layers.set(view, open, opener);
  }

  private _onAction = (event: Event): void => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'accept-all') this.acceptAll();
    else if (action === 'reject-all') this.rejectAll();
    else if (action === 'save') this._save(this._layers.draft, 'custom');
    else if (action === 'close') this._layer('preferences', false);
    else if (action) this.showPreferences(); // customize, open
  };

  private _onClose = (): void => this._layer('preferences', false);

  private _onToggle = (event: Event): void => {
    const { checked, dataset } = event.target as HTMLInputElement;
    this._layers.toggle(dataset.category!, checked);
  };

  // ---- choices ------------------------------------------------------------------------------------

  /** Saves a choice made on this page and tells the page. */
  private _save(granted: Iterable<string>, action: ConsentAction): void {
    if (this._inert) return;
    this._status = this._strings.saved;
    this._changed(this.consent, this._choice.save(granted, action, this.language));
  }

  /** A choice saved in another tab of this site: in force here when valid here. */
  private _receive(value: unknown): void {
    if (!this._inert) this._changed(this.consent, this._choice.receive(value));
  }

  /** A saved choice is in force (none: nothing changed): the layers close and the page hears of it. */
  private _changed(previous: ConsentRecord | null, record: ConsentRecord | null): void {
    if (!record) return;
    this.hide();
    emit(this, 'consent-change', { consent: record, previous, changed: changedCategories(previous, record), action: record.action });
  }

  /** No choice in force any more: the banner asks again. */
  private _forget(deleteCookie = false): void {
    this._choice.forget(deleteCookie);
    this._layer('preferences', false);
    this._layer('banner', true);
  }

  // ---- public API -------------------------------------------------------------------------------

  /** The current valid choice, or null when the visitor has not chosen. */
  get consent(): ConsentRecord | null {
    return this._choice.record ?? null;
  }

  /** Whether a category is granted now. `necessary` always is. */
  isGranted(name: string): boolean {
    return name === 'necessary' || !!this.consent?.granted.includes(name);
  }

  /** Grants every offered category and saves the choice. */
  acceptAll(): void {
    this._save(this.categories, 'accept-all');
  }

  /** Denies every optional category and saves the choice. */
  rejectAll(): void {
    this._save([], 'reject-all');
  }

  /** Grants exactly `names` (the rest denied) and saves the choice with action `api`. */
  accept(names: Iterable<string>): void {
    this._save(names, 'api');
  }

  /** Shows the first layer. */
  showBanner(): void {
    this._layer('banner', true);
  }

  /** Opens the preferences dialog, switches showing the stored choice. */
  showPreferences(): void {
    this._layer('preferences', true);
  }

  /** Closes whatever layer is open, saving nothing. */
  hide(): void {
    this._layer('preferences', false);
    this._layer('banner', false);
  }

  /** Forgets the choice and its id, deletes the cookie and shows the banner. */
  reset(): void {
    if (!this._inert) this._forget(true);
  }

  /** Resolves once `name` is granted: at once if it is, else at the choice that grants it. */
  whenGranted(name: string): Promise<void> {
    return this._gate.whenGranted(name);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsent;
  }
}
