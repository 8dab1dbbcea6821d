import { html, nothing } from 'lit/html.js';
import { ReactiveBase, type PropertyValues } from './reactive-base.js';
import {
  changedCategories,
  createRecord,
  validateRecord,
  type ConsentAction,
  type ConsentRecord,
  type ValidityContext,
} from '../consent/record.js';
import { clearRecord, readRecord, readStoredId, writeRecord, type CookieOptions } from '../consent/store.js';
import { emit } from '../events.js';
import { chooseLanguage, onLanguagesChange, registerLanguage, stringsFor, type Strings } from '../i18n/index.js';
import {
  parseCategories,
  parseCookieDomain,
  parseCookieName,
  parseExpiresDays,
  parseKeyword,
  parsePrivacyUrl,
  parseRevision,
  warn,
  type Position,
  type Theme,
} from './config.js';
import { readCategories, readTexts } from './light-dom.js';
import type { ConsentController, ConsentReason } from './controller.js';
import { styles } from './cookie-consent.styles.js';
import { BannerRoom } from './banner-room.js';
import { ConsentModeController, defaultConsentModeMapping, type ConsentModeMapping } from '../integrations/consent-mode.js';
import { gpcRequestsRejection } from '../integrations/gpc.js';
import { ReceiptController } from '../integrations/receipts.js';
import { TabSyncController } from '../integrations/tabs.js';
import { Gate } from '../gate/gate.js';
import { renderBanner, renderOpenButton, renderPreferences, type CategoryView, type ViewModel } from './view.js';

type View = 'banner' | 'preferences';

