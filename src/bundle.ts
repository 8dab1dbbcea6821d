/**
 * Entry of `dist/cookie-consent.min.js`, the classic script: registers the element, exposes the class
 * as the global `CookieConsent`, and does the one-line install (SPEC 2): the script tag's `data-*`
 * attributes configure the page's `<cookie-consent>`, or one the script creates when the page has none.
 */
import { css, html, nothing } from 'lit';
import { CookieConsent } from './element/cookie-consent.js';
import { defineCookieConsent } from './define.js';
import { consentModeList } from './config/attributes.js';
import { startConsentModes } from './integrations/consent-mode.js';
import { startBlocking } from './blocking/intercept.js';
import { whenParsed } from './parsed.js';

// For subclasses written in a page that has only this script: Lit's tags, the copy the element renders
// with (`class extends CookieConsent { static styles = [CookieConsent.styles, CookieConsent.css`…`] }`).
Object.assign(CookieConsent, { html, css, nothing });

const script = document.currentScript;
// Tags loaded right after this script read consent at once: the Consent Mode default can't wait for
// the element (SPEC 10). A second copy of the script leaves it to the first.
// Unknown names are skipped here; the element warns about them when it reads the same value.
const scriptModes = consentModeList.fallback(script?.getAttribute('data-consent-mode') ?? '');
if (scriptModes?.length && !customElements.get('cookie-consent')) startConsentModes(scriptModes);
// Automatic blocking (SPEC 13) starts here, before the tags after this script: `data-blocking="off"` patches nothing.
if (script?.getAttribute('data-blocking') !== 'off' && !customElements.get('cookie-consent')) startBlocking(!!scriptModes?.includes('google'));
const registered = defineCookieConsent() ?? CookieConsent;

if (script && registered === CookieConsent) {
  CookieConsent.scriptDefaults = [...script.attributes].flatMap(({ name, value }): [string, string][] =>
    name.startsWith('data-') ? [[name.slice(5), value]] : [],
  );
  const create = () => document.createElement('cookie-consent');
  if (document.querySelector('cookie-consent')) {
    // The page brought its own element.
  } else if (document.readyState !== 'loading') {
    document.body.append(create());
  } else if ('moveBefore' in Element.prototype) {
    // Connected at once, where the parser is: gating covers the tags after this script and the banner
    // is in the page's first paint. Moved to the end of <body> once the document is parsed (moveBefore
    // keeps its state: an open modal banner stays modal); an element in the page's markup takes its
    // place (see CookieConsent.created).
    const created = (CookieConsent.created = create());
    (document.body ?? document.documentElement).append(created);
    type Movable = HTMLElement & { moveBefore(node: Node, child: null): void };
    whenParsed(() => created.isConnected && created.nextSibling && (document.body as Movable).moveBefore(created, null));
  } else {
    whenParsed(() => document.querySelector('cookie-consent') || document.body.append(create()));
  }
}

export default registered;
