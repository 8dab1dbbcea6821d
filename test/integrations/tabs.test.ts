import { expect, oneEvent } from '@open-wc/testing';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { TabSyncController } from '../../src/integrations/tabs.js';
import { clearCookies, validRecord } from '../helpers.js';

type Tab = Window & { analyticsRan?: number };

/** Opens a page of the site in a frame and waits for its element's first render. */
async function openTab(): Promise<{ tab: Tab; element: CookieConsent }> {
  const frame = document.createElement('iframe');
  frame.src = '/test/integrations/fixtures/tab.html';
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const tab = frame.contentWindow as Tab;
  await tab.customElements.whenDefined('cookie-consent');
  const element = tab.document.querySelector('cookie-consent')!;
  await element.updateComplete;
  return { tab, element };
}

describe('other tabs', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    clearCookies();
  });

  it('Accept all in one tab: the other runs its gated script, closes its banner, fires consent-change with the same record', async () => {
    const one = await openTab();
    const other = await openTab();
    const banner = (element: CookieConsent) => element.shadowRoot!.querySelector('[part~="banner"]');
    expect(banner(other.element)).to.exist;
    expect(other.tab.analyticsRan).to.equal(undefined);

    const changed = oneEvent(other.element, 'consent-change');
    banner(one.element)!.querySelector<HTMLElement>('[data-action="accept-all"]')!.click();
    const { detail } = await changed;

    const record = one.element.consent!;
    expect(detail).to.deep.equal({ consent: record, previous: null, changed: ['analytics', 'marketing'], action: 'accept-all' });
    expect(other.element.consent).to.deep.equal(record);
    expect(other.element.isGranted('analytics')).to.equal(true);
    expect(other.tab.analyticsRan).to.equal(1);
    expect(one.tab.analyticsRan).to.equal(1);
    await other.element.updateComplete;
    expect(banner(other.element)).to.equal(null);
  });

  it('a withdrawal travels too', async () => {
    const one = await openTab();
    const other = await openTab();
    one.element.acceptAll();
    await oneEvent(other.element, 'consent-change');
    const withdrawn = oneEvent(other.element, 'consent-change');
    one.element.accept(['marketing']);
    const { detail } = await withdrawn;
    expect(detail.changed).to.deep.equal(['analytics']);
    expect(other.element.isGranted('analytics')).to.equal(false);
  });

  it('a received choice is not posted again; only saved ones are', async () => {
    const listener = new BroadcastChannel('cookie-consent:tabs_unit');
    const controller = new TabSyncController(() => 'tabs_unit', () => {});
    controller.hostConnected();
    try {
      const first = new Promise<MessageEvent>((resolve) => listener.addEventListener('message', resolve, { once: true }));
      const received = validRecord({ action: 'accept-all' });
      const saved = validRecord({ action: 'reject-all' });
      controller.consentApplied(received, null, 'sync');
      controller.consentApplied(null, received, 'reset');
      controller.consentApplied(saved, null, 'save');
      // Messages from one sender arrive in order: the first one is the saved choice.
      expect((await first).data).to.deep.equal(saved);
    } finally {
      controller.hostDisconnected();
      listener.close();
    }
  });

  it('a choice that is not valid here (another revision) is ignored', async () => {
    const { element } = await openTab();
    const sender = new BroadcastChannel('cookie-consent:tabs_test');
    const changes: unknown[] = [];
    element.addEventListener('consent-change', (event) => changes.push(event));
    // Posted after the invalid one, the valid one arrives after it: when it lands, the first was handled.
    const valid = oneEvent(element, 'consent-change');
    sender.postMessage(validRecord({ rev: '2', granted: ['analytics', 'marketing'], denied: [] }));
    sender.postMessage(validRecord({ granted: ['marketing'], denied: ['analytics'] }));
    await valid;
    sender.close();
    expect(changes).to.have.length(1);
    expect(element.consent!.granted).to.deep.equal(['marketing']);
  });
});
