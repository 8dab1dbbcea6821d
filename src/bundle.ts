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
  const createIfMissing = () => {
    if (!document.querySelector('cookie-consent')) document.body.append(document.createElement('cookie-consent'));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', createIfMissing);
  else createIfMissing();
}

export default registered;
