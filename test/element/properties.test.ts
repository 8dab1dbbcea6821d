// Every attribute is also a property holding the value in use (SPEC 3): the documented default when the
// attribute is absent, the parsed value when it is valid, and a safe value with one warning when not.
// Properties take what a developer passes (numbers for numbers, arrays for lists).
import { expect } from '@open-wc/testing';
import { clearCookies, mount, storedRecord } from '../helpers.js';
import { DAY, consentWrites, cookieAttributes, watchCookieWrites, watchWarnings } from './support.js';

let warnings: ReturnType<typeof watchWarnings>;
beforeEach(() => (warnings = watchWarnings()));
afterEach(() => {
  warnings.stop();
  clearCookies();
});

describe('properties hold the values in use', () => {
  it('documented defaults when no attribute is set', async () => {
    const element = await mount();
    expect({
      categories: element.categories,
      privacyUrl: element.privacyUrl,
      revision: element.revision,
      expiresDays: element.expiresDays,
      cookieName: element.cookieName,
      cookieDomain: element.cookieDomain,
      position: element.position,
      theme: element.theme,
      gpc: element.gpc,
      consentMode: element.consentMode,
      logEndpoint: element.logEndpoint,
      reloadOnRevoke: element.reloadOnRevoke,
    }).to.deep.equal({
      categories: ['analytics', 'content'],
      privacyUrl: null,
      revision: '1',
      expiresDays: 182,
      cookieName: 'cookie_consent',
      cookieDomain: null,
      position: 'bottom',
      theme: 'auto',
      gpc: 'honor',
      consentMode: [],
      logEndpoint: null,
      reloadOnRevoke: false,
    });
    expect(warnings.messages).to.deep.equal([]);
  });

  it('attributes parsed: lists as arrays, numbers as numbers', async () => {
    const element = await mount(
      'categories="analytics, marketing necessary" expires-days="30" consent-mode="google microsoft" position="top" reload-on-revoke',
    );
    expect(element.categories).to.deep.equal(['analytics', 'marketing']);
    expect(element.expiresDays).to.equal(30);
    expect(element.consentMode).to.deep.equal(['google', 'microsoft']);
    expect(element.position).to.equal('top');
    expect(element.reloadOnRevoke).to.equal(true);
  });

  it('an invalid attribute: one warning, the default; removing it: the default again', async () => {
    const element = await mount('position="sideways" expires-days="9999"');
    expect(element.position).to.equal('bottom');
    expect(element.expiresDays, 'clamped').to.equal(395);
    expect(warnings.messages).to.deep.equal([
      '<cookie-consent>: position="sideways" is not valid; using "bottom".',
      '<cookie-consent>: expires-days="9999" is not valid; using "395".',
    ]);
    element.setAttribute('position', 'center');
    await element.updateComplete;
    expect(element.position).to.equal('center');
    element.removeAttribute('position');
    await element.updateComplete;
    expect(element.position).to.equal('bottom');
  });

  it('takes what a developer assigns: numbers, arrays, and the saved choice follows', async () => {
    const element = await mount();
    const writes = watchCookieWrites();
    try {
      element.revision = 3 as unknown as string;
      element.expiresDays = 30;
      element.categories = ['analytics'];
      await element.updateComplete;
      expect([element.revision, element.expiresDays, element.categories]).to.deep.equal(['3', 30, ['analytics']]);
      element.acceptAll();
      expect(storedRecord()).to.include({ rev: '3' });
      expect(storedRecord()!.granted).to.deep.equal(['analytics']);
      const expires = Date.parse(cookieAttributes(consentWrites(writes.writes)[0]).expires);
      expect(expires).to.be.closeTo(Date.now() + 30 * DAY, 5000);
    } finally {
      writes.stop();
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('a value it cannot use (a symbol, an object, a bad word) warns and keeps the value in use, and throws nothing', async () => {
    const element = await mount('position="top"');
    for (const value of [Symbol('x'), { toString: 0 }, 'sideways', 42]) {
      (element as unknown as { position: unknown }).position = value;
    }
    element.categories = [1, 2] as unknown as string[];
    element.revision = '' ;
    await element.updateComplete;
    expect(element.position).to.equal('top');
    expect(element.categories).to.deep.equal(['analytics', 'content']);
    expect(element.revision).to.equal('1');
    expect(warnings.messages).to.have.length(6);
    expect(warnings.messages[0]).to.equal('<cookie-consent>: position="Symbol(x)" is not valid; using "top".');
  });
});
