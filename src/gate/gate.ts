/**
 * The gate (SPEC 8, R1): finds gated scripts and embeds in the document, at start and whenever they
 * are added later (one MutationObserver), runs each once its `data-category` condition holds, shows
 * placeholders for iframes and videos until then, and undoes what it can when consent is withdrawn.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ConsentRecord } from '../consent/record.js';
import { warn } from '../element/config.js';
import type { ConsentController } from '../element/controller.js';
import { readCategories } from '../element/light-dom.js';
import type { Strings } from '../i18n/index.js';
import { loadEmbed, unloadFrame } from './embeds.js';
import { hidePlaceholder, placeNew, placeholderTargets, showPlaceholder } from './placeholder.js';
import { conditionMet, cookieDomains, cookieMatches, parseCondition, unknownNames, type Term } from './rules.js';
import { ScriptQueue } from './scripts.js';

/** Gated scripts run in one order, even when the classic script's early element gives way to another. */
const scripts = new ScriptQueue();

/** Gated markup: inert scripts, and embeds whose URL waits in a `data-` attribute. */
const GATED = 'script[type="text/plain" i][data-category],:is(iframe,img,video,audio,source,embed,link)[data-category]';

/** The element the gate belongs to. */
export interface GateHost extends ReactiveControllerHost, HTMLElement {
  reloadOnRevoke: boolean;
}

/** What the gate needs from its element beyond the public API. */
export interface GateContext {
  /** The optional categories offered. */
  categories(): readonly string[];
  /** The UI strings in the language in use. */
  strings(): Strings;
  /** A category's label, as the preferences show it. */
  label(name: string): string;
  /** Grants `names` on top of the current choice and saves it (action `custom`). */
  allow(names: string[]): void;
}

/** Deletes the cookies matching `patterns` on the current host and its parent domains, `Path=/`. */
function deleteCookies(patterns: string[]): void {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0].trim();
    if (!patterns.some((pattern) => cookieMatches(pattern, name))) continue;
    for (const domain of ['', ...cookieDomains(location.hostname)]) {
      document.cookie = `${name}=; Path=/; Max-Age=0${domain && `; Domain=${domain}`}`;
    }
  }
}

/** Runs gated scripts and embeds as the choice allows. */
export class Gate implements ConsentController {
  private _record: ConsentRecord | null = null;
  private _started = false;
  /** Nothing runs yet: see `consentStart`. */
  private _deferred = false;
  private _observer?: MutationObserver;
  /** Every gated element seen; those with an unknown category stay here, inert, forever. */
  private _found = new WeakSet<Element>();
  /** Gated elements not run yet, with their condition, in the order found (document order). */
  private _waiting = new Map<Element, Term[]>();
  /** Iframes the gate loaded, with their condition: withdrawal takes them back. */
  private _frames = new Map<HTMLIFrameElement, Term[]>();
  /** Categories whose gated code ran on this page. */
  private _ran = new Set<string>();
  private _waiters: [string, () => void][] = [];

  constructor(
    private _host: GateHost,
    private _context: GateContext,
  ) {}

