import { expect } from '@open-wc/testing';
import { banner, clearCookies, control, dialog, storedRecord, switchFor } from '../helpers.js';
import { DAY, consentWrites, expectSpecCookie, start, watchCookieWrites } from './support.js';

describe('first visit: the banner and the three ways to choose', () => {
  let cookieWrites: ReturnType<typeof watchCookieWrites>;
  beforeEach(() => (cookieWrites = watchCookieWrites()));
  afterEach(() => {
    cookieWrites.stop();
    clearCookies();
  });

  it('shows the banner, announces it, and reports no choice', async () => {
    const { element, of } = await start();
    expect(banner(element)!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(of('consent-show').map((event) => event.detail)).to.deep.equal([{ view: 'banner' }]);
    expect(of('consent-ready').map((event) => event.detail)).to.deep.equal([{ consent: null }]);
    expect(element.consent).to.equal(null);
    expect(element.isGranted('analytics')).to.equal(false);
    expect(element.isGranted('necessary')).to.equal(true);
    expect(consentWrites(cookieWrites.writes)).to.deep.equal([]);
  });

  it('Accept all writes the SPEC 6 cookie and fires one consent-change', async () => {
    const { element, of } = await start('<cookie-consent revision="3"></cookie-consent>');
    const before = Date.now();
    control(element, 'accept-all').click();
    await element.updateComplete;
    const [write] = consentWrites(cookieWrites.writes);
    const record = storedRecord()!;
    expectSpecCookie(record, write, { rev: '3', granted: ['analytics', 'content'], denied: [], action: 'accept-all', before });
    expect(of('consent-change').map((event) => event.detail)).to.deep.equal([
      { consent: record, previous: null, changed: ['analytics', 'content'], action: 'accept-all' },
    ]);
    expect(element.consent).to.deep.equal(record);
    expect(banner(element)).to.equal(null);
    expect(of('consent-hide').map((event) => event.detail)).to.deep.equal([{ view: 'banner' }]);
  });

  it('Reject all writes every category denied; changed is empty', async () => {
    const { element, of } = await start();
    const before = Date.now();
    control(element, 'reject-all').click();
    await element.updateComplete;
    const [write] = consentWrites(cookieWrites.writes);
    const record = storedRecord()!;
    expectSpecCookie(record, write, { rev: '1', granted: [], denied: ['analytics', 'content'], action: 'reject-all', before });
    expect(of('consent-change').map((event) => event.detail)).to.deep.equal([
      { consent: record, previous: null, changed: [], action: 'reject-all' },
    ]);
    expect(banner(element)).to.equal(null);
  });

  it('Customize, one switch, Save writes a custom choice', async () => {
    const { element, of } = await start('<cookie-consent categories="analytics content marketing"></cookie-consent>');
    control(element, 'customize').click();
    await element.updateComplete;
    expect(dialog(element)!.open).to.equal(true);
    switchFor(element, 'content').click();
    await element.updateComplete;
    expect(consentWrites(cookieWrites.writes), 'a switch saves nothing').to.deep.equal([]);
    const before = Date.now();
    control(element, 'save').click();
    await element.updateComplete;
    const writes = consentWrites(cookieWrites.writes);
    expect(writes).to.have.length(1);
    const record = storedRecord()!;
    expectSpecCookie(record, writes[0], { rev: '1', granted: ['content'], denied: ['analytics', 'marketing'], action: 'custom', before });
    expect(of('consent-change').map((event) => event.detail)).to.deep.equal([
      { consent: record, previous: null, changed: ['content'], action: 'custom' },
    ]);
    expect(dialog(element)?.open ?? false).to.equal(false);
    expect(banner(element)).to.equal(null);
  });

  it('Accept all and Reject all in the preferences write the same records as on the banner', async () => {
    const { element, of } = await start();
    control(element, 'customize').click();
    await element.updateComplete;
    dialog(element)!.querySelector<HTMLButtonElement>('[data-action="reject-all"]')!.click();
    await element.updateComplete;
    expect(storedRecord()).to.include({ action: 'reject-all' });
    expect(storedRecord()!.denied).to.deep.equal(['analytics', 'content']);
    element.showPreferences();
    await element.updateComplete;
    dialog(element)!.querySelector<HTMLButtonElement>('[data-action="accept-all"]')!.click();
    await element.updateComplete;
    expect(storedRecord()).to.include({ action: 'accept-all' });
    expect(storedRecord()!.granted).to.deep.equal(['analytics', 'content']);
    expect(of('consent-change').map((event) => event.detail.action)).to.deep.equal(['reject-all', 'accept-all']);
    expect(of('consent-change')[1].detail.changed).to.deep.equal(['analytics', 'content']);
  });

  it('writes Expires from expires-days', async () => {
    const { element } = await start('<cookie-consent expires-days="30"></cookie-consent>');
    const before = Date.now();
    control(element, 'accept-all').click();
    const [write] = consentWrites(cookieWrites.writes);
    expectSpecCookie(storedRecord()!, write, {
      rev: '1', granted: ['analytics', 'content'], denied: [], action: 'accept-all', before, expiresDays: 30,
    });
  });

  it('the browser keeps the cookie with Path=/, SameSite=Lax and the expiry (Cookie Store API)', async function () {
    const cookieStore = (window as { cookieStore?: { get(name: string): Promise<Record<string, unknown> | null> } }).cookieStore;
    // Cookie Store API: Chromium, Firefox 140+, Safari 18.4+. Elsewhere the written string was checked above.
    if (!cookieStore) this.skip();
    const { element } = await start();
    const before = Date.now();
    control(element, 'reject-all').click();
    const stored = (await cookieStore!.get('cookie_consent'))!;
    // Firefox and WebKit list a cookie's name and value only; the attributes are read in Chromium.
    if (!('path' in stored)) this.skip();
    expect(stored.path).to.equal('/');
    expect(String(stored.sameSite).toLowerCase()).to.equal('lax');
    expect(stored.expires as number).to.be.within(before + 182 * DAY - 1000, Date.now() + 182 * DAY + 1000);
  });
});
