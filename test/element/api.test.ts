import { expect } from '@open-wc/testing';
import { banner, clearCookies, control, dialog, rawCookie, storeRecord, storedRecord, validRecord } from '../helpers.js';
import { consentWrites, cookieAttributes, start, watchCookieWrites, watchWarnings } from './support.js';

afterEach(clearCookies);

const shown = (element: Parameters<typeof banner>[0]) => ({
  banner: banner(element) !== null,
  preferences: dialog(element)?.open ?? false,
});

describe('JavaScript API', () => {
  it('acceptAll() and rejectAll() save like the buttons, with one consent-change each', async () => {
    const { element, of } = await start('<cookie-consent categories="analytics content marketing"></cookie-consent>');
    element.acceptAll();
    expect(storedRecord()).to.deep.include({ action: 'accept-all', granted: ['analytics', 'content', 'marketing'], denied: [] });
    expect(element.isGranted('marketing')).to.equal(true);
    element.rejectAll();
    expect(storedRecord()).to.deep.include({ action: 'reject-all', granted: [], denied: ['analytics', 'content', 'marketing'] });
    expect(element.isGranted('marketing')).to.equal(false);
    expect(element.isGranted('necessary')).to.equal(true);
    const changes = of('consent-change').map((event) => event.detail);
    expect(changes.map((detail) => [detail.action, detail.changed])).to.deep.equal([
      ['accept-all', ['analytics', 'content', 'marketing']],
      ['reject-all', ['analytics', 'content', 'marketing']],
    ]);
    expect(changes[1].previous).to.deep.equal(changes[0].consent);
    await element.updateComplete;
    expect(shown(element)).to.deep.equal({ banner: false, preferences: false });
  });

  it('accept(names) grants exactly those offered, the rest denied, action api', async () => {
    const { element, of } = await start('<cookie-consent categories="analytics content marketing"></cookie-consent>');
    element.accept(['marketing', 'not-offered', 'necessary']);
    expect(storedRecord()).to.deep.include({ action: 'api', granted: ['marketing'], denied: ['analytics', 'content'] });
    expect(element.consent).to.deep.equal(storedRecord());
    expect(of('consent-change')[0].detail).to.deep.include({ action: 'api', changed: ['marketing'] });
    expect(element.isGranted('not-offered')).to.equal(false);
  });

  it('the record carries the language of the UI', async () => {
    const { element } = await start('<cookie-consent lang="fr-BE"></cookie-consent>');
    element.rejectAll();
    expect(storedRecord()!.lang).to.equal('fr');
  });

  it('consent is the stored record and cannot be assigned', async () => {
    storeRecord(validRecord());
    const { element } = await start();
    expect(element.consent).to.deep.equal(validRecord({ ts: element.consent!.ts }));
    expect(() => ((element as { consent: unknown }).consent = null)).to.throw(TypeError);
    expect(element.consent).not.to.equal(null);
  });

  it('showBanner() reopens the first layer over a stored choice; hide() closes it saving nothing', async () => {
    storeRecord(validRecord());
    const before = rawCookie();
    const { element, of } = await start();
    element.showBanner();
    await element.updateComplete;
    expect(shown(element)).to.deep.equal({ banner: true, preferences: false });
    element.hide();
    await element.updateComplete;
    expect(shown(element)).to.deep.equal({ banner: false, preferences: false });
    expect(rawCookie()).to.equal(before);
    expect(of('consent-change')).to.deep.equal([]);
    expect(element.consent).not.to.equal(null);
  });

  it('showPreferences() and hide() open and close the dialog without saving', async () => {
    const { element, of } = await start();
    element.showPreferences();
    await element.updateComplete;
    expect(shown(element)).to.deep.equal({ banner: true, preferences: true });
    element.hide();
    await element.updateComplete;
    expect(shown(element)).to.deep.equal({ banner: false, preferences: false });
    expect(rawCookie()).to.equal(undefined);
    expect(of('consent-change')).to.deep.equal([]);
    // Nothing was granted by closing (R2).
    expect(element.isGranted('analytics')).to.equal(false);
  });

  it('reset() forgets the choice, deletes the cookie and shows the banner', async () => {
    storeRecord(validRecord());
    const { element } = await start();
    element.reset();
    await element.updateComplete;
    expect(rawCookie()).to.equal(undefined);
    expect(element.consent).to.equal(null);
    expect(element.isGranted('analytics')).to.equal(false);
    expect(shown(element)).to.deep.equal({ banner: true, preferences: false });
  });
});

describe('cookie-domain', () => {
  it('writes the cookie for that domain, and reset() deletes it there', async () => {
    const cookieWrites = watchCookieWrites();
    const warnings = watchWarnings();
    const { element } = await start(`<cookie-consent cookie-domain="${location.hostname}"></cookie-consent>`);
    try {
      element.acceptAll();
      expect(cookieAttributes(consentWrites(cookieWrites.writes)[0]).domain).to.equal(location.hostname);
      expect(element.consent).to.include({ action: 'accept-all' });
      // Stored, or (WebKit refuses `Domain=localhost`) refused with a warning, the choice held in memory.
      if (rawCookie() === undefined) expect(warnings.messages.join()).to.contain('refused');
      else expect(storedRecord()).to.include({ action: 'accept-all' });
    } finally {
      element.reset();
      cookieWrites.stop();
      warnings.stop();
    }
    expect(rawCookie()).to.equal(undefined);
    expect(element.consent).to.equal(null);
  });
});

describe('consent-show and consent-hide', () => {
  it('follow each layer opening and closing, once each, bubbling and composed', async () => {
    const { element, events } = await start();
    control(element, 'customize').click();
    await element.updateComplete;
    control(element, 'close').click();
    await element.updateComplete;
    element.showPreferences();
    await element.updateComplete;
    control(element, 'save').click();
    await element.updateComplete;
    element.showBanner();
    element.showBanner();
    element.hide();
    await element.updateComplete;
    const views = events.filter((event) => event.type !== 'consent-ready').map((event) => `${event.type}:${event.detail.view ?? event.detail.action}`);
    expect(views).to.deep.equal([
      'consent-show:banner',
      'consent-show:preferences',
      'consent-hide:preferences',
      'consent-show:preferences',
      'consent-hide:preferences',
      'consent-hide:banner',
      'consent-change:custom',
      'consent-show:banner',
      'consent-hide:banner',
    ]);
    for (const event of events) expect([event.type, event.bubbles, event.composed]).to.deep.equal([event.type, true, true]);
  });

  it('consent-ready fires once, even when the element is moved', async () => {
    const { element, of } = await start();
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    await element.updateComplete;
    expect(of('consent-ready')).to.have.length(1);
    expect(of('consent-show')).to.have.length(1);
  });
});
