/**
 * Side-effect-free entry (`cookie-consent-element/element`): the element class, helpers and types,
 * for people who register the element under another tag or extend it. Nothing is registered here.
 */
export { CookieConsent } from './element/cookie-consent.js';
export { registerLanguage, chooseLanguage, stringsFor, type Strings, type StringKey } from './i18n/index.js';
export {
  validateRecord,
  parseRecord,
  serializeRecord,
  type ConsentAction,
  type ConsentRecord,
  type ValidityContext,
} from './consent/record.js';
export type {
  ConsentChangeDetail,
  ConsentEventMap,
  ConsentReadyDetail,
  ConsentViewDetail,
} from './events.js';
