/**
 * Entry of `dist/cookie-consent.min.js`, the classic script: registers the element, exposes the class
 * as the global `CookieConsent`, and does the one-line install (SPEC 2): the script tag's `data-*`
 * attributes configure the page's `<cookie-consent>`, or one the script creates when the page has none.
 */
import { CookieConsent } from './element/cookie-consent.js';
import { defineCookieConsent } from './define.js';
import { parseConsentModes, pushConsentDefaults } from './integrations/consent-mode.js';

const script = document.currentScript;
// Tags loaded right after this script read consent at once: the Consent Mode default can't wait for
// the element (SPEC 10). A second copy of the script leaves it to the first.
if (!customElements.get('cookie-consent')) {
  pushConsentDefaults(parseConsentModes(script?.getAttribute('data-consent-mode')));
}
const registered = defineCookieConsent() ?? CookieConsent;

if (script && registered === CookieConsent) {
  const defaults: [string, string][] = [];
  for (const { name, value } of script.attributes) {
    if (name.startsWith('data-')) defaults.push([name.slice(5), value]);
  }
  CookieConsent.scriptDefaults = defaults;
  const body = () => document.body as HTMLElement & { moveBefore?: (node: Node, child: null) => void };
  const create = () => document.createElement('cookie-consent');
  // Moves keep the element's state (an open modal banner stays modal) where moveBefore exists.
  const toBodyEnd = (element: Element) => body().lastChild === element || (body().moveBefore ?? body().insertBefore).call(body(), element, null);
  if (document.querySelector('cookie-consent')) {
    // The page brought its own element.
  } else if (document.readyState !== 'loading') {
    // Added after parsing (a tag manager): a new element, so append (moveBefore throws on it).
    body().append(create());
  } else if ('moveBefore' in Element.prototype) {
    // Connected at once, where the parser is: gating covers the tags after this script and the banner
    // is in the page's first paint. Moved to the end of <body> once the document is parsed; an element
    // in the page's markup takes its place (see CookieConsent.created).
    const created = (CookieConsent.created = create());
    (document.body ?? document.documentElement).append(created);
    document.addEventListener('DOMContentLoaded', () => created.isConnected && toBodyEnd(created));
  } else {
    document.addEventListener('DOMContentLoaded', () => document.querySelector('cookie-consent') || toBodyEnd(create()));
  }
}

export default registered;
