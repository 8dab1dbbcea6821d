/**
 * The consent cookie (SPEC 6), read, written and deleted with js-cookie. When the browser refuses
 * cookies the choice is kept in memory for the page's life, so the visitor is not asked again here.
 *
 * A browser may hold several cookies of the same name (another `Path`, such as one an older setup wrote
 * at `/blog`, or another `Domain`): all are read and the newest valid choice decides, and a save removes
 * the stale copies this page can reach, so that a Reject all is never overridden by an older grant.
 */
import Cookies from 'js-cookie';
import type { CookieOptions } from '../config/config.js';
import { cookieDomains } from '../gate/rules.js';
import { warn } from '../warn.js';
import { isNewer, validateRecord, type ConsentRecord, type ValidityContext } from './record.js';

/** The choice the cookie jar refused, kept for this page's life. */
let memory: ConsentRecord | null = null;

/**
 * JSON text → value; undefined for a broken escape or text that is not JSON. Never throws. Read as the
 * site's server reads it (SPEC 6: URL-encoded JSON): a stray `%` or a quoted value, which js-cookie's
 * lenient reading would take, is no choice, so that page and server never disagree.
 */
function decode(raw: string): unknown {
  try {
    decodeURIComponent(raw);
    return raw[0] === '"' ? undefined : JSON.parse(Cookies.converter.read(raw, ''));
  } catch {
    return undefined;
  }
}

/**
 * Every cookie stored under `name`, raw and decoded. `Cookies.get(name)` returns only the first cookie of a name,
 * so the pairs are listed here and each value is decoded by js-cookie's own converter.
 */
function stored(name: string): [raw: string, value: unknown][] {
  const values: [string, unknown][] = memory ? [['', memory]] : [];
  for (const pair of document.cookie.split('; ')) {
    const at = pair.indexOf('=');
    // An empty value holds no choice (and is no void one to warn about).
    if (at > 0 && at < pair.length - 1 && pair.slice(0, at) === name) values.push([pair, decode(pair.slice(at + 1))]);
  }
  return values;
}

/** Every value stored under `name`, decoded (undefined for one that is not JSON). */
export const storedValues = (name: string): unknown[] => stored(name).map(([, value]) => value);

/**
 * Whether any cookie, whatever its name, holds what looks like a consent choice (JSON with `v: 1`): the
 * classic script's early element does not know yet which cookie the page's own element reads.
 */
export const hasStoredChoice = (): boolean =>
  document.cookie.split('; ').some((pair) => pair.includes('v') && (decode(pair.slice(pair.indexOf('=') + 1)) as { v?: unknown } | null)?.v === 1);

/** Void values already warned about: each is said once, however often it is read. */
const said = new Set<string>();

/** Warns once why a value read (`source`: the cookie, another tab) is void; the value itself is not shown. */
export function warnVoid(source: string, reason: string, raw: string): void {
  const message = `the choice from ${source} is void (${reason}); it is ignored.`;
  const key = message + raw;
  if (!said.has(key)) warn(message);
  said.add(key);
}

/**
 * The newest of the stored values that is a valid choice in `context`, else null (with a warning, once,
 * saying why the stored one is void).
 */
export function readRecord(name: string, context: ValidityContext): ConsentRecord | null {
  let newest: ConsentRecord | null = null;
  let rejected: [string, string] | undefined;
  for (const [raw, value] of stored(name)) {
    const record = validateRecord(value, context, (reason) => (rejected ??= [reason, raw]));
    if (record && isNewer(record, newest)) newest = record;
  }
  if (!newest && rejected) warnVoid(`cookie "${name}"`, ...rejected);
  return newest;
}

const UUID = /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/;

/**
 * The id of a stored choice even when that choice is no longer valid (new revision, expired), so that the
 * visitor keeps one id across choices (SPEC 6). Undefined when there is none.
 */
export function readStoredId(name: string): string | undefined {
  for (const value of storedValues(name)) {
    const id = (value as { id?: unknown } | null | undefined)?.id;
    if (typeof id === 'string' && UUID.test(id)) return id;
  }
  return undefined;
}

/** The names of the cookies this page can see. */
export const cookieNames = (): string[] => Object.keys(Cookies.get());

/**
 * Removes every cookie of this name the page can reach: on each path from the page's up to `/` (with and
 * without the trailing slash) and on the host and each parent domain. Also how withdrawn categories'
 * cookies go (src/gate/gate.ts).
 */
export function removeEverywhere(name: string): void {
  const paths = ['/'];
  for (let path = location.pathname; path.length > 1; path = path.slice(0, path.lastIndexOf('/', path.length - 2) + 1)) {
    paths.push(path, path.replace(/\/$/, ''));
  }
  for (const domain of [undefined, ...cookieDomains(location.hostname)]) {
    for (const path of new Set(paths)) Cookies.remove(name, { path, domain });
  }
}

/**
 * Stores a choice (`Path=/`, `SameSite=Lax`, `Expires`, `Domain` when set, `Secure` on https), or with null
 * deletes it everywhere this page can reach. Returns false when the browser refused the cookie (the choice
 * is then kept in memory).
 */
export function writeRecord({ cookieName: name, cookieDomain: domain, expiresDays }: CookieOptions, record: ConsentRecord | null): boolean {
  memory = null;
  if (!record) {
    removeEverywhere(name);
    return true;
  }
  const json = JSON.stringify(record);
  const write = () =>
    Cookies.set(name, json, { expires: expiresDays, sameSite: 'Lax', secure: location.protocol === 'https:', domain: domain ?? undefined });
  write();
  const stored = storedValues(name);
  if (stored.length > 1) {
    // Stale copies on other paths or domains: gone, then this choice written again.
    removeEverywhere(name);
    write();
  }
  const held = storedValues(name).some((value) => (value as ConsentRecord | undefined)?.ts === record.ts && (value as ConsentRecord).id === record.id);
  if (!held) memory = record;
  return held;
}
