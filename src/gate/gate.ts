/**
 * The gate (SPEC 8, R1): finds gated scripts and embeds in the document, at start and whenever they
 * are added later (one MutationObserver), activates each once its `data-category` condition holds, shows
 * placeholders for iframes and videos until then, and undoes what it can when consent is withdrawn.
 */
import type { ReactiveController } from 'lit';
import { blocking, released, servicesOnPage } from '../blocking/hooks.js';
import type { Config } from '../config/config.js';
import type { Markup } from '../config/markup.js';
import type { ConsentListener } from '../consent/choice.js';
import type { ConsentRecord } from '../consent/record.js';
import { cookieNames, removeEverywhere } from '../consent/store.js';
import type { Strings } from '../i18n/index.js';
import { whenParsed } from '../parsed.js';
import { warn } from '../warn.js';
import { loadEmbed } from './embeds.js';
import { hidePlaceholder, placeholderTargets, showPlaceholder } from './placeholder.js';
import { allOffered, conditionMet, cookieMatches, parseCondition } from './rules.js';
import { runScript } from './scripts.js';

/** Gated markup: inert scripts, and embeds whose URL waits in a `data-` attribute. */
const GATED = ':is(script[type="text/plain" i],script[data-consent-service],iframe,img,video,audio,source,embed,link)[data-category]';

/** What the gate needs from its element. */
export interface GateContext {
  /** The configuration in force. */
  config(): Config;
  /** What the element's children declare. */
  markup(): Markup;
  /** The UI strings in the language in use. */
  strings(): Strings;
  /** A category's label, as the preferences show it. */
  label(name: string): string;
  /** Grants `names` on top of the current choice and saves it (a placeholder's "Always allow"). */
  allow(names: string[]): void;
}

/** Activates gated scripts and embeds as the choice in force allows. */
export class Gate implements ReactiveController, ConsentListener {
  private _record: ConsentRecord | null = null;
  /** Created when the gate starts watching the document. */
  private _observer?: MutationObserver;
  /**
   * Gated elements activated, or inert for good (unknown category): never looked at again. The others
   * in the document wait, found again on every choice.
   */
  private _settled = new WeakSet<Element>();
  /** Terms of the gated code that ran on this page: withdrawing one of these categories may reload. */
  private _ran: string[] = [];
  /** Callers of `whenGranted` waiting for the next choice. */
  private _waiters: (() => void)[] = [];

  constructor(private readonly _context: GateContext) {}

