// Hostile input, races and odd pages (issue 16): each finding as a test of what a visitor would notice.
import { expect, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import '../../src/index.js';
import { banner, clearCookies, mount, validRecord } from '../helpers.js';
import { watchWarnings } from '../element/support.js';

type Page = Window & { ran?: string[] };
const page = window as Page & { dataLayer?: unknown; uetq?: unknown };

/** Adds a gated analytics script to the page; resolves after the gate had its chance (a control script ran). */
async function addGatedScript(label: string): Promise<void> {
  page.ran ??= [];
  const gated = Object.assign(document.createElement('script'), { type: 'text/plain', text: `window.ran.push('${label}')` });
  gated.dataset.category = 'analytics';
  const control = Object.assign(document.createElement('script'), { text: `window.ran.push('control-${label}')` });
  document.body.append(gated, control);
  await waitUntil(() => page.ran!.includes(`control-${label}`));
  await nextFrame();
}

let uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
beforeEach(() => {
  uncaught = [];
  page.ran = [];
  addEventListener('error', onError);
});
afterEach(() => {
  removeEventListener('error', onError);
  for (const element of document.querySelectorAll('cookie-consent, iframe, script[data-category]')) element.remove();
  clearCookies();
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
});

describe('a re-attached element reads the choice in force, never its memory (R5)', () => {
  it('A accepts all, B takes over and rejects all, A comes back: A says reject-all and a new gated tag stays inert', async () => {
    const a = await mount('cookie-name="reattach"');
    a.acceptAll();
    a.remove();
    const b = await mount('cookie-name="reattach"');
    b.rejectAll();
    b.remove();
    document.body.append(a);
    await a.updateComplete;
    expect(a.consent?.action).to.equal('reject-all');
    await addGatedScript('after-reattach');
    expect(page.ran).to.deep.equal(['control-after-reattach']);
  });

  it('one element, detached while another tab rejects all (the cookie changed), re-attached: reject-all', async () => {
    const a = await mount('cookie-name="reattach"');
    a.acceptAll();
    a.remove();
    // The other tab's newer choice, as it stores it (this element's channel was closed meanwhile).
    consentFixture.store('reattach', { granted: [], denied: ['analytics', 'content'], action: 'reject-all', ts: new Date(Date.now() + 5).toISOString() });
    await new Promise((resolve) => setTimeout(resolve, 10));
    document.body.append(a);
    await a.updateComplete;
    expect(a.consent?.action).to.equal('reject-all');
    expect(a.isGranted('analytics')).to.equal(false);
    await addGatedScript('other-tab');
    expect(page.ran).to.deep.equal(['control-other-tab']);
  });
});

describe('two tabs choosing at the same moment end with the same choice', () => {
  async function openTab(): Promise<{ tab: Window & typeof globalThis; element: CookieConsent }> {
    const frame = document.createElement('iframe');
    frame.src = '/test/integrations/fixtures/tab.html';
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    const tab = frame.contentWindow as Window & typeof globalThis;
    await tab.customElements.whenDefined('cookie-consent');
    const element = tab.document.querySelector('cookie-consent')!;
    await element.updateComplete;
    return { tab, element };
  }
  const stored = () => JSON.parse(decodeURIComponent(document.cookie.split('; ').find((pair) => pair.startsWith('tabs_test='))!.split('=')[1]));

  for (const [name, sameMillisecond] of [['in the same millisecond', true], ['a millisecond apart, the reject later', false]] as const) {
    it(`Accept all in A, Reject all in B, ${name}: both tabs and the cookie say reject-all`, async () => {
      const a = await openTab();
      const b = await openTab();
      // Each tab's clock pinned while it saves (then given back, so that each still validates the other's).
      const now = Date.now();
      const clocks = [a.tab.Date.now, b.tab.Date.now];
      a.tab.Date.now = () => (sameMillisecond ? now : now - 1);
      b.tab.Date.now = () => now;
      a.element.acceptAll();
      b.element.rejectAll();
      [a.tab.Date.now, b.tab.Date.now] = clocks;
      await waitUntil(() => a.element.consent?.action === 'reject-all' && b.element.consent?.action === 'reject-all', 'both end reject-all', { timeout: 3000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(a.element.consent).to.deep.equal(b.element.consent);
      expect(stored().action, 'the cookie').to.equal('reject-all');
      const gated = b.tab.document.createElement('script');
      gated.type = 'text/plain';
      gated.dataset.category = 'analytics';
      gated.text = 'window.lateRan = true';
      b.tab.document.body.append(gated);
      await nextFrame();
      expect((b.tab as Window & { lateRan?: boolean }).lateRan, 'a gated tag added in B').to.equal(undefined);
    });
  }

  it('a hostile record on the other-tab channel (ts objects): ignored with a warning, no exception', async () => {
    const element = await mount('cookie-name="tabs_hostile"');
    const warnings = watchWarnings();
    const channel = new BroadcastChannel('cookie-consent:tabs_hostile');
    try {
      for (const ts of [{ toString: 0 }, [{ toString: null }]]) channel.postMessage({ ...validRecord(), ts });
      await waitUntil(() => warnings.messages.filter((message) => message.includes('another tab is void')).length === 2);
    } finally {
      channel.close();
      warnings.stop();
    }
    expect(element.consent).to.equal(null);
    expect(banner(element), 'the banner still asks').to.exist;
  });
});

describe('odd globals of the page get a warning and no integration, never a broken banner', () => {
  afterEach(() => {
    delete page.dataLayer;
    delete page.uetq;
  });

  it('window.dataLayer = {} with consent-mode="google"; window.uetq = "x" with microsoft', async () => {
    page.dataLayer = {};
    page.uetq = 'x';
    const warnings = watchWarnings();
    const element = await mount('cookie-name="odd_queue" consent-mode="google microsoft"').finally(warnings.stop);
    expect(banner(element), 'banner').to.exist;
    expect(warnings.messages.filter((message) => message.includes('is not a queue'))).to.have.length(2);
    element.acceptAll();
    expect(element.consent?.action).to.equal('accept-all');
    expect(page.dataLayer).to.deep.equal({});
    expect(page.uetq).to.equal('x');
  });

  it('the classic script with data-consent-mode on such a page defines the element and shows the banner; data-onclick is not taken', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/robustness/fixtures/odd-globals.html';
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { errors: string[]; warnings: string[]; clicked?: boolean };
    expect(win.customElements.get('cookie-consent'), 'defined').to.exist;
    const element = win.document.querySelector('cookie-consent')!;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="banner"]'), 'banner').to.exist;
    expect(win.errors).to.deep.equal([]);
    expect(win.warnings.filter((message) => message.includes('is not a queue'))).to.have.length(2);
    expect(element.getAttribute('cookie-name')).to.equal('odd_globals');
    expect(element.hasAttribute('onclick'), 'data-onclick is no attribute of the element').to.equal(false);
    element.click();
    expect(win.clicked).to.equal(undefined);
    frame.contentDocument!.cookie = 'odd_globals=; Path=/; Max-Age=0';
  });
});

describe('texts of the page reach no Object.prototype key', () => {
  it('{constructor} in a <consent-texts> value stays as written', async () => {
    const element = await mount(
      'cookie-name="texts_proto"><consent-texts placeholder-text="Loading {constructor} from {provider}" title="{toString} {constructor}"></consent-texts',
    );
    await element.updateComplete;
    expect(banner(element)!.querySelector('h2')!.textContent).to.equal('{toString} {constructor}');
    const frame = Object.assign(document.createElement('iframe'), { title: 'Video', width: 300, height: 150 });
    frame.dataset.category = 'content';
    frame.dataset.src = '/__tracker/proto/video.html';
    document.body.append(frame);
    await waitUntil(() => frame.previousElementSibling?.localName === 'consent-placeholder');
    const text = frame.previousElementSibling!.shadowRoot!.textContent!;
    expect(text).to.include('Loading {constructor} from');
    expect(text).not.to.include('function');
    frame.previousElementSibling!.remove();
  });
});
