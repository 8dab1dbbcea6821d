/**
 * The gate (SPEC 8, R1): finds gated scripts and embeds in the document, at start and whenever they
 * are added later (one MutationObserver), runs each once its `data-category` condition holds, shows
 * placeholders for iframes and videos until then, and undoes what it can when consent is withdrawn.
 */
import type { ConsentRecord } from '../consent/record.js';
import { warn } from '../element/config.js';
import type { ConsentController } from '../element/controller.js';
import { readCategories } from '../element/light-dom.js';
import type { Strings } from '../i18n/index.js';
import { loadEmbed } from './embeds.js';
import { hidePlaceholder, placeholderTargets, showPlaceholder } from './placeholder.js';
import { allOffered, conditionMet, cookieDomains, cookieMatches, parseCondition } from './rules.js';
import { runScript } from './scripts.js';

/** Gated markup: inert scripts, and embeds whose URL waits in a `data-` attribute. */
const GATED = ':is(script[type="text/plain" i],iframe,img,video,audio,source,embed,link)[data-category]';

/** The element the gate belongs to. */
export interface GateHost extends HTMLElement {
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

/** Runs gated scripts and embeds as the choice allows. */
export class Gate implements ConsentController {
  private _record: ConsentRecord | null = null;
  /** Created when the gate starts watching the document. */
  private _observer?: MutationObserver;
  /**
   * Gated elements run, or inert for good (unknown category): never looked at again. The others in the
   * document wait, found again on every choice.
   */
  private _done = new WeakSet<Element>();
  /** Terms of the gated code that ran on this page: withdrawing one of these categories may reload. */
  private _ran: string[] = [];
  /** Callers of `whenGranted` waiting for the next choice. */
  private _waiters: (() => void)[] = [];

  constructor(
    private _host: GateHost,
    private _context: GateContext,
  ) {}

  hostConnected(): void {
    if (this._observer) this._watch();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  /** The element re-rendered (language, texts): so do the placeholders. */
  hostUpdated(): void {
    this._run(placeholderTargets());
  }

  /**
   * The element the classic script connects while <head> is parsed gives way to one in the markup,
   * which may read another cookie, revision or categories: nothing runs on its word until the document
   * is parsed. (That element is created and started only while the document is loading.)
   */
  private get _early(): boolean {
    return (this._host.constructor as { created?: Element }).created === this._host;
  }

  consentStart(): void {
    if (this._early) document.addEventListener('DOMContentLoaded', () => this._host.isConnected && this._watch());
  }

  consentApplied(record: ConsentRecord | null, previous: ConsentRecord | null): void {
    this._record = record;
    const withdrawn = previous?.granted.filter((name) => !record?.granted.includes(name)) ?? [];
    if (withdrawn.length) this._withdraw(withdrawn, previous!);
    // Every gated element not done with. The first choice in force (the stored one, or none) starts
    // the watch: one pass over the page at start, under that choice.
    if (this._observer) this._find(document.documentElement);
    else if (!this._early) this._watch();
    // Every waiter looks again (and waits again if its category is still not granted).
    for (const wake of this._waiters.splice(0)) wake();
  }

  /** Resolves once `name` is granted (at once if it is). */
  async whenGranted(name: string): Promise<void> {
    while (!conditionMet([name], this._record)) await new Promise<void>((wake) => this._waiters.push(wake));
  }

  private _watch(): void {
    (this._observer ??= new MutationObserver((records) => {
      // Elements gone are forgotten, with their placeholder (found again if they come back); added ones are found.
      for (const target of placeholderTargets()) if (!target.isConnected) hidePlaceholder(target);
      for (const { addedNodes } of records) for (const node of addedNodes) if (node instanceof Element) this._find(node);
    })).observe(document, { childList: true, subtree: true });
    this._find(document.documentElement);
  }

  /** Finds the gated elements in `root` (itself included) and runs them. */
  private _find(root: Element): void {
    const found = root.querySelectorAll(GATED);
    this._run(root.matches(GATED) ? [root, ...found] : found);
  }

  /**
   * Runs the `elements` not done with whose condition holds; iframes and videos that
   * must wait get a placeholder.
   */
  private _run(elements: Iterable<Element>): void {
    let strings: Strings | undefined;
    for (const element of elements) {
      // Done with (maybe by a script that ran in this very loop): never again.
      if (this._done.has(element)) continue;
      // Read when running, not when found: the page may have changed or removed the attribute since.
      const condition = element.getAttribute('data-category') ?? '';
      const terms = parseCondition(condition);
      if (!allOffered(terms, this._context.categories())) {
        this._finish(element);
        warn(`data-category="${condition}" names no offered category; this one is inert.`, element);
      } else if (!element.isConnected) hidePlaceholder(element);
      else if (conditionMet(terms, this._record)) this._finish(element, terms);
      else if (element.matches('iframe,video')) {
        const names = terms.filter((term) => term[0] !== '!');
        showPlaceholder(element, {
          category: names.map((name) => this._context.label(name)).join(', '),
          strings: (strings ??= this._context.strings()),
          load: () => this._finish(element, terms),
          allow: () => this._context.allow(names),
        });
      }
    }
  }

  /** Done with for good: inert, or run now when its `terms` are given. */
  private _finish(element: Element, terms?: string[]): void {
    hidePlaceholder(element);
    this._done.add(element);
    if (terms) {
      this._ran.push(...terms);
      if (element instanceof HTMLScriptElement) runScript(element);
      else loadEmbed(element);
    }
  }

  /** Categories were withdrawn: delete their cookies, take back their iframes, reload if asked to. */
  private _withdraw(withdrawn: string[], previous: ConsentRecord): void {
    const declared = readCategories(this._host);
    const patterns = withdrawn.flatMap((name) => declared.get(name)?.cookies.map((cookie) => cookie.name) ?? []);
    // `document.cookie` separates pairs with `; `; cookie names hold no `=`. Each matching cookie is
    // deleted with `Path=/` on the host and on each parent domain: it may have been set on any.
    for (const pair of document.cookie.split('; ')) {
      const cookie = pair.split('=')[0];
      if (!patterns.some((pattern) => cookieMatches(pattern, cookie))) continue;
      for (const domain of ['', ...cookieDomains(location.hostname)]) document.cookie = `${cookie}=; Path=/; Max-Age=0${domain && `; Domain=${domain}`}`;
    }
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-category]')) {
      const terms = parseCondition(frame.getAttribute('data-category')!);
      if (this._done.has(frame) && conditionMet(terms, previous) && !conditionMet(terms, this._record)) {
        // Back to an empty document (its third party stops running) and to waiting, with its placeholder.
        frame.src = 'about:blank';
        this._done.delete(frame);
      }
    }
    // Scripts that ran cannot be stopped: only a reload forgets them.
    if (this._host.reloadOnRevoke && withdrawn.some((name) => this._ran.includes(name))) location.reload();
  }
}
