import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { banner, chooseAndBroadcast, clearCookies, control, dialog, rawCookie, storeRecord, storedRecord, validRecord } from '../helpers.js';
import { DAY, consentWrites, cookieAttributes, start, watchCookieWrites, watchWarnings } from './support.js';

let warnings: ReturnType<typeof watchWarnings>;
beforeEach(() => (warnings = watchWarnings()));
afterEach(() => {
  warnings.stop();
  clearCookies();
});
const warned = (fragment: string) => warnings.messages.filter((message) => message.includes(fragment));

describe('a second <cookie-consent>', () => {
  it('stays inert with a console warning; the first one works', async () => {
    const { element: first, of } = await start('<cookie-consent></cookie-consent><cookie-consent id="second"></cookie-consent>');
    const second = document.querySelector<HTMLElementTagNameMap['cookie-consent']>('#second')!;
    await second.updateComplete;
    expect(warned('only one')).to.have.length(1);
    expect(second.shadowRoot!.querySelector('[part], button, dialog')).to.equal(null);
    second.acceptAll();
    second.showPreferences();
    second.showBanner();
    second.reset();
    await second.updateComplete;
    expect(rawCookie()).to.equal(undefined);
    expect(second.shadowRoot!.querySelector('[part], button, dialog')).to.equal(null);
    expect(of('consent-ready'), 'one consent-ready for the page').to.have.length(1);
    control(first, 'accept-all').click();
    expect(storedRecord()).to.include({ action: 'accept-all' });
  });
});

describe('a <cookie-consent> added later (a single-page app)', () => {
  it('stays inert with a warning while the first one is on the page', async () => {
    const { element: first } = await start();
    const late = document.createElement('cookie-consent');
    document.body.append(late);
    try {
      await late.updateComplete;
      expect(warned('only one')).to.have.length(1);
      expect(late.shadowRoot!.querySelector('[part~="banner"]') === null, 'no second banner').to.equal(true);
      expect(banner(first) !== null, 'the first still shows its banner').to.equal(true);
    } finally {
      late.remove();
    }
  });
});

describe('the privacy link', () => {
  for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
    it(`is not rendered for ${JSON.stringify(url)}, in either layer`, async () => {
      const { element } = await start('<cookie-consent></cookie-consent>');
      element.setAttribute('privacy-url', url);
      await element.updateComplete;
      element.showPreferences();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      expect(warned('privacy-url')).to.have.length(1);
    });
  }

  it('is rendered in both layers for https and relative URLs', async () => {
    for (const url of ['https://example.com/privacy', '/privacy']) {
      const { element } = await start(`<cookie-consent privacy-url="${url}"></cookie-consent>`);
      element.showPreferences();
      await element.updateComplete;
      const links = [...element.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(links).to.deep.equal([url, url]);
      element.remove();
    }
    expect(warnings.messages).to.deep.equal([]);
  });
});

describe('bad attribute values warn and fall back', () => {
  let cookieWrites: ReturnType<typeof watchCookieWrites>;
  beforeEach(() => (cookieWrites = watchCookieWrites()));
  afterEach(() => cookieWrites.stop());

  it('expires-days="abc": 182 days', async () => {
    const { element } = await start('<cookie-consent expires-days="abc"></cookie-consent>');
    control(element, 'reject-all').click();
    expect(warned('expires-days')).to.have.length(1);
    const expires = Date.parse(cookieAttributes(consentWrites(cookieWrites.writes)[0]).expires);
    expect(expires).to.be.closeTo(Date.now() + 182 * DAY, 5000);
  });

  it('expires-days out of range is clamped to 1..395', async () => {
    for (const [value, days] of [['0', 1], ['10000', 395], ['-5', 1]] as const) {
      const { element } = await start(`<cookie-consent expires-days="${value}"></cookie-consent>`);
      await chooseAndBroadcast(element, 'reject-all');
      const writes = consentWrites(cookieWrites.writes);
      expect(Date.parse(cookieAttributes(writes[writes.length - 1]).expires), value).to.be.closeTo(Date.now() + days * DAY, 5000);
      element.remove();
      clearCookies();
    }
    expect(warned('expires-days')).to.have.length(3);
  });

  it('position="sideways": the bar at the bottom', async () => {
    const box = async (position: string) => {
      const { element } = await start(`<cookie-consent position="${position}"></cookie-consent>`);
      const { top, bottom, left, right } = banner(element)!.getBoundingClientRect();
      element.remove();
      return { top, bottom, left, right };
    };
    const sideways = await box('sideways');
    expect(warned('position')).to.have.length(1);
    expect(sideways).to.deep.equal(await box('bottom'));
    expect(sideways.bottom).to.be.greaterThan(innerHeight / 2);
  });

  it('cookie-name="a b": the cookie is cookie_consent', async () => {
    const { element } = await start('<cookie-consent cookie-name="a b"></cookie-consent>');
    control(element, 'accept-all').click();
    expect(warned('cookie-name')).to.have.length(1);
    expect(storedRecord()).to.include({ action: 'accept-all' });
  });

  it('theme="neon", a bad category name and a foreign cookie-domain: defaults, one warning each', async () => {
    const { element } = await start(
      '<cookie-consent theme="neon" categories="analytics <b>x</b> content" cookie-domain=".example.org"></cookie-consent>',
    );
    expect(warned('theme')).to.have.length(1);
    expect(warned('categories=')).to.have.length(1);
    expect(warned('cookie-domain')).to.have.length(1);
    control(element, 'accept-all').click();
    expect(storedRecord()!.granted).to.deep.equal(['analytics', 'content']);
    expect(cookieAttributes(consentWrites(cookieWrites.writes)[0]).domain).to.equal(undefined);
  });

  it('warns once per bad value, not on every render', async () => {
    const { element } = await start('<cookie-consent expires-days="abc" position="sideways"></cookie-consent>');
    element.showPreferences();
    await element.updateComplete;
    element.hide();
    await element.updateComplete;
    expect(warnings.messages).to.have.length(2);
  });
});

