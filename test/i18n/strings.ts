/** The bundled string tables, for tests. */
export { en } from '../../src/i18n/en.js';
export { fr } from '../../src/i18n/fr.js';
export { nl } from '../../src/i18n/nl.js';
export { de } from '../../src/i18n/de.js';
