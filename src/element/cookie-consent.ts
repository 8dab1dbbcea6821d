import { html, nothing } from 'lit/html.js';
import { ReactiveBase } from './reactive-base.js';
import { changedCategories, createRecord, validateRecord, type ConsentAction, type ConsentRecord, type ValidityContext } from '../consent/record.js';
import { readRecord, readStoredId, writeRecord } from '../consent/store.js';
import { emit } from '../events.js';
import { chooseLanguage, registerLanguage, stringsFor, type Strings } from '../i18n/index.js';
import { parseConfig, warn, type Config } from './config.js';
import { readCategories, readTexts } from './light-dom.js';
import type { ConsentController, ConsentReason } from './controller.js';
import { styles } from './cookie-consent.styles.js';
import { BannerRoom } from './banner-room.js';
import { focusedElement, pageHasOpener, watchPage } from './page.js';
import { ConsentModeController, defaultConsentModeMapping, type ConsentModeMapping } from '../integrations/consent-mode.js';
import { gpcRequestsRejection } from '../integrations/gpc.js';
import { sendReceipt } from '../integrations/receipts.js';
import { TabSyncController } from '../integrations/tabs.js';
import { Gate } from '../gate/gate.js';
import { renderBanner, renderOpenButton, renderPreferences, type CategoryView } from './view.js';

type View = 'banner' | 'preferences';

/** The element that is in charge on this page; a second one stays inert. */
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
export class CookieConsent extends ReactiveBase {
  static override styles = styles;

  /** Adds or replaces a UI language (SPEC 7); also a named export of both module entries. */
  static registerLanguage = registerLanguage;

  /**
   * Attribute values given as `data-*` on the script tag of the classic script: applied where the
   * element has no attribute of its own.
   */
  static scriptDefaults: [name: string, value: string][] = [];

  /** The element the classic script created early for the one-line install; one in the markup replaces it. */
  static created?: CookieConsent;

  /** Consent Mode types each category grants (SPEC 10); edit or replace it before the element starts. */
  static consentModeMapping: ConsentModeMapping = defaultConsentModeMapping;

  static override properties = {
    categories: {},
    privacyUrl: {},
    revision: {},
    expiresDays: {},
    cookieName: {},
    cookieDomain: {},
    position: {},
    theme: {},
    consentMode: {},
    gpc: {},
    logEndpoint: {},
    reloadOnRevoke: { type: Boolean },
  };

  /** Optional categories, space- or comma-separated, in display order. `necessary` always exists. */
  declare categories: string | null;
  /** The privacy policy's URL (http, https or relative; anything else is ignored). */
  declare privacyUrl: string | null;
  /** Policy revision: a choice stored under another revision is void. */
  declare revision: string | null;
  /** Days a choice stays valid, 1..395 (default 182). */
  declare expiresDays: string | null;
  /** Name of the consent cookie (default `cookie_consent`). */
  declare cookieName: string | null;
  /** Domain of the consent cookie, e.g. `.example.com`; default the current host. */
  declare cookieDomain: string | null;
  /** `bottom` (default), `top` (bars) or `center` (modal box). */
  declare position: string | null;
  /** `light`, `dark` or `auto` (default, follows `prefers-color-scheme`). */
  declare theme: string | null;
  /** `google`, `microsoft` or both, space-separated: push Consent Mode commands to those tags' queues. */
  declare consentMode: string | null;
  /** `honor` (default) or `ignore` the browser's Global Privacy Control signal. */
  declare gpc: string | null;
  /** URL that receives a consent receipt (the record plus `url`) after every saved choice. */
  declare logEndpoint: string | null;
  /** Reload the page when a category whose code already ran is withdrawn: scripts cannot be unloaded. */
  reloadOnRevoke = false;

  /** The choice in force: undefined until the element starts, null while there is none. */
  private _record?: ConsentRecord | null;
  /** The layers open. */
  private _shown = new Set<View>();
  /** The preferences' switch states, saved by Save choices. */
  private _draft = new Set<string>();
  /** Announced in the live region after a save (which re-renders anyway). */
  private _status = '';
  /** The page has a `data-consent-open` element of its own: no floating button. */
  private _hasOpenLink = false;
  private _inert = false;
  /** Where focus returns when the preferences close. */
  private _opener: HTMLElement | null = null;
  private _unwatch?: () => void;
  private _gate = new Gate(this, {
    categories: () => this._config.categories,
    strings: () => this._strings,
    label: (name) => this._describe(name).label,
    // A placeholder's "Always allow": on top of the current choice; undecided categories are denied.
    allow: (names) => this._save([...(this._record?.granted ?? []), ...names], 'custom'),
  });