  hostConnected(): void {
    if (this._started) this._watch();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  /** The element re-rendered (language, texts): so do the placeholders. */
  hostUpdated(): void {
    const targets = placeholderTargets();
    const strings = targets.length ? this._context.strings() : undefined;
    for (const target of targets) this._placeholder(target, strings!);
  }

  consentStart(): void {
    this._started = true;
    // The element the classic script connects while <head> is parsed gives way to one in the markup,
    // which may read another cookie, revision or categories: nothing runs on its word until then.
    if (document.readyState === 'loading' && (this._host.constructor as { created?: Element }).created === this._host) {
      this._deferred = true;
      document.addEventListener('DOMContentLoaded', () => {
        this._deferred = false;
        if (this._host.isConnected) this._run(this._waiting.keys());
      }, { once: true });
    }
    this._watch();
  }

  consentApplied(record: ConsentRecord | null, previous: ConsentRecord | null): void {
    this._record = record;
    const withdrawn = previous?.granted.filter((name) => !record?.granted.includes(name)) ?? [];
    if (withdrawn.length) this._withdraw(withdrawn, previous!);
    this._run(this._waiting.keys());
    this._waiters = this._waiters.filter(([name, resolve]) => !this._granted(name) || void resolve());
  }

  /** Resolves once `name` is granted (at once if it is). */
  whenGranted(name: string): Promise<void> {
    return new Promise((resolve) => (this._granted(name) ? resolve() : this._waiters.push([name, resolve])));
  }

  private _granted(name: string): boolean {
    return conditionMet([{ name, negated: false }], this._record);
  }

  private _watch(): void {
    this._observer ??= new MutationObserver(this._onMutations);
    this._observer.observe(document, { childList: true, subtree: true });
    this._run(this._find(document));
  }

  private _onMutations = (records: MutationRecord[]): void => {
    const found: Element[] = [];
    let removed = false;
    for (const { addedNodes, removedNodes } of records) {
      for (const node of addedNodes) if (node instanceof Element) found.push(...this._find(node));
      removed ||= removedNodes.length > 0;
    }
    if (removed) {
      for (const target of placeholderTargets()) if (!target.isConnected) this._forget(target);
    }
    this._run(found);
  };

  /** The gated elements in `root` (itself included) not seen before, in document order, now waiting. */
  private _find(root: Element | Document): Element[] {
    const found: Element[] = [];
    const candidates = root.querySelectorAll(GATED);
    for (const element of root instanceof Element && root.matches(GATED) ? [root, ...candidates] : candidates) {
      if (this._found.has(element)) continue;
      this._found.add(element);
      this._waiting.set(element, parseCondition(element.getAttribute('data-category')!));
      found.push(element);
    }
    return found;
  }

  /** Runs the waiting `elements` whose condition holds; iframes and videos that must wait get a placeholder. */
  private _run(elements: Iterable<Element>): void {
    if (this._deferred) return;
    let strings: Strings | undefined;
    for (const element of [...elements]) {
      const terms = this._waiting.get(element);
      if (!terms) continue;
      if (unknownNames(terms, this._context.categories()).length) {
        // Seen, no longer waiting: inert for good.
        this._waiting.delete(element);
        warn(`data-category="${element.getAttribute('data-category')}" names a category that is not offered; this element stays inert.`, element);
      } else if (!element.isConnected) this._forget(element);
      else if (conditionMet(terms, this._record)) this._activate(element, terms);
      else if (element.matches('iframe,video')) this._placeholder(element, (strings ??= this._context.strings()));
    }
    placeNew();
  }

  private _activate(element: Element, terms: Term[]): void {
    this._waiting.delete(element);
    hidePlaceholder(element);
    for (const { name, negated } of terms) if (!negated) this._ran.add(name);
    if (element instanceof HTMLScriptElement) return scripts.add(element);
    loadEmbed(element);
    if (element instanceof HTMLIFrameElement) this._frames.set(element, terms);
  }

  /** A gated element left the document: found again if it comes back. */
  private _forget(element: Element): void {
    this._waiting.delete(element);
    this._found.delete(element);
    hidePlaceholder(element);
  }

  private _placeholder(element: Element, strings: Strings): void {
    const terms = this._waiting.get(element);
    if (!terms) return;
    const names = terms.filter(({ negated }) => !negated).map(({ name }) => name);
    const src = element.getAttribute('data-src') ?? element.querySelector('source[data-src]')?.getAttribute('data-src');
    let provider = location.hostname;
    try {
      provider = new URL(src ?? '', document.baseURI).hostname || provider;
    } catch {
      // not a URL: the page's own host
    }
    showPlaceholder(element, {
      provider,
      category: names.map((name) => this._context.label(name)).join(', '),
      strings,
      load: () => this._activate(element, terms),
      allow: () => this._context.allow(names),
    });
  }

  /** Categories were withdrawn: delete their cookies, take back their iframes, reload if asked to. */
  private _withdraw(withdrawn: string[], previous: ConsentRecord): void {
    const declared = readCategories(this._host);
    deleteCookies(withdrawn.flatMap((name) => declared.get(name)?.cookies.map((cookie) => cookie.name) ?? []));
    for (const [frame, terms] of this._frames) {
      if (!frame.isConnected || (conditionMet(terms, previous) && !conditionMet(terms, this._record))) {
        this._frames.delete(frame);
        if (!frame.isConnected) continue;
        unloadFrame(frame);
        this._waiting.set(frame, terms);
      }
    }
    // Scripts that ran cannot be stopped: only a reload forgets them.
    if (this._host.reloadOnRevoke && withdrawn.some((name) => this._ran.has(name))) location.reload();
  }
}
