/**
 * One fuzz case in the fuzz page (test/fuzz/fixtures/a/b/page.html, which loads the element): its cookies
 * are set, what the browser stored is read back and judged by the oracle (test/consent/oracle.ts), and a
 * fresh `<cookie-consent>` with gated scripts and tracker images around it must agree: what ran, what was
 * fetched, the banner, `element.consent`; then, for a sample, Reject all and a new element must hold it.
 */
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { choiceInForce, type OracleContext } from '../consent/oracle.js';
import { COOKIE_NAME, DECOY_NAMES, OTHER_PATHS, VISIBLE_PATHS, type FuzzCase } from './cookie-values.js';

export const FIGURES = [
  'uncaught errors',
  'gated runs w/o consent',
  'tracker hits',
  'invalid w/o banner',
  'valid mismatch',
  'leak after Reject all',
  'no consent-ready',
] as const;
export type Figure = (typeof FIGURES)[number];

export interface Finding {
  figure: Figure;
  detail: string;
}

export interface Outcome {
  /** The oracle's verdict on what the browser stored; 'borderline' when it changed while the element read it. */
  verdict: 'valid' | 'invalid' | 'borderline';
  /** The consent cookie's values as the browser lists them. */
  stored: string[];
  rejected: boolean;
  findings: Finding[];
}

type FuzzWindow = Window & typeof globalThis & { ran: string[] };
type Choice = Record<string, unknown> | null;

const OFFERED = ['analytics', 'content'];
const HOUR = 3600e3;
/** The gated scripts put before the element (each pushes its label), and the one added after it. */
const SCRIPTS = ['analytics', 'content', '!analytics', 'analytics content'];
const LATE_SCRIPT = 'analytics';
/** The gated tracker images (their URL names the case and the category). */
const IMAGES = ['analytics', 'content'];

/** Whether `condition` (a `data-category` value) holds under `choice`, read from SPEC 8's words. */
export function conditionHolds(condition: string, choice: Choice): boolean {
  const granted = (choice?.granted ?? []) as string[];
  return !!choice && condition.split(' ').every((term) => (term[0] === '!' ? !granted.includes(term.slice(1)) : granted.includes(term)));
}

/** The fields of SPEC 6, to compare the element's choice with the oracle's. */
const fields = (choice: Choice) =>
  choice && JSON.stringify(['v', 'id', 'rev', 'ts', 'granted', 'denied', 'action'].map((key) => choice[key]));

export class FuzzPage {
  /** Errors and rejections the page did not catch, since the last case began. */
  private _errors: string[] = [];
  /** Tracker URLs the page fetched (Resource Timing). */
  readonly fetched: string[] = [];
  /** For each case's images: whether the oracle allowed it to load. */
  readonly imageAllowed = new Map<string, boolean>();
  private readonly _archive: HTMLElement;
  private readonly _prototypeKeys: string;

