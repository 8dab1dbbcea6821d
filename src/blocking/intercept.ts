/**
 * Automatic blocking (SPEC 13), installed by the classic script as it runs in `<head>`: a script,
 * iframe, image or `<link>` whose URL belongs to a known service is held, turned into the gated markup
 * of SPEC 8 (`data-category`, the URL in `data-src` / `data-href` / `data-srcset`, a script as
 * `type="text/plain"`), before the browser can load it, so that the gate (src/gate/) activates it on
 * grant like any tag marked up by hand. `data-consent-service` names the service.
 *
 * Tags made by page code are held before any request, when they get their URL: URL setters and
 * `setAttribute`, copies (`cloneNode`, `importNode`, `createContextualFragment`), and HTML strings
 * (`innerHTML`, `outerHTML`, `insertAdjacentHTML`), parsed first in an inert document. Tags the parser adds after this script are held by a
 * MutationObserver before they run or show, but the browser may have requested them already: a warning
 * names each with its fix.
 */
import type { Config } from '../config/config.js';
import { readService, type Markup } from '../config/markup.js';
import { loadEmbed, URLS } from '../gate/embeds.js';
import { whenParsed } from '../parsed.js';
import { warn } from '../warn.js';
import { findService, services, type Service } from './catalogue.js';
import { blocking, givenUrls, released } from './hooks.js';

/** The tags automatic blocking holds. */
const TAGS = 'script,iframe,img,link';
/** `insertAdjacentHTML` positions. */
const POSITIONS = ['beforebegin', 'afterbegin', 'beforeend', 'afterend'];
/** The insertion methods that do the same. */
const INSERTIONS = ['before', 'prepend', 'append', 'after'];

/** Services to recognise: those the page declares first, then the catalogue. */
let list: readonly Service[] = services;
/** Categories granted by the choice in force (none before one). */
let granted: readonly string[] = [];
/** `consent-mode="google"`: Google's tag and Tag Manager load at once and obey the Consent Mode default. */
let google = false;
/** Held images outside the document: the gate sees only the document, so they are loaded from here. */
const detached = new Set<Element>();
/** Scripts parsed from HTML strings: they never run, and are left so. */
const inertScripts = new WeakSet<Element>();
/** Undoes each patch. */
const patches: (() => void)[] = [];
/** Parsed tags held but maybe requested already, for the warning. */
let unreported: Element[] = [];
let observer: MutationObserver | undefined;
let inertDocument: Document | undefined;
/** The browser's own `innerHTML` setter (read before it is patched), to parse in the inert document. */
const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set!;

/** The service `value` (a URL or a srcset) belongs to, in the list in force. */
const serviceOf = (value: string) =>
  value
    .split(/[\s,]+/)
    .map((url) => findService(url, list))
    .find(Boolean);

