/**
 * Reading and writing the consent cookie (SPEC 6). When the browser refuses cookies the choice is kept
 * in memory for the page's life, so the visitor is not asked again on this page.
 *
 * `document.cookie` directly rather than js-cookie: our value is already URL-encoded JSON, so the
 * library's converters would only be switched off, and its ~600 bytes gzip are a tenth of our budget.
 */
import { parseRecord, serializeRecord, type ConsentRecord, type ValidityContext } from './record.js';

/** Where the consent cookie lives. */
export interface CookieOptions {
  name: string;
  /** `.example.com` to share the choice across subdomains; undefined for the current host. */
  domain?: string;
  expiresDays: number;
}

/** A cookie's raw value, or undefined. */
export function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split(';')) {
    const separator = pair.indexOf('=');
    if (pair.slice(0, separator).trim() === name) return pair.slice(separator + 1);
  }
  return undefined;
}

/** Writes (or, with a negative `days`, deletes) a cookie with `Path=/` and `SameSite=Lax`. */
function writeCookie(name: string, value: string, days: number, domain?: string): void {
  document.cookie =
    `${name}=${value}; Path=/; Expires=${new Date(Date.now() + days * 864e5).toUTCString()}; SameSite=Lax` +
    (domain ? `; Domain=${domain}` : '') +
    (location.protocol === 'https:' ? '; Secure' : '');
}

/** The choice the cookie jar could not take, kept for this page's life. */
let memory: { name: string; value: string } | undefined;

/** The stored value: the one kept in memory, else the cookie's. */
const storedValue = (name: string): string | undefined => (memory?.name === name ? memory.value : readCookie(name));

/** Reads the stored choice; null when absent or not valid in `context`. */
export const readRecord = (options: CookieOptions, context: ValidityContext): ConsentRecord | null =>
  parseRecord(storedValue(options.name), context);

/** Stores a choice. Returns false when the browser refused the cookie (the choice is then kept in memory). */
export function writeRecord(options: CookieOptions, record: ConsentRecord): boolean {
  const value = serializeRecord(record);
  writeCookie(options.name, value, options.expiresDays, options.domain);
  if (readCookie(options.name) === value) {
    memory = undefined;
    return true;
  }
  memory = { name: options.name, value };
  return false;
}

/** Deletes the consent cookie (and the in-memory copy). */
export function clearRecord(options: CookieOptions): void {
  memory = undefined;
  writeCookie(options.name, '', -1, options.domain);
}

const UUID = /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/;

/**
 * The id of a stored choice even when that choice is no longer valid (new revision, expired), so that
 * the visitor keeps one id across choices (SPEC 6). Undefined when there is none.
 */
export function readStoredId(name: string): string | undefined {
  try {
    const { id } = JSON.parse(decodeURIComponent(storedValue(name)!));
    if (typeof id === 'string' && UUID.test(id)) return id;
  } catch {
    // nothing stored, or not JSON
  }
  return undefined;
}
