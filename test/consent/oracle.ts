/**
 * An independent reading of SPEC 6's validity rules (and of how a server decodes a cookie value, and which
 * of several cookies of one name is in force), and a seeded generator of records mutated from valid ones.
 * Written from the SPEC text, not from src/consent/, so that the two can disagree.
 */

const ACTIONS = ['accept-all', 'reject-all', 'custom', 'gpc', 'api'];
const DAY = 864e5;

export interface OracleContext {
  revision: string;
  expiresDays: number;
  categories: readonly string[];
  now: number;
}

type Fields = (key: string) => unknown;
const isNames = (list: unknown): list is string[] => Array.isArray(list) && list.every((name) => typeof name === 'string');
const timeOf = (ts: unknown) => (typeof ts === 'string' ? new Date(ts).getTime() : NaN);

/**
 * SPEC 6, "A choice is valid when ...", one named rule each. Every rule but the first reads the
 * record's own fields only (a JSON object has no others), and is checked independently of the rest.
 */
export const SPEC_RULES: Record<string, (field: Fields, context: OracleContext) => boolean> = {
  'v is the number 1': (field) => field('v') === 1,
  'id is a string': (field) => typeof field('id') === 'string',
  'rev is the revision': (field, context) => field('rev') === context.revision,
  'ts as toISOString writes it': (field) => {
    const time = timeOf(field('ts'));
    return !Number.isNaN(time) && new Date(time).toISOString() === field('ts');
  },
  'ts not in the future': (field, context) => !(timeOf(field('ts')) > context.now),
  'ts within expires-days': (field, context) => !(context.now - timeOf(field('ts')) > context.expiresDays * DAY),
  'granted and denied are arrays of strings': (field) => isNames(field('granted')) && isNames(field('denied')),
  'no name in both': (field) => {
    const [granted, denied] = [field('granted'), field('denied')];
    return !(Array.isArray(granted) && Array.isArray(denied) && granted.some((name) => denied.includes(name)));
  },
  'action is one of the five': (field) => ACTIONS.includes(field('action') as string),
  'every offered category decided': (field, context) => {
    const [granted, denied] = [field('granted'), field('denied')];
    return !(Array.isArray(granted) && Array.isArray(denied)) ||
      context.categories.every((name) => granted.includes(name) || denied.includes(name));
  },
};

/** The names of the SPEC 6 rules `value` breaks; `['not an object']` when it is no JSON object. */
export function brokenRules(value: unknown, context: OracleContext): string[] {
  if (Object.prototype.toString.call(value) !== '[object Object]') return ['not an object'];
  const record = value as Record<string, unknown>;
  const field = (key: string) => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
  return Object.entries(SPEC_RULES)
    .filter(([, holds]) => !holds(field, context))
    .map(([name]) => name);
}

/** Whether `value` is a valid choice by SPEC 6. */
export const isValidBySpec = (value: unknown, context: OracleContext): boolean => brokenRules(value, context).length === 0;

/**
 * What a server reads from one cookie value, by SPEC 6's own words: `decodeURIComponent` then
 * `JSON.parse`; undefined when either throws (a broken escape, text that is not JSON).
 */
export function decodeAsServer(raw: string): unknown {
  try {
    return JSON.parse(decodeURIComponent(raw));
  } catch {
    return undefined;
  }
}

/**
 * The choice in force when the browser lists `values` for the cookie's name (several cookies of one name,
 * on other paths): the newest valid one by `ts`. Returns every valid value of that newest time (the rule
 * does not say which wins a tie), or null when none is valid.
 */
export function choiceInForce(values: readonly string[], context: OracleContext): Record<string, unknown>[] | null {
  const valid = values.map(decodeAsServer).filter((value) => isValidBySpec(value, context)) as Record<string, unknown>[];
  if (!valid.length) return null;
  const newest = Math.max(...valid.map((record) => timeOf(record.ts)));
  return valid.filter((record) => timeOf(record.ts) === newest);
}

/** mulberry32: a tiny seeded PRNG, so a failing record can be reproduced from its seed and index. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = Record<string, unknown>;

/**
 * `count` records, each a valid record (revision "3", categories analytics + content, valid at `now`
 * for its `expiresDays`) with 0 to 3 random mutations. Values stay JSON-serialisable.
 */
