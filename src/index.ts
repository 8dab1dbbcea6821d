/**
 * ES module entry (`cookie-consent-element`): importing it registers `<cookie-consent>`.
 * Use `cookie-consent-element/element` for the same exports without registration.
 */
import { defineCookieConsent } from './define.js';

export * from './element.js';
export { defineCookieConsent };

defineCookieConsent();
