/**
 * Attribute values → safe configuration (SPEC 3). Each converter is pure, takes the raw attribute
 * value and returns a usable value; bad input gets one console warning and the documented default.
 */

export type Position = 'bottom' | 'top' | 'center';
export type Theme = 'light' | 'dark' | 'auto';

export const DEFAULT_CATEGORIES = ['analytics', 'content'];
export const DEFAULT_EXPIRES_DAYS = 182;
export const DEFAULT_COOKIE_NAME = 'cookie_consent';

const CATEGORY_NAME = /^[a-z0-9][a-z0-9_-]*$/i;
// RFC 6265 cookie-name token.
const COOKIE_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Prints a warning every consent-related message starts with. */
export const warn = (message: string, ...details: unknown[]): void =>
  console.warn(`<cookie-consent>: ${message}`, ...details);

/** Optional categories, in display order, without `necessary` and duplicates. */
export function parseCategories(value: string | null): string[] {
  if (value === null) return [...DEFAULT_CATEGORIES];
  const names: string[] = [];
  for (const name of value.split(/[\s,]+/)) {
    if (!name || name === 'necessary' || names.includes(name)) continue;
    if (CATEGORY_NAME.test(name)) names.push(name);
    else warn(`ignoring the category name "${name}" (letters, digits, "-" and "_" only).`);
  }
  return names;
}

/** The privacy-policy URL when it is http(s) or relative; anything else (`javascript:`, `data:`) is dropped. */
export function parsePrivacyUrl(value: string | null): string | undefined {
  if (!value || !value.trim()) return undefined;
  try {
    // A relative URL resolves against the placeholder base and so keeps https:.
    const { protocol } = new URL(value, 'https://relative.invalid/');
    if (protocol === 'https:' || protocol === 'http:') return value.trim();
  } catch {
    // fall through to the warning
  }
  warn(`ignoring privacy-url "${value}": only http:, https: and relative URLs are used.`);
  return undefined;
}

export function parseRevision(value: string | null): string {
  return value?.trim() || '1';
}

export function parseExpiresDays(value: string | null): number {
  if (value === null) return DEFAULT_EXPIRES_DAYS;
  const days = Number(value);
  if (value.trim() === '' || !Number.isFinite(days)) {
    warn(`expires-days "${value}" is not a number; using ${DEFAULT_EXPIRES_DAYS}.`);
    return DEFAULT_EXPIRES_DAYS;
  }
  const clamped = Math.min(395, Math.max(1, Math.round(days)));
  if (clamped !== days) warn(`expires-days ${value} is clamped to ${clamped} (1..395).`);
  return clamped;
}

export function parseCookieName(value: string | null): string {
  if (value === null) return DEFAULT_COOKIE_NAME;
  if (COOKIE_NAME.test(value)) return value;
  warn(`cookie-name "${value}" is not a valid cookie name; using "${DEFAULT_COOKIE_NAME}".`);
  return DEFAULT_COOKIE_NAME;
}

/** The cookie domain when the current host can set it, else undefined (the current host). */
export function parseCookieDomain(value: string | null, host: string): string | undefined {
  if (!value) return undefined;
  const domain = value.replace(/^\./, '').toLowerCase();
  if (host === domain || host.endsWith(`.${domain}`)) return value;
  warn(`cookie-domain "${value}" does not cover this host (${host}); using the current host.`);
  return undefined;
}

/** A keyword attribute: the value when allowed, else the first (default) with a warning. */
export function parseKeyword<T extends string>(
  attribute: string,
  value: string | null,
  allowed: readonly T[],
): T {
  if (value === null || (allowed as readonly string[]).includes(value)) {
    return (value as T | null) ?? allowed[0];
  }
  warn(`${attribute}="${value}" is not one of ${allowed.join(', ')}; using "${allowed[0]}".`);
  return allowed[0];
}