/** The element's attributes, parsed and made safe. */
interface Config {
  categories: string[];
  privacyUrl?: string;
  revision: string;
  position: Position;
  theme: Theme;
  cookie: CookieOptions;
}

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
    privacyUrl: { attribute: 'privacy-url' },
    revision: {},
    expiresDays: { attribute: 'expires-days' },
    cookieName: { attribute: 'cookie-name' },
    cookieDomain: { attribute: 'cookie-domain' },
    position: {},
    theme: {},
    consentMode: { attribute: 'consent-mode' },
    gpc: {},
    logEndpoint: { attribute: 'log-endpoint' },
    reloadOnRevoke: { type: Boolean, attribute: 'reload-on-revoke' },
    _view: { state: true },
    _bannerOpen: { state: true },
    _draft: { state: true },
    _status: { state: true },
    _record: { state: true },
    _hasOpenLink: { state: true },
  };

  /** Optional categories, space- or comma-separated, in display order. `necessary` always exists. */
  categories: string | null = null;
  /** The privacy policy's URL (http, https or relative; anything else is ignored). */
  privacyUrl: string | null = null;
  /** Policy revision: a choice stored under another revision is void. */
  revision: string | null = null;
  /** Days a choice stays valid, 1..395 (default 182). */
  expiresDays: string | null = null;
  /** Name of the consent cookie (default `cookie_consent`). */
  cookieName: string | null = null;
  /** Domain of the consent cookie, e.g. `.example.com`; default the current host. */
  cookieDomain: string | null = null;
  /** `bottom` (default), `top` (bars) or `center` (modal box). */
  position: string | null = null;
  /** `light`, `dark` or `auto` (default, follows `prefers-color-scheme`). */
  theme: string | null = null;
  /** `google`, `microsoft` or both, space-separated: push Consent Mode commands to those tags' queues. */
  consentMode: string | null = null;
  /** `honor` (default) or `ignore` the browser's Global Privacy Control signal. */
  gpc: string | null = null;
  /** URL that receives a consent receipt (the record plus `url`) after every saved choice. */
  logEndpoint: string | null = null;
  /** Reload the page when a category whose code already ran is withdrawn: scripts cannot be unloaded. */
  reloadOnRevoke = false;

  private _record: ConsentRecord | null = null;
  private _bannerOpen = false;
  /** The preferences dialog is open. */
  private _view: View | undefined;
  private _draft = new Set<string>();
  private _status = '';
  private _hasOpenLink = false;
  private _inert = false;
  private _started = false;
  private _opener: HTMLElement | null = null;
  private _pageObserver?: MutationObserver;
  private _unsubscribeLanguages?: () => void;
  private _readyFired = false;
  private _consentControllers: ConsentController[] = [];
  private _gate = new Gate(this, {
    categories: () => this._config.categories,
    strings: () => this._strings,
    label: (name) => this._categoryLabel(name),
    // A placeholder's "Always allow": on top of the current choice; undecided categories are denied.
    allow: (names) => void this._save(new Set([...(this._record?.granted ?? []), ...names]), 'custom'),
  });

  constructor() {
    super();
    this.addController(new BannerRoom(this));
    // Consent Mode first: its default must reach the tags before anything else happens.
    this.addConsentController(
      new ConsentModeController(this, () => (this.constructor as typeof CookieConsent).consentModeMapping),
    );
    this.addConsentController(new ReceiptController(this));
    this.addConsentController(new TabSyncController(() => this._config.cookie.name, (value) => this._receiveConsent(value)));
    this.addConsentController(this._gate);
  }

  /** Registers a controller that follows the choice (gating, integrations). */
  addConsentController(controller: ConsentController): void {
    this._consentControllers.push(controller);
    this.addController(controller);
  }

  /** Tells every consent controller that the choice in force changed. */
  protected _applyConsent(record: ConsentRecord | null, previous: ConsentRecord | null, reason: ConsentReason): void {
    for (const controller of this._consentControllers) controller.consentApplied?.(record, previous, reason);
  }

  // ---- configuration, derived from attributes -----------------------------------------------------

  private _configKey?: string;
  private _configCache?: Config;

  /** The parsed attributes; re-parsed (and re-warned about) only when one of them changes. */
  protected get _config(): Config {
    const raw = [this.categories, this.privacyUrl, this.revision, this.expiresDays, this.cookieName, this.cookieDomain, this.position, this.theme];
    const key = raw.join('\u0000');
    if (key !== this._configKey || !this._configCache) {
      this._configKey = key;
      const expiresDays = parseExpiresDays(this.expiresDays);
      this._configCache = {
        categories: parseCategories(this.categories),
        privacyUrl: parsePrivacyUrl(this.privacyUrl),
        revision: parseRevision(this.revision),
        position: parseKeyword('position', this.position, ['bottom', 'top', 'center'] as const),
        theme: parseKeyword('theme', this.theme, ['auto', 'light', 'dark'] as const),
        cookie: {
          name: parseCookieName(this.cookieName),
          domain: parseCookieDomain(this.cookieDomain, location.hostname),
          expiresDays,
        },
      };
    }
    return this._configCache;
  }

  /** The UI language in use (SPEC 7). */
  get language(): string {
    return chooseLanguage([
      this.getAttribute('lang'),
      document.documentElement.getAttribute('lang'),
      ...(navigator.languages ?? [navigator.language]),
    ]);
  }

  protected get _strings(): Strings {
    const lang = this.language;
    return stringsFor(lang, readTexts(this, lang));
  }

  // ---- lifecycle --------------------------------------------------------------------------------

  override connectedCallback(): void {
    for (const [name, value] of CookieConsent.scriptDefaults) {
      if (!this.hasAttribute(name)) this.setAttribute(name, value);
    }
    super.connectedCallback();
    if (activeElement && activeElement !== this && activeElement === CookieConsent.created) activeElement.remove();
    if (activeElement && activeElement !== this && activeElement.isConnected) {
      if (!this._inert) {
        warn('only one <cookie-consent> may be on a page; this one stays inert.', this);
      }
      this._inert = true;
      return;
    }
    this._inert = false;
    activeElement = this;
    document.addEventListener('click', this._onDocumentClick);
    // Light-DOM declarations, the element's lang and <html lang> can change at any time.
    this._pageObserver = new MutationObserver(this._onPageMutation);
    this._pageObserver.observe(this, { subtree: true, childList: true, attributes: true, characterData: true });
    this._pageObserver.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributeFilter: ['lang', 'data-consent-open'],
    });
    this._unsubscribeLanguages = onLanguagesChange(() => this.requestUpdate());
    this._hasOpenLink = this._pageHasOpenLink();
    if (!this._started) this._start();
  }

  /** Moved with `moveBefore` (the classic script does, once the page is parsed): state kept, nothing to redo. */
  connectedMoveCallback(): void {}

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this._onDocumentClick);
    this._pageObserver?.disconnect();
    this._unsubscribeLanguages?.();
    if (activeElement === this) activeElement = undefined;
  }

  /** Reads the stored choice and shows the banner when there is none. */
  private _start(): void {
    this._started = true;
    for (const controller of this._consentControllers) controller.consentStart?.();
    this._record = this._readStored();
    this._applyConsent(this._record, null, 'restore');
    // The Global Privacy Control signal counts as a saved reject-all: no banner (SPEC 10).
    if (!this._record) {
      if (gpcRequestsRejection(this.gpc)) this._save([], 'gpc');
      else this._openBanner();
    }
    const ready = () => {
      if (this._readyFired) return;
      this._readyFired = true;
      emit(this, 'consent-ready', { consent: this._record });
    };
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', ready, { once: true });
    } else {
      queueMicrotask(ready);
    }
  }

  private _readStored(): ConsentRecord | null {
    return readRecord(this._config.cookie, this._validity());
  }

  /** What a choice must match to be valid here now (SPEC 6). */
  private _validity(): ValidityContext {
    return {
      revision: this._config.revision,
      expiresDays: this._config.cookie.expiresDays,
      categories: this._config.categories,
      now: Date.now(),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A change of what is asked (revision, categories, cookie) can void the stored choice (R7).
    if (
      this._started &&
      !this._inert &&
      (changed.has('revision') || changed.has('categories') || changed.has('cookieName') || changed.has('expiresDays'))
    ) {
      const record = this._readStored();
      if (!record && this._record) {
        const previous = this._record;
        this._record = null;
        this._applyConsent(null, previous, 'reset');
        this._openBanner();
      }
    }
  }

  protected override render() {
    if (this._inert) return nothing;
    const model = this._viewModel();
    return html`
      ${this._bannerOpen ? renderBanner(model) : nothing}
      ${this._view === 'preferences' || this._record ? renderPreferences(model) : nothing}
      ${this._record && !this._bannerOpen && !this._hasOpenLink ? renderOpenButton(model) : nothing}
      <div role="status" class="visually-hidden">${this._status}</div>
    `;
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.preferences');
    if (dialog && this._view === 'preferences' && !dialog.open) dialog.showModal();
    if (dialog && this._view !== 'preferences' && dialog.open) dialog.close();
    const banner = this.renderRoot.querySelector<HTMLDialogElement>('dialog.banner');
    if (banner && !banner.open) {
      banner.showModal();
      // The box itself takes focus, so its name and message are read first (Chromium ignores autofocus here).
      banner.focus();
    }
  }

  /** A category's label: `<consent-category label>`, else the built-in string, else its name. */
  private _categoryLabel(name: string, strings = this._strings, declared = readCategories(this)): string {
    return declared.get(name)?.label ?? (strings as unknown as Record<string, string | undefined>)[`${name}Label`] ?? name;
  }

  private _viewModel(): ViewModel {
    const strings = this._strings;
    const declared = readCategories(this);
    const describe = (name: string): CategoryView => {
      const info = declared.get(name);
      const builtIn = strings as unknown as Record<string, string | undefined>;
      return {
        name,
        label: this._categoryLabel(name, strings, declared),
        description: info?.description ?? builtIn[`${name}Description`] ?? '',
        cookies: info?.cookies ?? [],
      };
    };
    return {
      strings,
      lang: this.language,
      position: this._config.position,
      theme: this._config.theme,
      privacyUrl: this._config.privacyUrl,
      categories: ['necessary', ...this._config.categories].map(describe),
      draft: this._draft,
      gpc: this._record?.action === 'gpc',
      onAction: this._onAction,
      onToggle: this._onToggle,
    };
  }

  // ---- visitor input ----------------------------------------------------------------------------

  private _onAction = (event: Event): void => {
    const control = (event.target as Element).closest<HTMLElement>('[data-action]');
    switch (control?.dataset.action) {
      case 'accept-all':
        return this.acceptAll();
      case 'reject-all':
        return this.rejectAll();
      case 'save':
        return void this._save(this._draft, 'custom');
      case 'customize':
      case 'open':
        return this.showPreferences();
      case 'close':
        return this._closePreferences();
    }
  };

  private _onToggle = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const draft = new Set(this._draft);
    if (input.checked) draft.add(input.dataset.category!);
    else draft.delete(input.dataset.category!);
    this._draft = draft;
  };

  private _onDocumentClick = (event: MouseEvent): void => {
    const opener = event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.hasAttribute('data-consent-open'));
    if (!opener) return;
    event.preventDefault();
    this._opener = opener;
    this.showPreferences();
  };

  /** Re-renders only for what the view shows: our own children, a `lang`, the page's open links. */
  private _onPageMutation = (records: MutationRecord[]): void => {
    this._hasOpenLink = this._pageHasOpenLink();
    if (records.some((record) => record.attributeName === 'lang' || this.contains(record.target))) {
      this.requestUpdate();
    }
  };

  private _pageHasOpenLink(): boolean {
    return document.querySelector('[data-consent-open]') !== null;
  }

  /** The dialog closed itself (Escape) or was closed by us. */
  private _onDialogClose = (): void => {
    if (this._view !== 'preferences') return;
    this._view = undefined;
    emit(this, 'consent-hide', { view: 'preferences' });
    const opener = this._opener;
    this._opener = null;
    this.updateComplete.then(() => {
      if (opener?.isConnected) opener.focus();
    });
  };

  protected override firstUpdated(): void {
    // Native close covers Escape; our own close() lands here too.
    this.renderRoot.addEventListener('close', (event) => {
      if ((event.target as Element).matches('dialog.preferences')) this._onDialogClose();
    }, true);
    // The centred banner is modal: Escape must not dismiss it without a choice (R2).
    this.renderRoot.addEventListener('cancel', (event) => {
      if ((event.target as Element).matches('dialog.banner')) event.preventDefault();
    }, true);
  }

  private _openBanner(): void {
    if (this._bannerOpen) return;
    this._bannerOpen = true;
    emit(this, 'consent-show', { view: 'banner' });
  }

  private _closeBanner(): void {
    if (!this._bannerOpen) return;
    this._bannerOpen = false;
    emit(this, 'consent-hide', { view: 'banner' });
  }

  private _closePreferences(): void {
    // Closed in state now, not when the native `close` event arrives a task later: a render in
    // between would reopen the <dialog>. updated() closes it.
    this._onDialogClose();
  }

  // ---- saving -----------------------------------------------------------------------------------

  /** Saves a choice: cookie, state, events. Returns the new record. */
  protected _save(granted: Iterable<string>, action: ConsentAction): ConsentRecord | null {
    if (this._inert) return null;
    const options = this._config.cookie;
    const previous = this._record;
    const record = createRecord({
      id: previous?.id ?? readStoredId(options.name),
      revision: this._config.revision,
      categories: this._config.categories,
      granted,
      action,
      lang: this.language,
    });
    if (!writeRecord(options, record)) {
      warn('the browser refused the consent cookie; the choice holds for this page only.');
    }
    this._status = this._strings.saved;
    this._commit(record, previous, 'save');
    return record;
  }

  /** A choice saved in another tab of this site: put in force here; the cookie is already written. */
  protected _receiveConsent(value: unknown): void {
    const record = validateRecord(value, this._validity());
    if (record && !this._inert) this._commit(record, this._record, 'sync');
  }

  /** Puts a saved choice in force: state, controllers, layers closed, `consent-change`. */
  private _commit(record: ConsentRecord, previous: ConsentRecord | null, reason: ConsentReason): void {
    this._record = record;
    this._applyConsent(record, previous, reason);
    this._closePreferences();
    this._closeBanner();
    emit(this, 'consent-change', {
      consent: record,
      previous,
      changed: changedCategories(previous, record),
      action: record.action,
    });
  }

  // ---- public API -------------------------------------------------------------------------------

  /** The current valid choice, or null when the visitor has not chosen. */
  get consent(): ConsentRecord | null {
    return this._record;
  }

  /** Whether a category is granted now. `necessary` always is. */
  isGranted(name: string): boolean {
    return name === 'necessary' || (this._record?.granted.includes(name) ?? false);
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
    if (!this._inert) this._openBanner();
  }

  /** Opens the preferences dialog, switches showing the stored choice. */
  showPreferences(): void {
    if (this._inert || this._view === 'preferences') return;
    this._opener ??= this._focusedElement();
    this._draft = new Set(this._record?.granted ?? []);
    this._view = 'preferences';
    emit(this, 'consent-show', { view: 'preferences' });
  }

  /** Closes whatever layer is open, saving nothing. */
  hide(): void {
    this._closePreferences();
    this._closeBanner();
  }

  /** Forgets the choice and its id, deletes the cookie and shows the banner. */
  reset(): void {
    if (this._inert) return;
    clearRecord(this._config.cookie);
    const previous = this._record;
    this._record = null;
    this._applyConsent(null, previous, 'reset');
    this._closePreferences();
    this._openBanner();
  }

  /** Resolves once `name` is granted: at once if it is, else at the choice that grants it. */
  whenGranted(name: string): Promise<void> {
    return this._gate.whenGranted(name);
  }

  private _focusedElement(): HTMLElement | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active instanceof HTMLElement && active !== document.body ? active : null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsent;
  }
}