  constructor() {
    super();
    // Consent Mode first: its default must reach the tags before anything else happens.
    for (const controller of <ConsentController[]>[
      new BannerRoom(this),
      new ConsentModeController(this),
      new TabSyncController(() => this._config.cookie.name, (value) => this._receive(value)),
      this._gate,
    ]) {
      this.addController(controller);
    }
    // Escape on the preferences closes them natively, and so does our own close(): the state follows.
    // The centred banner is modal: Escape must not dismiss it without a choice (R2).
    for (const type of ['close', 'cancel']) {
      this.renderRoot.addEventListener(type, (event) => {
        const banner = (event.target as Element).matches('.banner');
        if (type === 'cancel') {
          if (banner) event.preventDefault();
        } else if (!banner) this._layer('preferences', false);
      }, true);
    }
  }

  // ---- configuration, derived from attributes -----------------------------------------------------

  private _configAt?: number;
  private _configCache?: Config;

  /** The parsed attributes; re-parsed (and re-warned about) only after an attribute property changed. */
  protected get _config(): Config {
    if (this._configAt !== this._attributeChanges) {
      this._configAt = this._attributeChanges;
      this._configCache = parseConfig(this);
    }
    return this._configCache!;
  }

  /** The UI language in use (SPEC 7). */
  get language(): string {
    // An absent `lang` reads as '', which is skipped.
    return chooseLanguage([this.lang, document.documentElement.lang, ...navigator.languages]);
  }

  protected get _strings(): Strings {
    const lang = this.language;
    return stringsFor(lang, readTexts(this, lang));
  }

  /** A category as shown: `<consent-category>` label and description, else the built-in strings, else its name. */
  private _describe(name: string, strings = this._strings, declared = readCategories(this)): CategoryView {
    const builtIn = strings as unknown as Record<string, string | undefined>;
    const info = declared.get(name);
    return {
      name,
      label: info?.label ?? builtIn[`${name}Label`] ?? name,
      description: info?.description ?? builtIn[`${name}Description`] ?? '',
      cookies: info?.cookies ?? [],
    };
  }

  // ---- lifecycle --------------------------------------------------------------------------------

  override connectedCallback(): void {
    for (const [name, value] of CookieConsent.scriptDefaults) {
      if (!this.hasAttribute(name)) this.setAttribute(name, value);
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
    this._unwatch = watchPage(
      this,
      (opener) => {
        this._opener = opener;
        this.showPreferences();
      },
      // Re-renders only for what the view shows: its own children, a `lang`, the languages.
      (own) => {
        const hasOpenLink = pageHasOpener();
        if (own || hasOpenLink !== this._hasOpenLink) this.requestUpdate();
        this._hasOpenLink = hasOpenLink;
      },
    );
    if (this._record === undefined) this._start();
  }

  /** Moved with `moveBefore` (the classic script does, once the page is parsed): state kept, nothing to redo. */
  connectedMoveCallback(): void {}

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unwatch?.();
    if (activeElement === this) activeElement = undefined;
  }

  /** Reads the stored choice and shows the banner when there is none. */
  private _start(): void {
    for (const controller of this._controllers) (controller as ConsentController).consentStart?.();
    const record = this._readStored();
    this._apply(record, 'restore');
    // The Global Privacy Control signal counts as a saved reject-all: no banner (SPEC 10).
    if (!record) {
      if (gpcRequestsRejection(this.gpc)) this._save([], 'gpc');
      else this._layer('banner', true);
    }
    const ready = () => emit(this, 'consent-ready', { consent: this.consent });
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
    else queueMicrotask(ready);
  }

  /** What a choice must match to be valid here now (SPEC 6). */
  private _validity(): ValidityContext {
    const { revision, categories, cookie } = this._config;
    return { revision, categories, expiresDays: cookie.expiresDays, now: Date.now() };
  }

  private _readStored(): ConsentRecord | null {
    return readRecord(this._config.cookie, this._validity());
  }

  /** The configuration the stored choice was last checked against. */
  private _checked?: Config;

  protected override willUpdate(): void {
    // A change of what is asked (revision, categories, cookie) can void the stored choice (R7). Any
    // attribute change re-parses the configuration, and the choice is checked again.
    const config = this._config;
    if (config === this._checked) return;
    this._checked = config;
    if (this._record && !this._inert && !this._readStored()) this._forget();
  }

  protected override render() {
    if (this._inert) return nothing;
    const strings = this._strings;
    const declared = readCategories(this);
    const config = this._config;
    const model = {
      ...config,
      strings,
      lang: this.language,
      categories: ['necessary', ...config.categories].map((name) => this._describe(name, strings, declared)),
      _draft: this._draft,
      gpc: this._record?.action === 'gpc',
      _onAction: this._onAction,
      _onToggle: this._onToggle,
    };
    const banner = this._shown.has('banner');
    return html`
      ${banner ? renderBanner(model) : nothing}
      ${this._shown.has('preferences') ? renderPreferences(model) : nothing}
      ${this._record && !banner && !this._hasOpenLink ? renderOpenButton(model) : nothing}
      <div role="status" class="visually-hidden">${this._status}</div>
    `;
  }

