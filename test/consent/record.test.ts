import { expect } from '@open-wc/testing';
import {
  changedCategories,
  createRecord,
  parseRecord,
  randomId,
  serializeRecord,
  validateRecord,
  type ConsentRecord,
  type ValidityContext,
} from '../../src/consent/record.js';
import { SPEC_RULES, brokenRules, isValidBySpec, mutatedRecords } from './oracle.js';
import '../helpers.js';

const NOW = Date.parse('2026-11-26T10:00:00.000Z');
const DAY = 864e5;
const context: ValidityContext = { revision: '3', expiresDays: 182, categories: ['analytics', 'content'], now: NOW };
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The shared fixture (test/fixtures/record.js) under this file's revision, time and language. */
const valid = (overrides: Record<string, unknown> = {}): Record<string, unknown> =>
  ({ ...consentFixture.record({ rev: '3', ts: new Date(NOW - DAY).toISOString(), lang: 'fr' }), ...overrides });
const encode = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe('validateRecord', () => {
  it('accepts the documented record and returns a copy with the same fields', () => {
    const input = valid();
    const record = validateRecord(input, context);
    expect(record).to.deep.equal(input);
    expect(record).not.to.equal(input);
    expect(record!.granted).not.to.equal(input.granted);
  });

  it('accepts every documented action', () => {
    for (const action of ['accept-all', 'reject-all', 'custom', 'gpc', 'api']) {
      expect(validateRecord(valid({ action }), context), action).not.to.equal(null);
    }
  });

  it('accepts a record that lists a category no longer offered', () => {
    expect(validateRecord(valid({ denied: ['content', 'marketing'] }), context)).not.to.equal(null);
  });

  const invalid: [string, unknown][] = [
    ['another revision', valid({ rev: '2' })],
    ['a numeric revision', valid({ rev: 3 })],
    ['a ts older than expires-days', valid({ ts: new Date(NOW - 183 * DAY).toISOString() })],
    ['a ts in the future', valid({ ts: new Date(NOW + 60_000).toISOString() })],
    ['a ts not written by toISOString', valid({ ts: '2026-11-25T10:00:00Z' })],
    ['an impossible date', valid({ ts: '2026-13-25T10:00:00.000Z' })],
    ['a numeric ts', valid({ ts: NOW - DAY })],
    ['an offered category undecided', valid({ granted: [], denied: ['content'] })],
    ['v 2', valid({ v: 2 })],
    ['v "1"', valid({ v: '1' })],
    ['a numeric id', valid({ id: 42 })],
    ['granted not an array', valid({ granted: 'analytics' })],
    ['denied holding a number', valid({ denied: ['content', 7] })],
    ['granted and denied overlapping', valid({ granted: ['analytics', 'content'], denied: ['content'] })],
    ['an unknown action', valid({ action: 'scroll' })],
    ['no action', valid({ action: undefined })],
    ['null', null],
    ['an array', [valid()]],
    ['a string', JSON.stringify(valid())],
    ['a number', 1],
  ];
  for (const [name, value] of invalid) {
    it(`rejects ${name}`, () => {
      expect(validateRecord(value, context)).to.equal(null);
    });
  }

  it('reads no field through the prototype (__proto__ and constructor keys)', () => {
    const polluted = JSON.parse(`{"__proto__":${JSON.stringify(valid())},"constructor":{"prototype":{"v":1}}}`);
    expect(validateRecord(polluted, context)).to.equal(null);
    expect(({} as Record<string, unknown>).v).to.equal(undefined);
  });
});

describe('parseRecord (the raw cookie value)', () => {
  it('reads what serializeRecord writes', () => {
    const record = valid() as unknown as ConsentRecord;
    expect(parseRecord(serializeRecord(record), context)).to.deep.equal(record);
  });

  const hostile: [string, string | undefined][] = [
    ['undefined', undefined],
    ['empty', ''],
    ['not JSON', 'yes'],
    ['truncated JSON', encode(valid()).slice(0, 60)],
    ['a broken percent escape', '%E0%A4%A'],
    ['JSON null', 'null'],
    ['JSON true', 'true'],
    ['a JSON string', encode('accept-all')],
    ['v 2', encode(valid({ v: 2 }))],
    ['wrong types everywhere', encode({ v: [1], id: {}, rev: null, ts: 0, granted: {}, denied: 1, action: 5, lang: [] })],
    ['a record under a __proto__ key', encodeURIComponent(`{"__proto__":${JSON.stringify(valid())}}`)],
    ['a record under constructor.prototype', encodeURIComponent(`{"constructor":{"prototype":${JSON.stringify(valid())}}}`)],
    ['a 4 KB value', encode({ ...valid(), granted: Array.from({ length: 400 }, (_, i) => `category${i}`), denied: ['analytics'] })],
    ['deep nesting', '['.repeat(5000) + ']'.repeat(5000)],
    ['an unknown action', encode(valid({ action: 'implied' }))],
    ['granted and denied overlapping', encode(valid({ granted: ['analytics'], denied: ['analytics', 'content'] }))],
  ];
  for (const [name, raw] of hostile) {
    it(`returns null without throwing for ${name}`, () => {
      expect(parseRecord(raw, context)).to.equal(null);
    });
  }
});

