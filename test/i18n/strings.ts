/**
 * The bundled string tables, for tests: each language complete, as the UI shows it (its own strings,
 * English where it keeps the English one), and as stored (`own`).
 */
import { en, type Strings } from '../../src/i18n/en.js';
import { fr as frOwn } from '../../src/i18n/fr.js';
import { nl as nlOwn } from '../../src/i18n/nl.js';
import { de as deOwn } from '../../src/i18n/de.js';

export { en };
export const own: Record<string, Partial<Strings>> = { fr: frOwn, nl: nlOwn, de: deOwn };
export const fr: Strings = { ...en, ...frOwn };
export const nl: Strings = { ...en, ...nlOwn };
export const de: Strings = { ...en, ...deOwn };
