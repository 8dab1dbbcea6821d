/**
 * Attribute values → safe configuration (SPEC 3). Each converter is pure, takes the raw attribute
 * value and returns a usable value; bad input gets one console warning and the documented default.
 */

import type { CookieOptions } from '../consent/store.js';
import { isSafeUrl } from '../gate/rules.js';

export type Position = 'bottom' | 'top' | 'center';
export type Theme = 'light' | 'dark' | 'auto';

/** The element's attributes, parsed and made safe. */
export interface Config {
  categories: string[];
  privacyUrl?: string;
  revision: string;
  position: Position;
  theme: Theme;
  cookie: CookieOptions;
}

/** The attribute properties a configuration is read from. */
export interface ConfigSource {
  categories: string | null;
  privacyUrl: string | null;
  revision: string | null;
  expiresDays: string | null;
  cookieName: string | null;
  cookieDomain: string | null;
  position: string | null;
  theme: string | null;
}

export const DEFAULT_CATEGORIES = ['analytics', 'content'];
export const DEFAULT_EXPIRES_DAYS = 182;
export const DEFAULT_COOKIE_NAME = 'cookie_consent';

const CATEGORY_NAME = /^[a-z0-9][a-z0-9_-]*$/i;
// RFC 6265 cookie-name token.
const COOKIE_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Prints a warning every consent-related message starts with. */
export const warn = (message: string, ...details: unknown[]): void =>
  console.warn(`<cookie-consent>: ${message}`, ...details);

/** Warns that an attribute's value is not used, and returns the value used instead. */
export function fallback<T>(attribute: string, value: string, used: T): T {
  warn(`${attribute}="${value}" is not valid; using ${used === undefined ? 'none' : `"${used}"`}.`);
  return used;
}

/** Optional categories, in display order, without `necessary` and duplicates. */
export function parseCategories(value: string | null): string[] {
  if (value === null) return [...DEFAULT_CATEGORIES];
  const names: string[] = [];
  for (const name of value.split(/[\s,]+/)) {
    if (!name || name === 'necessary' || names.includes(name)) continue;
    if (CATEGORY_NAME.test(name)) names.push(name);
    else fallback('category', name, undefined);
  }
  return names;
}

/** The privacy-policy URL when it is http(s) or relative; anything else (`javascript:`, `data:`) is dropped. */
export function parsePrivacyUrl(value: string | null): string | undefined {
  if (!value?.trim()) return undefined;
  // A relative URL resolves against the placeholder base and so keeps https:.
  return isSafeUrl(value, 'https://relative.invalid/') ? value.trim() : fallback('privacy-url', value, undefined);
}

/** Days a choice stays valid: a number clamped to 1..395. */
export function parseExpiresDays(value: string | null): number {
  if (value === null) return DEFAULT_EXPIRES_DAYS;
  const days = Number(value);
  if (!value.trim() || !Number.isFinite(days)) return fallback('expires-days', value, DEFAULT_EXPIRES_DAYS);
  const clamped = Math.min(395, Math.max(1, Math.round(days)));
  return clamped === days ? days : fallback('expires-days', value, clamped);
}

export function parseCookieName(value: string | null): string {
  return value === null || COOKIE_NAME.test(value) ? value ?? DEFAULT_COOKIE_NAME : fallback('cookie-name', value, DEFAULT_COOKIE_NAME);
}

/** The cookie domain when the current host can set it, else undefined (the current host). */
export function parseCookieDomain(value: string | null, host: string): string | undefined {
  if (!value) return undefined;
  const domain = value.replace(/^\./, '').toLowerCase();
  return host === domain || host.endsWith(`.${domain}`) ? value : fallback('cookie-domain', value, undefined);
}

/** A keyword attribute: the value when allowed, else the first (default) with a warning. */
export function parseKeyword<T extends string>(attribute: string, value: string | null, allowed: readonly T[]): T {
  return value === null || (allowed as readonly string[]).includes(value) ? (value as T | null) ?? allowed[0] : fallback(attribute, value, allowed[0]);
}

/** Parses every attribute of `source` (each bad value warned about once per call). */
export const parseConfig = (source: ConfigSource): Config => ({
  categories: parseCategories(source.categories),
  privacyUrl: parsePrivacyUrl(source.privacyUrl),
  revision: source.revision?.trim() || '1',
  position: parseKeyword('position', source.position, ['bottom', 'top', 'center'] as const),
  theme: parseKeyword('theme', source.theme, ['auto', 'light', 'dark'] as const),
  cookie: {
    name: parseCookieName(source.cookieName),
    domain: parseCookieDomain(source.cookieDomain, location.hostname),
    expiresDays: parseExpiresDays(source.expiresDays),
  },
});