  /**
   * Opens the native dialogs just rendered. Each (the centred banner, the preferences) is rendered only
   * while its layer is open, so closing one is taking it out of the page.
   */
  protected override updated(): void {
    for (const dialog of this.renderRoot.querySelectorAll('dialog')) {
      if (!dialog.open) {
        dialog.showModal();
        // The banner's box itself takes focus, so its name and message are read first (Chromium ignores autofocus here).
        if (dialog.matches('.banner')) dialog.focus();
      }
    }
  }

  // ---- layers and visitor input -------------------------------------------------------------------

  /**
   * Opens or closes a layer, with its `consent-show` / `consent-hide`. Closed in state at once, not when
   * the native `close` event arrives a task later: a render in between would reopen the <dialog>.
   */
  private _layer(view: View, open: boolean): void {
    if (this._inert || this._shown.has(view) === open) return;
    if (open) this._shown.add(view);
    else this._shown.delete(view);
    if (view === 'preferences') {
      if (open) {
        this._opener ??= focusedElement();
        this._draft = new Set(this._record?.granted);
      } else {
        const opener = this._opener;
        this._opener = null;
        this.updateComplete.then(() => opener?.focus());
      }
    }
    this.requestUpdate();
    emit(this, open ? 'consent-show' : 'consent-hide', { view });
  }

  private _onAction = (event: Event): void => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'accept-all') this.acceptAll();
    else if (action === 'reject-all') this.rejectAll();
    else if (action === 'save') this._save(this._draft, 'custom');
    else if (action === 'close') this._layer('preferences', false);
    else if (action) this.showPreferences(); // customize, open
  };

  private _onToggle = (event: Event): void => {
    const { checked, dataset } = event.target as HTMLInputElement;
    if (checked) this._draft.add(dataset.category!);
    else this._draft.delete(dataset.category!);
    this.requestUpdate();
  };

  // ---- the choice in force --------------------------------------------------------------------------

  /** Puts `record` in force (the only place that sets it) and tells every controller. */
  private _apply(record: ConsentRecord | null, reason: ConsentReason): ConsentRecord | null {
    const previous = this._record ?? null;
    this._record = record;
    this.requestUpdate();
    for (const controller of this._controllers) (controller as ConsentController).consentApplied?.(record, previous, reason);
    return previous;
  }

  /** Saves a choice: cookie, then in force like any choice. */
  protected _save(granted: Iterable<string>, action: ConsentAction): void {
    if (this._inert) return;
    const { cookie, revision, categories } = this._config;
    const record = createRecord(this._record?.id ?? readStoredId(cookie.name), revision, categories, granted, action, this.language);
    if (!writeRecord(cookie, record)) warn('the browser refused the cookie; the choice holds for this page only.');
    this._status = this._strings.saved;
    // A receipt for each choice saved on this page (SPEC 10), none for restored or other tabs' choices.
    if (this.logEndpoint) sendReceipt(this.logEndpoint, record);
    this._commit(record, 'save');
  }

  /** A choice saved in another tab of this site: put in force here; the cookie is already written. */
  protected _receive(value: unknown): void {
    const record = validateRecord(value, this._validity());
    if (record && !this._inert) this._commit(record, 'sync');
  }

  /** Puts a saved choice in force, closes the layers and fires `consent-change`. */
  private _commit(record: ConsentRecord, reason: ConsentReason): void {
    const previous = this._apply(record, reason);
    this.hide();
    emit(this, 'consent-change', { consent: record, previous, changed: changedCategories(previous, record), action: record.action });
  }

  /** No choice in force any more: the banner asks again. */
  private _forget(): void {
    this._apply(null, 'reset');
    this._layer('preferences', false);
    this._layer('banner', true);
  }

  // ---- public API -------------------------------------------------------------------------------

  /** The current valid choice, or null when the visitor has not chosen. */
  get consent(): ConsentRecord | null {
    return this._record ?? null;
  }

  /** Whether a category is granted now. `necessary` always is. */
  isGranted(name: string): boolean {
    return name === 'necessary' || !!this._record?.granted.includes(name);
  }

  /** Grants every offered category and saves the choice. */
  acceptAll(): void {
    this._save(this._config.categories, 'accept-all');
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
    if (this._inert) return;
    writeRecord(this._config.cookie, null);
    this._forget();
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
