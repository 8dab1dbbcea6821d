/**
 * Reading and writing the consent cookie (SPEC 6). When the browser refuses cookies the choice is kept
 * in memory for the page's life, so the visitor is not asked again on this page.
 *
 * `document.cookie` directly rather than js-cookie: our value is already URL-encoded JSON, so the
 * library's converters would only be switched off, and its ~600 bytes gzip are a tenth of our budget.
 */
import { decodeValue, validateRecord, type ConsentRecord, type ValidityContext } from './record.js';

/** Where the consent cookie lives. */
export interface CookieOptions {
  name: string;
  /** `.example.com` to share the choice across subdomains; undefined for the current host. */
  domain?: string;
  expiresDays: number;
}

/** The choice the cookie jar could not take (`name=value`), kept for this page's life; else empty. */
let memory = '';

/**
 * The stored value: the one kept in memory, else the cookie's (`document.cookie` separates pairs with
 * `; `; cookie names hold no `=`).
 */
const storedValue = (name: string): string | undefined =>
  [memory, ...document.cookie.split('; ')].find((pair) => pair.startsWith(name + '='))?.slice(name.length + 1);

/** The stored value, decoded. */
const stored = (name: string): unknown => decodeValue(storedValue(name));

/** Reads the stored choice; null when absent or not valid in `context`. */
export const readRecord = (options: CookieOptions, context: ValidityContext): ConsentRecord | null =>
  validateRecord(stored(options.name), context);

/**
 * Stores a choice with `Path=/`, `SameSite=Lax`, `Expires`, `Domain` when set and `Secure` on https, or,
 * with null, deletes the cookie (and the in-memory copy). Returns false when the browser refused the
 * cookie (the choice is then kept in memory).
 */
export function writeRecord({ name, domain, expiresDays }: CookieOptions, record: ConsentRecord | null): boolean {
  // createRecord() builds every record written here, its keys in the documented order: plain JSON keeps
  // that order (serializeRecord(), which enforces it for any record, is for the public API).
  const pair = `${name}=${record ? encodeURIComponent(JSON.stringify(record)) : ''}`;
  document.cookie =
    `${pair}; Path=/; Expires=${new Date(Date.now() + (record ? expiresDays : -1) * 864e5).toUTCString()}; SameSite=Lax` +
    (domain ? `; Domain=${domain}` : '') +
    (location.protocol === 'https:' ? '; Secure' : '');
  // Kept in memory when the cookie jar does not hold it now.
  memory = record && !document.cookie.split('; ').includes(pair) ? pair : '';
  return !memory;
}

const UUID = /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/;

/**
 * The id of a stored choice even when that choice is no longer valid (new revision, expired), so that
 * the visitor keeps one id across choices (SPEC 6). Undefined when there is none.
 */
export function readStoredId(name: string): string | undefined {
  const id = (stored(name) as { id?: unknown } | null)?.id;
  return typeof id === 'string' && UUID.test(id) ? id : undefined;
}