  constructor(
    readonly win: FuzzWindow,
    private readonly _trackerKey: string,
  ) {
    win.addEventListener('error', (event) => this._errors.push(String(event.error ?? event.message)));
    win.addEventListener('unhandledrejection', (event) => this._errors.push(`unhandled rejection: ${event.reason}`));
    // The element's warnings (one per void record) would flood the runner's log.
    win.console.warn = () => {};
    win.performance.setResourceTimingBufferSize?.(100000);
    new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name.includes(`/__tracker/${_trackerKey}/`)) this.fetched.push(entry.name);
    }).observe({ type: 'resource', buffered: true });
    this._archive = win.document.createElement('div');
    this._archive.hidden = true;
    win.document.body.append(this._archive);
    this._prototypeKeys = this._prototypes();
  }

  private get _document(): Document {
    return this.win.document;
  }

  private _prototypes(): string {
    return [this.win.Object.prototype, Object.prototype, this.win.Array.prototype].map((proto) => Object.getOwnPropertyNames(proto).join()).join('|');
  }

  /** The values the browser lists for cookie `name`, in its order. */
  values(name = COOKIE_NAME): string[] {
    return this._document.cookie.split('; ').flatMap((pair) => {
      const at = pair.indexOf('=');
      return at >= 0 && pair.slice(0, at) === name ? [pair.slice(at + 1)] : [];
    });
  }

  /** Removes every cookie a case may have set; throws when one is left. */
  clearCookies(): void {
    for (const name of [COOKIE_NAME, ...DECOY_NAMES]) {
      for (const path of [...VISIBLE_PATHS, ...OTHER_PATHS]) {
        for (const domain of ['', `; Domain=${location.hostname}`]) this._document.cookie = `${name}=; Path=${path}${domain}; Max-Age=0`;
      }
    }
    const left = [COOKIE_NAME, ...DECOY_NAMES].filter((name) => this.values(name).length);
    if (left.length) throw new Error(`harness: could not clear ${left.join(', ')}: ${this._document.cookie}`);
  }

  /** Runs one case; `reject`: click Reject all afterwards and check that a new element holds it. */
  async run(fuzzCase: FuzzCase, reject: boolean): Promise<Outcome> {
    const findings: Finding[] = [];
    const found = (figure: Figure, detail: string) => findings.push({ figure, detail });
    const context = (now: number): OracleContext => ({ revision: '3', expiresDays: fuzzCase.expiresDays, categories: OFFERED, now });
    this.clearCookies();
    for (const { name, value, path } of fuzzCase.cookies) this._document.cookie = `${name}=${value}; Path=${path}`;
    const stored = this.values();
    const before = choiceInForce(stored, context(Date.now()));

    const first = await this._mount(fuzzCase, 'load', found);
    const winners = choiceInForce(stored, context(Date.now()));
    if (JSON.stringify(before) !== JSON.stringify(winners)) {
      // Expired, or no longer in the future, between two readings: either answer is right.
      this._unmount(first);
      return { verdict: 'borderline', stored, rejected: false, findings: findings.filter(({ figure }) => figure === 'uncaught errors') };
    }
    const { element } = first;
    const consent = element.consent as Choice;
    const choice = winners?.find((winner) => fields(winner) === fields(consent)) ?? winners?.[0] ?? null;
    const shown = this._bannerShown(element);
    if (!winners && (shown === false || consent)) found('invalid w/o banner', `banner ${shown ? 'shown' : 'hidden'}, element.consent ${JSON.stringify(consent)}`);
    if (winners && fields(consent) !== fields(choice)) found('valid mismatch', `element.consent ${JSON.stringify(consent)}, oracle ${JSON.stringify(winners)}`);
    if (winners && shown) found('valid mismatch', 'the banner is shown for a valid choice');
    this._judgeGated(first, choice, found);

    if (reject) await this._rejectAndReload(fuzzCase, first, context, found);
    else this._unmount(first);
    return { verdict: winners ? 'valid' : 'invalid', stored, rejected: reject, findings };
  }

  /** A new element (the case's configuration) with gated tags before and after it; the first render done. */
  private async _mount(fuzzCase: FuzzCase, phase: string, found: (figure: Figure, detail: string) => void) {
    const document = this._document;
    const box = document.createElement('div');
    const label = (condition: string) => `${fuzzCase.index}:${phase}:${condition}`;
    const script = (condition: string, text = label(condition)) => {
      const tag = document.createElement('script');
      tag.type = 'text/plain';
      tag.dataset.category = condition;
      tag.textContent = `ran.push(${JSON.stringify(text)})`;
      return tag;
    };
    const images = IMAGES.map((condition) => {
      const image = document.createElement('img');
      image.alt = '';
      image.dataset.category = condition;
      image.dataset.src = `/__tracker/${this._trackerKey}/${fuzzCase.index}-${phase}-${condition.replace(/\W/g, '_')}.gif`;
      return image;
    });
    box.append(...SCRIPTS.map((condition) => script(condition)), ...images);
    this.win.ran = [];
    this._errors = [];
    const element = document.createElement('cookie-consent') as CookieConsent;
    for (const [name, value] of [['cookie-name', COOKIE_NAME], ['revision', '3'], ['categories', OFFERED.join(' ')], ['expires-days', String(fuzzCase.expiresDays)], ['gpc', 'ignore']]) {
      element.setAttribute(name, value);
    }
    let ready = false;
    element.addEventListener('consent-ready', () => (ready = true));
    try {
      document.body.append(box, element);
      await element.updateComplete;
      box.append(script(LATE_SCRIPT, label(`late ${LATE_SCRIPT}`)));
      // The gate's MutationObserver and consent-ready (a microtask) have run by the next task.
      await new Promise((resolve) => this.win.setTimeout(resolve, 0));
    } catch (error) {
      this._errors.push(`thrown while connecting: ${error}`);
    }
    if (!ready) found('no consent-ready', `after the first render and a task`);
    for (const error of this._errors) found('uncaught errors', error);
    const prototypes = this._prototypes();
    if (prototypes !== this._prototypeKeys) found('uncaught errors', `a prototype changed: ${prototypes}`);
    return { element, box, images, label };
  }

  /** What ran and what was fetched, against `choice` (the oracle's); after a Reject all, anything more is a leak. */
  private _judgeGated(
    { images, label }: Awaited<ReturnType<FuzzPage['_mount']>>,
    choice: Choice,
    found: (figure: Figure, detail: string) => void,
    afterReject = false,
  ): void {
    const expected = [...SCRIPTS.filter((condition) => conditionHolds(condition, choice)).map(label)];
    if (conditionHolds(LATE_SCRIPT, choice)) expected.push(label(`late ${LATE_SCRIPT}`));
    const ran = this.win.ran;
    const extra = ran.filter((name) => !expected.includes(name));
    const missing = expected.filter((name) => !ran.includes(name));
    if (extra.length) found(afterReject ? 'leak after Reject all' : 'gated runs w/o consent', `ran ${extra.join(', ')} under ${JSON.stringify(choice)}`);
    if (missing.length) found('valid mismatch', `did not run ${missing.join(', ')} under ${JSON.stringify(choice)}`);
    for (const image of images) {
      const allowed = conditionHolds(image.dataset.category!, choice);
      this.imageAllowed.set(new URL(image.dataset.src!, location.href).pathname, allowed);
      const requested = image.hasAttribute('src');
      if (requested && !allowed) found(afterReject ? 'leak after Reject all' : 'tracker hits', `${image.dataset.src} requested under ${JSON.stringify(choice)}`);
      if (!requested && allowed) found('valid mismatch', `${image.dataset.src} not requested under ${JSON.stringify(choice)}`);
    }
  }

  /** Reject all (banner, or the preferences when no banner shows), then a new element must hold it. */
  private async _rejectAndReload(
    fuzzCase: FuzzCase,
    mounted: Awaited<ReturnType<FuzzPage['_mount']>>,
    context: (now: number) => OracleContext,
    found: (figure: Figure, detail: string) => void,
  ): Promise<void> {
    const { element } = mounted;
    try {
      if (!this._bannerShown(element)) {
        element.showPreferences();
        await element.updateComplete;
      }
      const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="banner"] [data-action="reject-all"], dialog [data-action="reject-all"]');
      if (!button) throw new Error('no Reject all button');
      button.click();
      await element.updateComplete;
    } catch (error) {
      found('uncaught errors', `Reject all: ${error}`);
    }
    this._unmount(mounted);
    const after = this.values();
    const inForce = choiceInForce(after, context(Date.now()));
    const grants = (choice: Choice) => OFFERED.some((name) => ((choice?.granted ?? []) as string[]).includes(name));
    if (!inForce) found('leak after Reject all', `Reject all lost: the cookie holds no valid choice: ${JSON.stringify(after)}`);
    else if (inForce.some(grants)) found('leak after Reject all', `the cookie's choice in force grants: ${JSON.stringify(after)}`);
    // A copy dated in the future (a server's skewed clock) left next to the reject would take over once its time comes.
    else if (choiceInForce(after, context(Date.now() + HOUR))?.some(grants)) found('leak after Reject all', `an hour later the cookie's choice grants: ${JSON.stringify(after)}`);

    const next = await this._mount(fuzzCase, 'reload', found);
    const consent = next.element.consent as Choice;
    if (grants(consent)) found('leak after Reject all', `the next element grants: ${JSON.stringify(consent)}`);
    else if (consent?.action !== 'reject-all') found('leak after Reject all', `Reject all lost: the next element holds ${JSON.stringify(consent)}`);
    // After Reject all only `!analytics` may run.
    this._judgeGated(next, inForce?.[0] ?? null, found, true);
    this._unmount(next);
  }

  /** Removes the element and its scripts; the images stay (inert, no longer gated) so that their requests finish. */
  private _unmount({ element, box }: { element: CookieConsent; box: HTMLElement }): void {
    element.remove();
    for (const script of box.querySelectorAll('script')) script.remove();
    for (const image of box.querySelectorAll('img')) image.removeAttribute('data-category');
    this._archive.append(box);
  }

  private _bannerShown(element: CookieConsent): boolean {
    return !!element.shadowRoot?.querySelector('[part~="banner"]');
  }
}
