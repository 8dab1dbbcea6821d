/**
 * The stored choice (SPEC 6): its shape, how it is built, and the pure rules that say whether a value
 * read back from the cookie is a valid choice. Nothing here touches the DOM or the cookie jar, so every
 * rule is testable on plain values.
 */

/** How a choice was made. */
export type ConsentAction = 'accept-all' | 'reject-all' | 'custom' | 'gpc' | 'api';

/** One saved choice, exactly the JSON stored in the consent cookie. */
export interface ConsentRecord {
  /** Schema version, always 1. */
  v: 1;
  /** Random UUID, kept across later choices in the same browser. */
  id: string;
  /** The policy revision the choice was given under. */
  rev: string;
  /** ISO time of this choice (`Date.prototype.toISOString()`). */
  ts: string;
  /** Granted optional categories. `necessary` is never listed. */
  granted: string[];
  /** Denied optional categories. */
  denied: string[];
  action: ConsentAction;
  /** The UI language in use when the choice was made. */
  lang: string;
}

/** What a stored value is checked against. */
export interface ValidityContext {
  revision: string;
  expiresDays: number;
  /** The optional categories offered now: each must be decided in a valid record. */
  categories: readonly string[];
  /** Current time in ms; a parameter so that tests can fix it. */
  now: number;
}

const ACTIONS: readonly unknown[] = ['accept-all', 'reject-all', 'custom', 'gpc', 'api'];

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Why `value` is not a valid choice in `context` (SPEC 6), in a few words that never quote it; undefined
 * when it is valid. Never throws: the value may come from a hostile cookie.
 */
export function invalidReason(value: unknown, context: ValidityContext): string | undefined {
  if (value === undefined) return 'not JSON';
  const { v, id, rev, ts, granted, denied, action } = (value ?? {}) as Record<string, unknown>;
  if (v !== 1 || typeof id !== 'string') return 'not a consent record';
  if (rev !== context.revision) return 'another revision';
  // Only a string is parsed: an object's own toString (hostile JSON) is never called.
  const time = typeof ts === 'string' ? Date.parse(ts) : NaN;
  const age = context.now - time;
  // Written exactly as toISOString() writes it, not in the future (NaN fails the comparison first).
  if (!(age >= 0) || new Date(time).toISOString() !== ts) return 'no valid time';
  if (age > context.expiresDays * 864e5) return 'expired';
  if (!isStringArray(granted) || !isStringArray(denied) || granted.some((name) => denied.includes(name)) || !ACTIONS.includes(action)) {
    return 'malformed';
  }
  if (!context.categories.every((name) => granted.includes(name) || denied.includes(name))) return 'a category undecided';
  return undefined;
}

/**
 * Returns a clean copy of `value` when it is a valid choice in `context`, else null (and `onVoid` hears
 * why). Never throws.
 */
export function validateRecord(value: unknown, context: ValidityContext, onVoid?: (reason: string) => void): ConsentRecord | null {
  const reason = invalidReason(value, context);
  if (reason) {
    onVoid?.(reason);
    return null;
  }
  const { v, id, rev, ts, granted, denied, action, lang } = value as ConsentRecord;
  return { v, id, rev, ts, granted: [...granted], denied: [...denied], action, lang: typeof lang === 'string' ? lang : '' };
}

/** The JSON in a raw cookie value (URL-encoded), or undefined when there is none. Never throws. */
export function decodeValue(raw: string | undefined): unknown {
  try {
    return JSON.parse(decodeURIComponent(raw!));
  } catch {
    // nothing stored (`undefined` is not JSON), a broken escape, not JSON
    return undefined;
  }
}

/** Parses a raw cookie value (URL-encoded JSON) and validates it. Never throws. */
export const parseRecord = (raw: string | undefined, context: ValidityContext): ConsentRecord | null =>
  validateRecord(decodeValue(raw), context);

/** The cookie value for a record: its JSON, keys in the documented order, URL-encoded. */
export const serializeRecord = (record: ConsentRecord): string =>
  encodeURIComponent(JSON.stringify(record, ['v', 'id', 'rev', 'ts', 'granted', 'denied', 'action', 'lang']));

/**
 * A random RFC 4122 version 4 UUID: each `x` a random hex digit, `y` one of 8, 9, a, b. Built from
 * `crypto.getRandomValues` alone: `crypto.randomUUID` exists only on secure origins.
 */
export const randomId = (): string =>
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (char) =>
    ((char < 'y' ? 0 : 8) | (crypto.getRandomValues(new Uint8Array(1))[0] & (char < 'y' ? 15 : 3))).toString(16),
  );

/**
 * Builds a new record: `granted` categories on, every other offered one off.
 * @param id - the id to keep; undefined for a new random one.
 * @param now - the time of the choice in ms (tests fix it).
 */
export function createRecord(
  id: string | undefined,
  revision: string,
  categories: readonly string[],
  granted: Iterable<string>,
  action: ConsentAction,
  lang: string,
  now = Date.now(),
): ConsentRecord {
  const wanted = [...granted];
  return {
    v: 1,
    id: id ?? randomId(),
    rev: revision,
    ts: new Date(now).toISOString(),
    granted: categories.filter((name) => wanted.includes(name)),
    denied: categories.filter((name) => !wanted.includes(name)),
    action,
    lang,
  };
}

/**
 * Whether valid choice `a` wins over `b`: the later one; at the same millisecond (two tabs choosing at
 * once) the one that grants fewer categories, then the one whose JSON sorts first, so that every tab
 * picks the same.
 */
export function isNewer(a: ConsentRecord, b: ConsentRecord | null | undefined): boolean {
  if (!b || a.ts !== b.ts) return !b || a.ts > b.ts;
  return a.granted.length !== b.granted.length ? a.granted.length < b.granted.length : JSON.stringify(a) < JSON.stringify(b);
}

/** Whether two valid choices are the same one. */
export const sameRecord = (a: ConsentRecord | null | undefined, b: ConsentRecord | null | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** Categories whose granted state differs between two choices (no previous choice: all denied). */
export function changedCategories(previous: ConsentRecord | null, next: ConsentRecord): string[] {
  const before = previous?.granted ?? [];
  return [...new Set([...before, ...next.granted])].filter((name) => before.includes(name) !== next.granted.includes(name));
}
