/**
 * Seeded consent-cookie values for the fuzz harness (test/fuzz/cookies.test.ts), eight kinds of them,
 * each case one or more cookies (name, value, path) exactly as a page or a server might have set them.
 * Written without src/: whether a value is a valid choice is the oracle's business (test/consent/oracle.ts).
 * Times are relative to `now()` when a case is made, so that a case means the same whenever it runs.
 */
import { random } from '../consent/oracle.js';

export const KINDS = [
  'random bytes',
  'huge',
  'deep JSON',
  'prototype keys',
  'one field wrong',
  'unicode',
  'percent-encoding',
  'several paths',
] as const;
export type Kind = (typeof KINDS)[number];

/** The page the harness runs in: a cookie on any of VISIBLE_PATHS reaches it, none on OTHER_PATHS does. */
export const PAGE = '/test/fuzz/fixtures/a/b/page.html';
export const VISIBLE_PATHS = ['/', '/test', '/test/', '/test/fuzz', '/test/fuzz/', '/test/fuzz/fixtures/a', '/test/fuzz/fixtures/a/b', '/test/fuzz/fixtures/a/b/', PAGE];
export const OTHER_PATHS = ['/other', '/test/fuzz/fixtures/a/bb', `${PAGE}/x`];
/** The consent cookie's name in the harness (the element's `cookie-name`). */
export const COOKIE_NAME = 'fuzz_consent';
/** Names that look like the consent cookie's and are not it: what they hold must never count. */
export const DECOY_NAMES = ['fuzz_consent2', 'Fuzz_consent', 'xfuzz_consent', 'fuzz_consen', 'fuzz_consent.old'];

export interface FuzzCookie {
  /** COOKIE_NAME, or one of DECOY_NAMES. */
  name: string;
  value: string;
  path: string;
}

export interface FuzzCase {
  index: number;
  kind: Kind;
  /** The element's `expires-days` for this case (the oracle is told the same). */
  expiresDays: number;
  cookies: FuzzCookie[];
}

const DAY = 864e5;
const OFFERED = ['analytics', 'content'];
const ACTIONS = ['accept-all', 'reject-all', 'custom', 'gpc', 'api'];
type Json = Record<string, unknown>;
const PLACEHOLDER = '\u0001fuzz\u0001';

