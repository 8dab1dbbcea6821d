/**
 * The UI languages: the bundled ones, `registerLanguage` for more, the choice of language (SPEC 7) and
 * string lookup with fallback to English.
 */
import { en, type Strings, type StringKey } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';
import { de } from './de.js';

export { en, type Strings, type StringKey };

const languages = new Map<string, Partial<Strings>>(Object.entries({ en, fr, nl, de }));
const listeners = new Set<() => void>();

/**
 * Adds or replaces a UI language. `strings` uses the keys of `<consent-texts>` in camelCase
 * (`acceptAll`); a missing string falls back to English. Elements on the page re-render.
 */
export function registerLanguage(code: string, strings: Partial<Strings>): void {
  languages.set(code.toLowerCase(), { ...strings });
  for (const listener of listeners) listener();
}

/**
 * Calls `listener` whenever a language is registered or the browser's preferred languages change;
 * returns the unsubscribe function.
 */
export function onLanguagesChange(listener: () => void): () => void {
  listeners.add(listener);
  addEventListener('languagechange', listener);
  return () => {
    listeners.delete(listener);
    removeEventListener('languagechange', listener);
  };
}

/** The first supported of the candidate tags, in order (`fr-BE` → `fr`); else `en`. */
export function chooseLanguage(candidates: Iterable<string | null | undefined>): string {
  for (const tag of candidates) {
    const code = tag?.trim().toLowerCase();
    for (const candidate of [code, code?.split('-')[0]]) if (candidate && languages.has(candidate)) return candidate;
  }
  return 'en';
}

/** All strings of a language, English where it has none, then `overrides` on top. */
export function stringsFor(code: string, overrides: Partial<Strings> = {}): Strings {
  return { ...en, ...languages.get(code), ...overrides };
}

/** Fills `{name}` slots of a string. */
export const format = (template: string, values: Record<string, string>): string =>
  // Own values only: `{constructor}` in a page's text is no key of Object.prototype.
  template.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(values, name) ? values[name] : slot));

/** `accept-all` → `acceptAll`. */
export const camelCase = (name: string): string =>
  name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