describe('cookies disabled', () => {
  let restore: () => void;
  beforeEach(() => {
    // The browser drops every cookie write: document.cookie reads as empty.
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} });
    restore = () => delete (document as { cookie?: string }).cookie;
  });
  afterEach(() => restore());

  it('the choice holds for the page, with a warning and no exception', async () => {
    const { element, of } = await start('<cookie-consent cookie-name="blocked_consent"></cookie-consent>');
    control(element, 'customize').click();
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLInputElement>('[data-category="content"]')!.click();
    control(element, 'save').click();
    await element.updateComplete;
    expect(warned('refused')).to.have.length(1);
    expect(banner(element)).to.equal(null);
    expect(dialog(element)?.open ?? false).to.equal(false);
    expect(element.isGranted('content')).to.equal(true);
    expect(of('consent-change')).to.have.length(1);
    // Another element on this page (e.g. after client-side navigation) knows the choice.
    element.remove();
    const { element: again } = await start('<cookie-consent cookie-name="blocked_consent"></cookie-consent>');
    expect(banner(again)).to.equal(null);
    expect(again.consent).to.include({ action: 'custom' });
    again.reset();
    await again.updateComplete;
    expect(banner(again)).to.exist;
    expect(again.consent).to.equal(null);
  });
});

describe('data-consent-open', () => {
  it('on an element added after load opens the preferences, also from a click on its child', async () => {
    storeRecord(validRecord());
    const page = await fixture<HTMLElement>(html`<footer></footer>`);
    const { element, of } = await start();
    expect(control(element, 'open')).to.exist;
    page.innerHTML = '<button type="button" data-consent-open><span>Cookie settings</span></button>';
    // The page is watched with a MutationObserver: its callback, then a render.
    await waitUntil(() => !element.shadowRoot!.querySelector('[data-action="open"]'), 'no floating button while the page has a link');
    page.querySelector('span')!.click();
    await element.updateComplete;
    expect(dialog(element)!.open).to.equal(true);
    expect(of('consent-show').map((event) => event.detail)).to.deep.equal([{ view: 'preferences' }]);
    page.innerHTML = '';
    element.hide();
    await waitUntil(() => element.shadowRoot!.querySelector('[data-action="open"]'), 'the floating button is back');
  });

  it('set as an attribute on an existing element later', async () => {
    const page = await fixture<HTMLElement>(html`<p><a href="#x">Privacy settings</a></p>`);
    const { element } = await start();
    page.querySelector('a')!.setAttribute('data-consent-open', '');
    page.querySelector('a')!.click();
    await element.updateComplete;
    expect(dialog(element)!.open).to.equal(true);
    expect(location.hash).not.to.equal('#x');
  });
});

describe('configured text', () => {
  it('is shown as text, never as HTML', async () => {
    const payload = '<img src="x" onerror="window.__pwned = 1">';
    const { element } = await start(`<cookie-consent categories="analytics">
      <consent-texts accept-all='${payload}' title="<b>Bold</b>"></consent-texts>
      <consent-category name="analytics" label='${payload}'>
        <consent-cookie name="<i>_ga</i>" provider='${payload}' duration="<u>2y</u>"></consent-cookie>
      </consent-category>
    </cookie-consent>`);
    element.showPreferences();
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('img, b, i, u').length).to.equal(0);
    expect(control(element, 'accept-all').textContent!.trim()).to.equal(payload);
    expect(root.querySelector('label[for="category-analytics"]')!.textContent).to.contain(payload);
    expect(root.querySelector('table')!.textContent).to.contain('<i>_ga</i>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