/** The service `value` belongs to, unless exempt (Google's tags under Consent Mode). */
const heldService = (value: string) => (google && /^(https?:)?\/\/www\.googletagmanager\.com\//.test(value) ? undefined : serviceOf(value));

/** Whether `service` (none when a URL is no service or exempt) waits: not necessary, not granted. */
const waits = (service: Service | undefined): service is Service =>
  !!service && service.category !== 'necessary' && !granted.includes(service.category);

/** Tags gated by hand, released by the gate, or parsed from an HTML string (never to run) are left alone. */
const leftAlone = (element: Element) =>
  released.has(element) ||
  inertScripts.has(element) ||
  (element.hasAttribute('data-category') && !element.hasAttribute('data-consent-service'));

/** Holds `element` when `value` (as given: `given`), for its URL attribute `name`, belongs to a service that waits. */
function hold(element: Element, name: string, value: string, given: unknown = value): boolean {
  const service = leftAlone(element) ? undefined : heldService(value);
  if (!waits(service)) return false;
  givenUrls.set(element, given);
  blocking.seen!.add(service);
  if (element.localName === 'script' && !element.hasAttribute('data-consent-service')) {
    const type = element.getAttribute('type');
    if (type) element.setAttribute('data-type', type);
    element.setAttribute('type', 'text/plain');
  }
  element.setAttribute(`data-${name}`, value);
  element.setAttribute('data-category', service.category);
  element.setAttribute('data-consent-service', service.name);
  element.removeAttribute(name);
  if (element.localName === 'img' && !element.isConnected) detached.add(element);
  return true;
}

/** Holds the tags in `root` (itself included) that wait; returns them. */
function holdWithin(root: unknown): Element[] {
  const held: Element[] = [];
  const node = root as Element;
  if (node?.nodeType === 1 || node?.nodeType === 11) {
    for (const tag of [...(node.matches?.(TAGS) ? [node] : []), ...node.querySelectorAll(TAGS)]) {
      for (const name of URLS) {
        const value = tag.getAttribute(name);
        if (value && hold(tag, name, value)) held.push(tag);
      }
    }
  }
  return held;
}

/** A URL attribute is being set: held when it must wait. One held in the document is decided for. */
function intercepted(element: Element, name: string, value: unknown): boolean {
  const held = URLS.includes(name) && element.matches(TAGS) && hold(element, name, String(value), value);
  if (held && element.isConnected) blocking.decide?.(element);
  return held;
}

/** The nodes of `html` parsed in `context` in an inert document (nothing loads there), its tags that wait held; undefined: the browser's own parsing will do. */
function parseHeld(context: Element | null, html: unknown): ChildNode[] | undefined {
  if (context?.nodeType !== 1 || /^(script|style|template|textarea|title|noscript|iframe|xmp)$/.test(context.localName)) return;
  if (!/<(img|image|iframe|link|script)\b/i.test(String(html))) return;
  const holder = (inertDocument ??= document.implementation.createHTMLDocument('')).createElementNS(context.namespaceURI, context.localName);
  innerHTML.call(holder, html);
  for (const script of holder.querySelectorAll('script')) inertScripts.add(script);
  holdWithin(holder);
  return [...holder.childNodes];
}

/**
 * A tag in the page source was held: one warning, once the document is parsed, shows each as held,
 * which is its fix (the markup of SPEC 8).
 */
function report(tag: Element): void {
  if (unreported.push(tag) > 1) return;
  const flush = () => {
    const fixes = unreported.map((held) => `\n${held.outerHTML}`).join('');
    warn(`tags of known services in the page source wait for consent, but the browser may request them before. Mark each up:${fixes}`);
    unreported = [];
  };
  whenParsed(flush);
}

/** Replaces `prototype[name]` (a method, or an accessor's setter) with `make(native)`, and remembers how to undo it. */
function patch(prototype: object, name: string, make: (native: (...args: any[]) => any) => (this: any, ...args: any[]) => any): void {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
  if (!descriptor) return;
  Object.defineProperty(prototype, name, descriptor.set ? { ...descriptor, set: make(descriptor.set) } : { ...descriptor, value: make(descriptor.value) });
  patches.push(() => Object.defineProperty(prototype, name, descriptor));
}

/** The element's held URL (`data-src`, `data-href` or `data-srcset`). */
const heldUrl = (element: Element) => URLS.map((name) => element.getAttribute(`data-${name}`)).find((url) => url !== null) ?? '';

/**
 * The configuration and choice in force (from the gate, before it decides): held tags follow moves and
 * exemptions (`necessary`: the gate activates them at once), held images outside the document load when
 * granted, and `blocking="off"` undoes every patch and releases every held tag.
 */
function apply(config: Config, markup: Markup, choice: readonly string[] | null): void {
  const off = config.blocking === 'off';
  if (off) stopBlocking();
  list = off ? [] : [...markup.services, ...services];
  granted = choice ?? [];
  google = config.consentMode.includes('google');
  for (const element of [...document.querySelectorAll('[data-consent-service]'), ...detached]) {
    if (released.has(element)) continue;
    const service = heldService(heldUrl(element));
    // Its own category (withdrawal takes it back), `necessary` when exempt or no longer a service.
    element.setAttribute('data-category', service?.category ?? 'necessary');
    if (service) element.setAttribute('data-consent-service', service.name);
    if (!element.isConnected && !waits(service)) {
      detached.delete(element);
      released.add(element);
      loadEmbed(element);
    }
  }
}

/** Undoes every patch: the prototypes are the browser's again. */
export function stopBlocking(): void {
  observer?.disconnect();
  for (const undo of patches.splice(0)) undo();
}

/**
 * Starts automatic blocking (once: a second copy of the script leaves it to the first). With
 * `consentModeGoogle`, Google's tag and Tag Manager are not held.
 */
export function startBlocking(consentModeGoogle: boolean): void {
  google = consentModeGoogle;
  blocking.seen = new Set();
  blocking.apply = apply;
  // The URL setters each tag has (`patch` skips those it lacks: an image's `href`, a link's `src`).
  for (const tag of [HTMLImageElement, HTMLScriptElement, HTMLIFrameElement, HTMLLinkElement]) {
    for (const name of URLS) {
      patch(tag.prototype, name, (set) => function (value) {
        if (!intercepted(this, name, value)) set.call(this, value);
      });
    }
  }
  patch(Element.prototype, 'setAttribute', (native) => function (name, value) {
    if (!intercepted(this, String(name).toLowerCase(), value)) native.call(this, name, value);
  });
  // Copies get their URLs without a setter.
  for (const [prototype, name] of [[Node.prototype, 'cloneNode'], [Document.prototype, 'importNode'], [Range.prototype, 'createContextualFragment']] as const) {
    patch(prototype, name, (native) => function (...args) {
      const copy = native.apply(this, args);
      holdWithin(copy);
      return copy;
    });
  }
  // HTML strings: parsed where nothing loads, then moved in.
  const markupSetter = (prototype: object, name: string, context: (node: any) => Element | null, put = 'replaceChildren') =>
    patch(prototype, name, (set) => function (value) {
      const nodes = parseHeld(context(this), value);
      if (nodes) this[put](...nodes);
      else set.call(this, value);
    });
  markupSetter(Element.prototype, 'innerHTML', (element) => element);
  markupSetter(ShadowRoot.prototype, 'innerHTML', (root) => root.host);
  markupSetter(Element.prototype, 'outerHTML', (element) => element.parentElement, 'replaceWith');
  patch(Element.prototype, 'insertAdjacentHTML', (native) => function (position, value) {
    const at = POSITIONS.indexOf(String(position).toLowerCase());
    const nodes = at < 0 ? undefined : parseHeld(at % 3 ? this : this.parentElement, value);
    if (nodes) this[INSERTIONS[at]](...nodes);
    else native.call(this, position, value);
  });
  // Tags the parser adds after this script: held before they run or show. A held script or iframe is
  // replaced by a copy never started: a parsed script may not be made to run later, and a frame's
  // navigation stops with it.
  (observer = new MutationObserver((records) => {
    for (const { addedNodes } of records) {
      for (const node of addedNodes) {
        // A service the page declares is recognised from here on (the element reads them all later).
        const declared = (node as Element).localName === 'consent-service' && readService(node as Element);
        if (declared) list = [declared, ...list];
        for (const tag of holdWithin(node)) {
          report(tag);
          if (tag.matches('script,iframe')) tag.replaceWith(tag.cloneNode(true));
        }
      }
    }
  })).observe(document, { childList: true, subtree: true });
}
