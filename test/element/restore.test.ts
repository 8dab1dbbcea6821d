import { expect } from '@open-wc/testing';
import { banner, chooseAndBroadcast, clearCookies, control, rawCookie, storeRecord, storedRecord, validRecord } from '../helpers.js';
import { DAY, start, watchWarnings } from './support.js';

/** Uncaught errors while a test runs: none may escape the element. */
let uncaught: unknown[] = [];
const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
  uncaught.push('error' in event ? event.error : event.reason);

beforeEach(() => {
  uncaught = [];
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onError);
});
afterEach(() => {
  removeEventListener('error', onError);
  removeEventListener('unhandledrejection', onError);
  clearCookies();
  expect(uncaught).to.deep.equal([]);
});

describe('a returning visitor with a valid cookie', () => {
  it('sees no banner; consent-ready carries the record; no consent-change', async () => {
    const record = validRecord();
    storeRecord(record);
    const { element, events } = await start();
    expect(banner(element)).to.equal(null);
    expect(events.map((event) => [event.type, event.detail])).to.deep.equal([['consent-ready', { consent: record }]]);
    expect(element.consent).to.deep.equal(record);
    expect(element.isGranted('analytics')).to.equal(true);
    expect(element.isGranted('content')).to.equal(false);
    // Withdrawal stays one click away: the floating button (the page has no data-consent-open).
    expect(control(element, 'open').getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('keeps the cookie as it was', async () => {
    storeRecord(validRecord());
    const before = rawCookie();
    await start();
    expect(rawCookie()).to.equal(before);
  });
});

describe('the banner comes back when the stored choice is void', () => {
  const voidChoices: [string, string, string][] = [
    ['another revision', JSON.stringify(validRecord({ rev: '1' })), 'revision="2"'],
    ['an expired ts', JSON.stringify(validRecord({ ts: new Date(Date.now() - 31 * DAY).toISOString() })), 'expires-days="30"'],
    ['a ts in the future', JSON.stringify(validRecord({ ts: new Date(Date.now() + 3_600_000).toISOString() })), ''],
    ['a newly offered category', JSON.stringify(validRecord()), 'categories="analytics content marketing"'],
  ];
  const hostile: [string, string][] = [
    ['not JSON', 'accepted'],
    ['truncated JSON', JSON.stringify(validRecord()).slice(0, 50)],
    ['v 2', JSON.stringify(validRecord({ v: 2 as 1 }))],
    ['wrong types', JSON.stringify({ ...validRecord(), granted: 'analytics', denied: {}, id: 5 })],
    ['a __proto__ key', `{"__proto__":${JSON.stringify(validRecord())}}`],
    ['a constructor key', JSON.stringify({ constructor: { prototype: validRecord() }, ...validRecord({ v: 0 as 1 }) })],
    // Just under the browsers' 4096-byte limit, so that it is really stored.
    ['a 4 KB value', JSON.stringify({ ...validRecord(), granted: ['analytics', 'x'.repeat(3700)], denied: ['analytics', 'content'] })],
    ['an unknown action', JSON.stringify(validRecord({ action: 'scrolled' as 'api' }))],
    ['granted and denied overlapping', JSON.stringify(validRecord({ granted: ['analytics', 'content'], denied: ['content'] }))],
    ['empty', ''],
    ['JSON null', 'null'],
    ['an array', `[${JSON.stringify(validRecord())}]`],
    // An object's own toString is never called ("Cannot convert object to primitive value").
    ['a ts object with toString 0', JSON.stringify({ ...validRecord(), ts: { toString: 0 } })],
    ['a ts array of a toString null', JSON.stringify({ ...validRecord(), ts: [{ toString: null }] })],
  ];
  for (const [name, value, attributes] of [...voidChoices, ...hostile.map(([name, value]) => [name, value, ''])]) {
    it(`for ${name}`, async () => {
      storeRecord(value);
      if (value) expect(rawCookie(), 'the browser stored the value').to.equal(encodeURIComponent(value));
      const warnings = watchWarnings();
      const { element, of } = await start(`<cookie-consent ${attributes}></cookie-consent>`).finally(warnings.stop);
      // Once, saying why, never quoting the value (an empty cookie holds no choice to speak of).
      const said = warnings.messages.filter((message) => message.includes('is void'));
      expect(said, 'the warning').to.have.length(value ? 1 : 0);
      if (value) expect(said[0]).to.match(/^<cookie-consent>: the choice from cookie "cookie_consent" is void \([\w, ]+\); it is ignored\.$/);
      expect(banner(element), 'banner').to.exist;
      expect(element.consent).to.equal(null);
      expect(element.isGranted('analytics')).to.equal(false);
      expect(of('consent-ready').map((event) => event.detail)).to.deep.equal([{ consent: null }]);
      expect(of('consent-change')).to.deep.equal([]);
    });
  }

  it('for a raw value that is not URL-encoded, or a broken escape', async () => {
    for (const raw of ['{"v":1', '%E0%A4%A', '%7B%22v%22%3A1%2C']) {
      document.cookie = `cookie_consent=${raw}; Path=/`;
      const { element } = await start();
      expect(banner(element) !== null, raw).to.equal(true);
      // Choosing replaces it, with a new id.
      await chooseAndBroadcast(element, 'reject-all');
      expect(storedRecord()!.id, raw).to.match(/^[0-9a-f-]{36}$/);
      element.remove();
    }
  });

  it('and a valid choice then replaces a hostile cookie', async () => {
    storeRecord('{"__proto__":{"v":1}}');
    const { element } = await start();
    control(element, 'reject-all').click();
    expect(storedRecord()).to.include({ v: 1, action: 'reject-all' });
  });

  it('when the revision attribute changes on the page', async () => {
    storeRecord(validRecord());
    const { element, of } = await start();
    expect(banner(element)).to.equal(null);
    element.setAttribute('revision', '2');
    await element.updateComplete;
    expect(banner(element)).to.exist;
    expect(element.consent).to.equal(null);
    expect(of('consent-show').map((event) => event.detail)).to.deep.equal([{ view: 'banner' }]);
  });
});

describe('a category added to the page later', () => {
  it('voids the stored choice and brings the banner back', async () => {
    storeRecord(validRecord());
    const { element } = await start();
    element.setAttribute('categories', 'analytics content marketing');
    await element.updateComplete;
    expect(banner(element) !== null, 'banner').to.equal(true);
    expect(element.isGranted('analytics')).to.equal(false);
    control(element, 'accept-all').click();
    expect(storedRecord()!.granted).to.deep.equal(['analytics', 'content', 'marketing']);
  });
});

describe('the id of the choice', () => {
  it('is kept across later choices', async () => {
    const { element } = await start();
    control(element, 'accept-all').click();
    const { id } = storedRecord()!;
    element.showPreferences();
    await element.updateComplete;
    control(element, 'save').click();
    expect(storedRecord()!.id).to.equal(id);
    element.rejectAll();
    expect(storedRecord()!.id).to.equal(id);
  });

  it('is kept when a new revision voids the choice', async () => {
    storeRecord(validRecord());
    const { element } = await start('<cookie-consent revision="2"></cookie-consent>');
    control(element, 'accept-all').click();
    expect(storedRecord()).to.include({ id: validRecord().id, rev: '2' });
  });

  it('is forgotten by reset(), which deletes the cookie and shows the banner', async () => {
    storeRecord(validRecord());
    const { element, of } = await start();
    element.reset();
    await element.updateComplete;
    expect(rawCookie()).to.equal(undefined);
    expect(element.consent).to.equal(null);
    expect(banner(element)).to.exist;
    expect(of('consent-show').map((event) => event.detail)).to.deep.equal([{ view: 'banner' }]);
    control(element, 'accept-all').click();
    expect(storedRecord()!.id).not.to.equal(validRecord().id);
  });
});