export function* mutatedRecords(seed: number, count: number, now: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const names = ['analytics', 'content', 'marketing', 'preferences', 'necessary', '', 'Analytics'];
  const list = (record: Json, key: 'granted' | 'denied') => (Array.isArray(record[key]) ? (record[key] as unknown[]) : []);

  const mutations: ((record: Json, expiresDays: number) => void)[] = [
    (r) => (r.v = pick([2, 0, '1', null, true, 1.0, [1], -1, 1.5])),
    (r) => (r.id = pick([42, null, '', 'not-a-uuid', {}, ['x'], 'f'.repeat(300)])),
    (r) => (r.rev = pick(['2', 3, '3 ', '03', null, '', ['3']])),
    (r) => (r.ts = new Date(now - Math.floor((next() * 2 - 0.2) * 400 * DAY)).toISOString()),
    (r, days) => (r.ts = new Date(now - days * DAY + pick([-1, 0, 1])).toISOString()),
    (r) => (r.ts = new Date(now + pick([-1, 0, 1, 1000])).toISOString()),
    (r) => {
      const iso = r.ts as string;
      r.ts = pick([
        iso.replace('.000Z', 'Z').replace(/\.\d{3}Z$/, 'Z'),
        iso.replace('Z', '+00:00'),
        iso.replace('T', ' '),
        iso.toLowerCase(),
        iso.slice(0, 10),
        ` ${iso}`,
        '2026-02-30T10:00:00.000Z',
        '2026-11-25T24:00:00.000Z',
        '+275760-09-13T00:00:00.000Z',
        '-000001-01-01T00:00:00.000Z',
        Date.parse(iso),
        null,
      ]);
    },
    (r) => {
      const key = pick(['granted', 'denied'] as const);
      r[key] = pick(['analytics', null, {}, 5, [['analytics']], [1, 2]]);
    },
    (r) => list(r, pick(['granted', 'denied'] as const)).push(pick([...names, 7, null, {}])),
    (r) => list(r, pick(['granted', 'denied'] as const)).splice(Math.floor(next() * 3), 1),
    (r) => {
      // Move a name from one list to the other: still valid unless it leaves a duplicate behind.
      const from = list(r, 'granted');
      if (from.length) list(r, 'denied').push(from.shift());
    },
    (r) => {
      // Overlap: one name in both lists.
      const name = pick(['analytics', 'content', 'marketing']);
      list(r, 'granted').push(name);
      list(r, 'denied').push(name);
    },
    (r) => (r.action = pick([...ACTIONS, 'scroll', 'Accept-all', 'accept_all', '', 5, null, ['api']])),
    (r) => (r.lang = pick([5, null, '', 'x'.repeat(200), 'de-CH'])),
    (r) => delete r[pick(['v', 'id', 'rev', 'ts', 'granted', 'denied', 'action', 'lang'])],
    (r) => {
      // As JSON.parse makes them: own properties named __proto__ and constructor.
      const hostile = JSON.parse('{"__proto__":{"v":1,"rev":"3"},"constructor":{"prototype":{"v":1}}}');
      for (const key of Object.keys(hostile)) Object.defineProperty(r, key, { value: hostile[key], enumerable: true, writable: true, configurable: true });
    },
    (r) => (r[pick(['extra', 'toString', 'hasOwnProperty'])] = pick([1, 'x', null])),
  ];

  for (let index = 0; index < count; index += 1) {
    const expiresDays = pick([1, 30, 182, 395]);
    const granted = ['analytics', 'content'].filter(() => next() < 0.5);
    let record: Json = {
      v: 1,
      id: '3f0c9a6e-8d1b-4f57-9a0e-2a4b6c8d0e1f',
      rev: '3',
      ts: new Date(now - Math.floor(next() * expiresDays * DAY)).toISOString(),
      granted,
      denied: ['analytics', 'content'].filter((name) => !granted.includes(name)),
      action: pick(ACTIONS),
      lang: pick(['en', 'fr', 'nl', 'de']),
    };
    const rounds = Math.floor(next() * 4);
    for (let round = 0; round < rounds; round += 1) pick(mutations)(record, expiresDays);
    // Now and then, not an object at all.
    if (next() < 0.02) record = pick([[record], null, 'record', 1] as unknown[]) as Json;
    yield { value: record as unknown, expiresDays, seedIndex: index };
  }
}
