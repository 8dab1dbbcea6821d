/**
 * Registers `<cookie-consent>` once. Safe to evaluate twice (a second copy of the script) and in
 * Node, where there is no `customElements` (server-side rendering).
 */
import { CookieConsent } from './element/cookie-consent.js';

/** The registered class: ours, or the one an earlier copy of the script registered. */
export function defineCookieConsent(): typeof CookieConsent | undefined {
  if (typeof customElements === 'undefined') return undefined;
  const existing = customElements.get('cookie-consent') as typeof CookieConsent | undefined;
  if (existing) return existing;
  customElements.define('cookie-consent', CookieConsent);
  return CookieConsent;
}