  hostConnected(): void {
    if (this._observer) this._observe();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  /** The element re-rendered (language, texts): so do the placeholders. */
  hostUpdated(): void {
    this._decide(placeholderTargets());
  }

  /**
   * What the element's children declare changed (they are parsed after the element itself): tags held by
   * automatic blocking follow the services moved or declared there, and are decided for again.
   */
  markupChanged(): void {
    if (!this._observer || !blocking.apply) return;
    blocking.apply(this._context.config(), this._context.markup(), this._record?.granted ?? null);
    this._decideWithin(document.documentElement);
  }

  consentApplied(record: ConsentRecord | null, previous: ConsentRecord | null): void {
    this._record = record;
    // Tags held by automatic blocking follow the configuration and choice first (moves, exemptions).
    blocking.apply?.(this._context.config(), this._context.markup(), record?.granted ?? null);
    const withdrawn = previous?.granted.filter((name) => !record?.granted.includes(name)) ?? [];
    if (withdrawn.length) this._withdraw(withdrawn, previous!);
    // The first choice in force (the stored one, or none, once the page's configuration is final) starts
    // the watch: one pass over the page, under that choice. Later choices look again at every gated
    // element not settled.
    if (this._observer) this._decideWithin(document.documentElement);
    else this._observe();
    // Every waiter looks again (and waits again if its category is still not granted).
    for (const wake of this._waiters.splice(0)) wake();
  }

  /** Resolves once `name` is granted (at once if it is). */
  async whenGranted(name: string): Promise<void> {
    while (!conditionMet([name], this._record)) await new Promise<void>((wake) => this._waiters.push(wake));
  }

  /** Watches the document for gated elements added later, and decides for those already there. */
  private _observe(): void {
    blocking.decide = (element) => this._decideWithin(element);
    (this._observer ??= new MutationObserver((records) => {
      // Elements gone are forgotten, with their placeholder (found again if they come back); added ones are decided for.
      for (const target of placeholderTargets()) if (!target.isConnected) hidePlaceholder(target);
      for (const { addedNodes } of records) for (const node of addedNodes) if (node instanceof Element) this._decideWithin(node);
    })).observe(document, { childList: true, subtree: true });
    this._decideWithin(document.documentElement);
  }

  /** Decides for the gated elements in `root`, itself included. */
  private _decideWithin(root: Element): void {
    const found = root.querySelectorAll(GATED);
    this._decide(root.matches(GATED) ? [root, ...found] : found);
  }

  /**
   * For each of `elements` not settled: inert for good when it names no offered category, activated when
   * its condition holds, else (iframes and videos) a placeholder until it does.
   */
  private _decide(elements: Iterable<Element>): void {
    let strings: Strings | undefined;
    const { categories } = this._context.config();
    for (const element of elements) {
      // Settled (maybe by a script that ran in this very loop): never again.
      if (this._settled.has(element)) continue;
      // Read when deciding, not when found: the page may have changed or removed the attribute since.
      const condition = element.getAttribute('data-category') ?? '';
      const terms = parseCondition(condition);
      if (!allOffered(terms, categories)) {
        this._settle(element);
        warn(`data-category="${condition}" names no offered category; this one is inert.`, element);
      } else if (!element.isConnected) hidePlaceholder(element);
      else if (conditionMet(terms, this._record)) {
        // Chromium never navigates an iframe given its src while the document is still being parsed after
        // it (it stays about:blank): such a frame is decided again, under the choice then, once parsed.
        if (document.readyState === 'loading' && element.localName === 'iframe') whenParsed(() => this._decide([element]));
        else this._activate(element, terms);
      }
      else if (element.matches('iframe,video')) {
        const names = terms.filter((term) => term[0] !== '!');
        showPlaceholder(element, {
          category: names.map((name) => this._context.label(name)).join(', '),
          strings: (strings ??= this._context.strings()),
          load: () => this._activate(element, terms),
          allow: () => this._context.allow(names),
        });
      }
    }
  }

  /** Never looked at again (an element that is inert for good, or activated). */
  private _settle(element: Element): void {
    hidePlaceholder(element);
    this._settled.add(element);
  }

  /** Runs a gated script or loads a gated embed, once. */
  private _activate(element: Element, terms: string[]): void {
    this._settle(element);
    released.add(element);
    this._ran.push(...terms);
    if (element instanceof HTMLScriptElement) runScript(element);
    else loadEmbed(element);
  }

  /** Categories were withdrawn: delete their cookies, take back their iframes, reload if asked to. */
  private _withdraw(withdrawn: string[], previous: ConsentRecord): void {
    const markup = this._context.markup();
    // Declared cookies, and those of the services declared or recognised on this page (SPEC 13).
    const services = servicesOnPage(markup.services).filter((service) => withdrawn.includes(service.category));
    const patterns = [
      ...withdrawn.flatMap((name) => markup.categories.get(name)?.cookies.map((cookie) => cookie.name) ?? []),
      ...services.flatMap((service) => service.cookies),
    ];
    // Each matching cookie is deleted on every path and domain this page can reach: it may have been set on any.
    // The consent cookie never matches: it holds the very withdrawal.
    const { cookieName } = this._context.config();
    for (const name of cookieNames()) {
      if (name !== cookieName && patterns.some((pattern) => cookieMatches(pattern, name))) removeEverywhere(name);
    }
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-category]')) {
      const terms = parseCondition(frame.getAttribute('data-category')!);
      if (this._settled.has(frame) && conditionMet(terms, previous) && !conditionMet(terms, this._record)) {
        // Back to an empty document (its third party stops running) and to waiting, with its placeholder.
        frame.src = 'about:blank';
        this._settled.delete(frame);
        released.delete(frame);
      }
    }
    // Scripts that ran cannot be stopped: only a reload forgets them.
    if (this._context.config().reloadOnRevoke && withdrawn.some((name) => this._ran.includes(name))) location.reload();
  }
}