describe('parseRecord and prototype keys', () => {
  it('accepts a valid record with an extra __proto__ key and pollutes nothing', () => {
    const raw = encodeURIComponent(`{"__proto__":{"polluted":true},${JSON.stringify(valid()).slice(1)}`);
    expect(parseRecord(raw, context)).to.deep.equal(valid());
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('1,000 generated records (seeded mutations of valid records)', () => {
  it('validateRecord never throws and agrees with an independent reading of SPEC 6', () => {
    let accepted = 0;
    let rejected = 0;
    // How many records break exactly one rule, per rule: a validator missing that rule would accept them.
    const soleBreaks = new Map<string, number>();
    for (const { value, expiresDays, seedIndex } of mutatedRecords(20261126, 1000, NOW)) {
      const ctx = { ...context, expiresDays };
      const expected = isValidBySpec(value, ctx);
      const broken = brokenRules(value, ctx);
      if (broken.length === 1) soleBreaks.set(broken[0], (soleBreaks.get(broken[0]) ?? 0) + 1);
      let result: ConsentRecord | null;
      try {
        result = validateRecord(value, ctx);
      } catch (error) {
        throw new Error(`record #${seedIndex} threw ${error}: ${JSON.stringify(value)}`);
      }
      const label = `record #${seedIndex}: ${JSON.stringify(value)}`;
      expect(result !== null, label).to.equal(expected);
      if (result) {
        accepted += 1;
        const { v, id, rev, ts, granted, denied, action } = value as Record<string, unknown>;
        const { lang, ...fields } = result;
        expect(fields, label).to.deep.equal({ v, id, rev, ts, granted, denied, action });
        expect(lang, label).to.be.a('string');
        // The same value through the cookie path gives the same answer.
        expect(parseRecord(encode(value), ctx), label).to.deep.equal(result);
      } else {
        rejected += 1;
      }
    }
    // Both sides must be well exercised, or the comparison proves little.
    expect(accepted).to.be.greaterThan(150);
    expect(rejected).to.be.greaterThan(400);
    for (const rule of Object.keys(SPEC_RULES)) expect(soleBreaks.get(rule) ?? 0, rule).to.be.at.least(10);
  });

  it('is reproducible: the same seed gives the same records', () => {
    const first = JSON.stringify([...mutatedRecords(7, 50, NOW)]);
    expect(JSON.stringify([...mutatedRecords(7, 50, NOW)])).to.equal(first);
    expect(JSON.stringify([...mutatedRecords(8, 50, NOW)])).not.to.equal(first);
  });
});

describe('createRecord and serializeRecord', () => {
  it('writes the documented keys in order, URL-encoded', () => {
    const record = createRecord(undefined, '3', ['analytics', 'content', 'marketing'], ['content', 'unknown'], 'custom', 'fr', NOW);
    const raw = serializeRecord(record);
    expect(raw).not.to.match(/[{}":,\[\] ]/);
    const parsed = JSON.parse(decodeURIComponent(raw));
    expect(Object.keys(parsed)).to.deep.equal(['v', 'id', 'rev', 'ts', 'granted', 'denied', 'action', 'lang']);
    expect(parsed).to.deep.include({
      v: 1,
      rev: '3',
      ts: '2026-11-26T10:00:00.000Z',
      granted: ['content'],
      denied: ['analytics', 'marketing'],
      action: 'custom',
      lang: 'fr',
    });
    expect(parsed.id).to.match(UUID_V4);
  });

  it('keeps a given id', () => {
    const record = createRecord('kept', '1', [], [], 'api', 'en');
    expect(record.id).to.equal('kept');
  });

  it('makes random version 4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 200 }, randomId));
    expect(ids.size).to.equal(200);
    for (const id of ids) expect(id).to.match(UUID_V4);
  });

  it('makes them without crypto.randomUUID too (it exists only on secure origins)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 200 }, randomId));
      expect(ids.size).to.equal(200);
      for (const id of ids) expect(id).to.match(UUID_V4);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(crypto.randomUUID).to.be.a('function');
  });
});

describe('changedCategories', () => {
  const record = (granted: string[], denied: string[]) => ({ ...valid({ granted, denied }) }) as unknown as ConsentRecord;

  it('counts from all denied when there is no previous choice', () => {
    expect(changedCategories(null, record([], ['analytics', 'content']))).to.deep.equal([]);
    expect(changedCategories(null, record(['content'], ['analytics']))).to.deep.equal(['content']);
  });

  it('lists grants and withdrawals against the previous choice', () => {
    const previous = record(['analytics'], ['content']);
    expect(changedCategories(previous, record(['content'], ['analytics']))).to.have.members(['analytics', 'content']);
    expect(changedCategories(previous, record(['analytics'], ['content']))).to.deep.equal([]);
  });
});
