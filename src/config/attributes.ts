/**
 * The element's attributes (SPEC 3) as values in use. Each parser takes what a page may give (the
 * attribute's text, or what a developer assigns to the property: a number for a number, an array for a
 * list) and returns the value to use, or undefined when the input is not valid. Pure, no DOM but
 * `location`; the element warns and falls back (src/element/properties.ts).
 */
import { isSafeUrl } from '../gate/rules.js';

export type Position = 'bottom' | 'top' | 'center';
export type Theme = 'light' | 'dark' | 'auto';
export type GpcSetting = 'honor' | 'ignore';
export type ConsentModeName = 'google' | 'microsoft';
export type Blocking = 'auto' | 'off';

export const DEFAULT_CATEGORIES: readonly string[] = ['analytics', 'content'];
export const DEFAULT_EXPIRES_DAYS = 182;
export const DEFAULT_COOKIE_NAME = 'cookie_consent';

// RFC 6265 cookie-name token.
const COOKIE_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** The words of a list attribute (space- or comma-separated), or the items of an array of strings. */
function words(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value.flatMap(words) as string[] : undefined;
}

/**
 * A list property (categories, consent modes): `parse` takes it when every word passes `valid`; the
 * `fallback` for a list with other words keeps those that pass. Both drop `necessary` and duplicates.
 */
function list<T extends string>(valid: (word: string) => boolean) {
  const clean = (names: string[]) => [...new Set(names.filter((name) => name !== 'necessary'))] as T[];
  return {
    parse: (value: unknown): T[] | undefined => (words(value)?.every(valid) ? clean(words(value)!) : undefined),
    fallback: (value: unknown): T[] | undefined => {
      const names = words(value);
      return names && clean(names.filter(valid));
    },
  };
}

/** A string, or a finite number as text (`revision = 3`). */
const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/** Optional categories in display order (`necessary` is implied): names of letters, digits, `-` and `_`. */
export const categoryList = list((name) => /^[a-z0-9][a-z0-9_-]*$/i.test(name));

/** Consent Mode names: `google`, `microsoft`, or both. */
export const consentModeList = list<ConsentModeName>((name) => name === 'google' || name === 'microsoft');

/**
 * An http(s) or relative URL (privacy-url, log-endpoint), null for none (absent or empty);
 * `javascript:`, `data:` and the like are not valid.
 */
export function parseUrl(value: unknown): string | null | undefined {
  if (value === null) return null;
  const url = text(value);
  if (url === '') return null;
  // A relative URL resolves against the placeholder base and so keeps https:.
  return url && isSafeUrl(url, 'https://relative.invalid/') ? url : undefined;
}

/** The policy revision: any non-empty text (a number is taken as its text). */
export const parseRevision = (value: unknown): string | undefined => text(value) || undefined;

/** A number, or the number a non-empty text spells. */
const number = (value: unknown): number => (typeof value === 'number' ? value : text(value) ? Number(value) : NaN);

/** What to use for a number of days outside 1..395 or with a fraction: the nearest valid one. */
export function clampExpiresDays(value: unknown): number | undefined {
  const days = number(value);
  return Number.isFinite(days) ? Math.min(395, Math.max(1, Math.round(days))) : undefined;
}

/** Days a choice stays valid: a whole number (or its text) in 1..395, the one number the clamp keeps as it is. */
export function parseExpiresDays(value: unknown): number | undefined {
  const days = number(value);
  return clampExpiresDays(days) === days ? days : undefined;
}

/** A cookie name (an RFC 6265 token). */
export const parseCookieName = (value: unknown): string | undefined => {
  const name = text(value);
  return name && COOKIE_NAME.test(name) ? name : undefined;
};

/** A cookie domain this page's host can set: the host itself or a parent (`.example.com`); null for none. */
export function parseCookieDomain(value: unknown, host = location.hostname): string | null | undefined {
  if (value === null || value === '') return null;
  const domain = text(value);
  const bare = domain?.replace(/^\./, '').toLowerCase();
  return bare && (host === bare || host.endsWith(`.${bare}`)) ? domain : undefined;
}

/** One of `allowed`, exactly. */
export const parseKeyword =
  <T extends string>(allowed: readonly T[]) =>
  (value: unknown): T | undefined =>
    allowed.includes(value as T) ? (value as T) : undefined;

export const parsePosition = parseKeyword<Position>(['bottom', 'top', 'center']);
export const parseTheme = parseKeyword<Theme>(['auto', 'light', 'dark']);
export const parseGpc = parseKeyword<GpcSetting>(['honor', 'ignore']);
export const parseBlocking = parseKeyword<Blocking>(['auto', 'off']);

/** A boolean attribute's property: true or false. */
export const parseBoolean = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