/** `count` cases, round-robin over the kinds, from `seed`. */
export function* fuzzCases(seed: number, count: number, now: () => number): Generator<FuzzCase> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const hex = (length: number) => Array.from({ length }, () => '0123456789abcdef'[between(0, 15)]).join('');
  const iso = (time: number) => new Date(time).toISOString();
  const encode = (record: unknown) => encodeURIComponent(JSON.stringify(record));

  /** A valid record, from 5 s old to 5 s short of expiry. */
  const valid = (days: number, age = between(5000, days * DAY - 5000)): Json => {
    const granted = OFFERED.filter(() => next() < 0.5);
    return {
      v: 1,
      id: `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
      rev: '3',
      ts: iso(now() - age),
      granted,
      denied: OFFERED.filter((name) => !granted.includes(name)),
      action: pick(ACTIONS),
      lang: pick(['en', 'fr', 'nl', 'de']),
    };
  };
  /** The record's JSON with `key` holding the JSON text `json` (which may hold keys JSON.stringify would not write). */
  const withField = (record: Json, key: string, json: string) =>
    JSON.stringify({ ...record, [key]: PLACEHOLDER }).replace(JSON.stringify(PLACEHOLDER), json);
  /** The record's JSON with the extra member `member` (JSON text) first. */
  const withMember = (record: Json, member: string) => `{${member},${JSON.stringify(record).slice(1)}`;
  const one = (value: string, path = next() < 0.7 ? '/' : pick(VISIBLE_PATHS)): FuzzCookie[] => [{ name: COOKIE_NAME, value, path }];

  const byKind: Record<Kind, (days: number) => FuzzCookie[]> = {
    'random bytes': (days) => {
      const char = () => {
        const roll = next();
        if (roll < 0.5) return String.fromCharCode(between(0, 255));
        if (roll < 0.85) return pick([...'{}[]":,%\\ =;1v', '%7B', '%22', '%3A', '%2C', '%7D']);
        return pick(['analytics', '\u0000', '\t', '\u00ff', '"v":1', 'true', 'null']);
      };
      if (next() < 0.5) return one(Array.from({ length: between(1, 160) }, char).join(''));
      // A valid record with a few bytes changed, inserted or deleted: now and then still valid.
      const bytes = [...encode(valid(days))];
      for (let edits = between(1, 3); edits > 0; edits -= 1) {
        const at = between(0, bytes.length - 1);
        bytes.splice(at, pick([0, 1, 1, 3]), ...(next() < 0.7 ? [char()] : []));
      }
      return one(bytes.join(''));
    },
    huge: (days) => {
      const target = between(2500, 5200);
      if (next() < 0.25) return one(encode(Array.from({ length: Math.ceil(target / 4) }, () => between(0, 99))).slice(0, target));
      const record = valid(days);
      const padding = pick(['lang', 'id', 'granted', 'extra'] as const);
      const room = Math.max(0, target - encode(record).length - 20);
      if (padding === 'granted') {
        (record.granted as string[]).push(...Array.from({ length: Math.ceil(room / 14) }, (_, i) => `category${i}`));
      } else record[padding] = 'x'.repeat(room);
      return one(encode(record));
    },
    'deep JSON': (days) => {
      const depth = 2 + Math.floor(next() ** 2 * 1800);
      const arrays = '['.repeat(depth) + ']'.repeat(depth);
      const variant = between(0, 5);
      // Raw JSON (unencoded) fits deeper nesting in a cookie; a server's decodeURIComponent leaves it as is.
      if (variant === 0) return one(arrays);
      if (variant === 1) return one('{"a":'.repeat(Math.ceil(depth / 3)) + '1' + '}'.repeat(Math.ceil(depth / 3)));
      if (variant === 2) return one('['.repeat(depth));
      if (variant === 3) return one(withField(valid(days), 'extra', arrays)); // valid: an extra member
      if (variant === 4) return one(withField(valid(days), 'lang', `${'{"x":'.repeat(depth >> 2)}"fr"${'}'.repeat(depth >> 2)}`)); // valid
      const record = valid(days, between(5000, DAY));
      record.granted = ['analytics', 'content'];
      record.denied = [];
      return one(encodeURIComponent(withField(record, 'granted', `${'['.repeat(depth >> 3)}"analytics","content"${']'.repeat(depth >> 3)}`)));
    },
    'prototype keys': (days) => {
      const record = valid(days);
      const json = JSON.stringify(record);
      const hostile = pick([
        // A field that is an object with its own toString / valueOf: invalid, and never called.
        ['ts', '{"toString":0}'], ['ts', '[{"toString":null}]'], ['ts', '{"valueOf":0}'], ['ts', `{"toString":"${record.ts}"}`],
        ['ts', `{"__proto__":"${record.ts}"}`], ['ts', '{"toISOString":0,"getTime":0}'], ['rev', '{"toString":"3"}'],
        ['rev', '{"valueOf":"3"}'], ['v', '{"valueOf":1}'], ['id', '{"toString":"x"}'], ['action', '{"toString":"accept-all"}'],
        ['granted', '{"length":2,"0":"analytics","1":"content"}'], ['granted', '{"__proto__":[]}'],
        ['granted', '["analytics",{"toString":"content"}]'], ['denied', '{"includes":0,"length":0}'],
      ] as const);
      const variant = between(0, 4);
      if (variant <= 1) return one(encodeURIComponent(withField(record, hostile[0], hostile[1])));
      if (variant === 2) {
        // The whole record one level down, where only a prototype lookup would find it: invalid.
        return one(encodeURIComponent(pick([`{"__proto__":${json}}`, `{"constructor":{"prototype":${json}}}`, `{"__proto__":{"__proto__":${json}}}`])));
      }
      if (variant === 3) {
        // An extra member named after Object.prototype's: still a valid record.
        const member = pick(['"__proto__":{"v":1,"polluted":true,"granted":["analytics","content"]}', '"constructor":0', '"toString":0',
          '"hasOwnProperty":0', '"valueOf":{}', '"__proto__":null', '"isPrototypeOf":1', '"__lookupGetter__":"x"', '"propertyIsEnumerable":[]']);
        return one(encodeURIComponent(withMember(record, member)));
      }
      // Category names that are Object.prototype's keys, next to the real ones: valid.
      (record[pick(['granted', 'denied'])] as string[]).push(pick(['__proto__', 'constructor', 'toString', 'hasOwnProperty']));
      return one(encode(record));
    },
    'one field wrong': (days) => {
      const record = valid(days);
      // One in eight left valid: the control group of this kind.
      if (next() < 0.125) return one(encode(record));
      const time = Date.parse(record.ts as string);
      const field = pick(['v', 'id', 'rev', 'ts', 'granted', 'denied', 'lists', 'action', 'missing', 'twice'] as const);
      if (field === 'v') record.v = pick([2, 0, '1', null, true, [1], {}, 1.0000001, -1]);
      else if (field === 'id') record.id = pick([42, null, {}, ['x'], true]);
      else if (field === 'rev') record.rev = pick(['2', 3, '3 ', ' 3', '', null, ['3'], '03']);
      else if (field === 'ts') {
        const text = record.ts as string;
        record.ts = pick([
          iso(now() + between(60, 90_000) * 1000), iso(now() - days * DAY - between(60, 90_000) * 1000),
          text.replace(/\.\d{3}Z$/, 'Z'), text.replace('Z', '+00:00'), text.replace('T', ' '), text.toLowerCase(),
          text.slice(0, 10), ` ${text}`, `${text} `, '2026-02-30T10:00:00.000Z', time, String(time), null, '',
        ]);
      } else if (field === 'granted' || field === 'denied') record[field] = pick(['analytics', null, {}, [1], [null], [['analytics']], true]);
      else if (field === 'lists') {
        const name = pick(OFFERED);
        if (next() < 0.5) {
          // One name in both lists.
          for (const key of ['granted', 'denied']) if (!(record[key] as string[]).includes(name)) (record[key] as string[]).push(name);
        } else for (const key of ['granted', 'denied']) record[key] = (record[key] as string[]).filter((other) => other !== name);
      } else if (field === 'action') record.action = pick(['scroll', 'Accept-all', 'accept_all', '', null, 5, ['api'], 'accept-all ']);
      else if (field === 'missing') delete record[pick(['v', 'id', 'rev', 'ts', 'granted', 'denied', 'action'])];
      else {
        // A key given twice: JSON.parse keeps the last one, which is wrong.
        const [key, wrong] = pick([['v', '2'], ['rev', '"2"'], ['ts', '"yesterday"'], ['action', '"scroll"']] as const);
        return one(encodeURIComponent(`${JSON.stringify(record).slice(0, -1)},"${key}":${wrong}}`));
      }
      return one(next() < 0.8 ? encode(record) : JSON.stringify(record));
    },
    unicode: (days) => {
      const record = valid(days);
      const text = pick(['😀', '日本語', '\u202eevil', 'zero\u200bwidth', 'nul\u0000', '\ud800', '\udfff\ud800', '\ufeff', 'e\u0301', 'ß', 'İ']);
      const variant = between(0, 4);
      if (variant === 0 || variant === 4) record[pick(['id', 'lang'])] = text; // valid
      else if (variant === 1) {
        // A look-alike of an offered name next to one offered name: the other offered category is undecided, invalid.
        const lookalike = pick(['аnalytics', 'ａｎａｌｙｔｉｃｓ', 'analytics\u200b', 'ANALYTICS', 'analytıcs', 'content\u0000', 'cóntent']);
        const [key, other] = next() < 0.5 ? ['granted', 'denied'] : ['denied', 'granted'];
        record[key] = [lookalike];
        record[other] = [pick(OFFERED)];
      } else if (variant === 2) record[pick(['rev', 'ts', 'action'])] = pick(['３', `${record.ts}\u200b`, 'accept\u2010all', `\u0663`, text]);
      else if (variant === 3) return one(`${pick(['%EF%BB%BF', '\ufeff', '%C2%A0'])}${encode(record)}`);
      // Unencoded: the browser stores (or refuses, or empties) the raw characters.
      return one(JSON.stringify(record));
    },
    'percent-encoding': (days) => {
      const record = valid(days);
      const broken = pick(['%', '%Z', '%ZZ', '%7', '%u0041', '%E0%A4', '%C0%AF', '%ED%A0%80', '%FF', '%F4%90%80%80', '%00', '%%']);
      const variant = between(0, 7);
      if (variant <= 1) {
        // A broken escape inside a string value, or between two tokens.
        const marker = 'MARKER';
        if (variant === 0) record.id = `${(record.id as string).slice(0, 8)}${marker}`;
        const text = variant === 0 ? encode(record) : encode(record).replace('%2C', `%2C${marker}`);
        return one(text.replace(marker, broken));
      }
      if (variant === 2) return one(encode(record).replace(/%[\dA-F]{2}/g, (escape) => escape.toLowerCase())); // valid
      if (variant === 3) return one(encodeURIComponent(encode(record))); // encoded twice: invalid
      if (variant === 4) return one(encodeURIComponent(JSON.stringify(record, null, 1)).replace(/%20/g, pick(['+', '%20']))); // '+' is no space here
      if (variant === 5) return one(`"${encode(record)}"`); // wrapped in double quotes
      if (variant === 6) return one(JSON.stringify({ ...record, id: `100% ${broken}` })); // raw JSON holding a '%'
      return one(encode(record).replace(/%2C|%3A/g, (escape) => (next() < 0.5 ? decodeURIComponent(escape) : escape))); // valid
    },
    'several paths': (days) => {
      const paths = [...VISIBLE_PATHS, ...OTHER_PATHS];
      // Fisher-Yates with the seeded PRNG: the same paths in every engine.
      for (let i = paths.length - 1; i > 0; i -= 1) {
        const j = between(0, i);
        [paths[i], paths[j]] = [paths[j], paths[i]];
      }
      // Now and then two choices of the same time.
      const tie = next() < 0.1 ? iso(now() - between(5000, days * DAY - 5000)) : undefined;
      const cookies = paths.slice(0, between(2, 4)).map((path): FuzzCookie => {
        const record = valid(days);
        if (tie) record.ts = tie;
        const roll = next();
        // Newer but void: a choice in the future, under another revision, or broken.
        if (roll < 0.15) record.ts = iso(now() + between(60, 3600) * 1000);
        else if (roll < 0.3) Object.assign(record, { rev: '2', ts: iso(now() - 1000) });
        else if (roll < 0.4) Object.assign(record, { granted: ['analytics', 'content'], denied: ['analytics'], ts: iso(now() - 1000) });
        else if (roll < 0.45) return { name: COOKIE_NAME, value: pick(['', 'null', '%', 'yes']), path };
        return { name: COOKIE_NAME, value: encode(record), path };
      });
      // Now and then a cookie of a similar name holding the newest grant: another cookie, never the choice.
      if (next() < 0.3) cookies.push({ name: pick(DECOY_NAMES), value: encode({ ...valid(days, 1000), granted: OFFERED, denied: [] }), path: '/' });
      return cookies;
    },
  };

  for (let index = 0; index < count; index += 1) {
    const kind = KINDS[index % KINDS.length];
    const expiresDays = pick([1, 30, 182, 395]);
    yield { index, kind, expiresDays, cookies: byKind[kind](expiresDays) };
  }
}
