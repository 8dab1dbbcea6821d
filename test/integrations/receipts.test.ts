import { expect, waitUntil } from '@open-wc/testing';
import type { ConsentRecord } from '../../src/consent/record.js';
import { clearCookies, control, mount, storeRecord, storedRecord, validRecord } from '../helpers.js';

// Endpoints of the test server: test/integrations/endpoints.mjs.
const COOKIE = 'receipts_test';
const pageUrl = location.origin + location.pathname;
/** A fresh endpoint that records what it receives. */
const newEndpoint = () => `/__receipts/${crypto.randomUUID()}`;
const received = async (endpoint: string): Promise<unknown[]> => (await fetch(endpoint)).json();
const receipt = (record: ConsentRecord) => ({ ...record, url: pageUrl });

/** Lets the test see errors that escape to the page (a thrown handler or an unhandled rejection). */
function watchEscapes() {
  const escaped: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => escaped.push('reason' in event ? event.reason : event.error);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onError);
  return { escaped, stop: () => (removeEventListener('error', onError), removeEventListener('unhandledrejection', onError)) };
}

/** Replaces `navigator.sendBeacon` (a browser without it, or one whose beacon queue is full). */
function withoutBeacon(result: undefined | false) {
  Object.defineProperty(navigator, 'sendBeacon', { value: result === undefined ? undefined : () => false, configurable: true });
}

describe('consent receipts (log-endpoint)', () => {
  afterEach(() => {
    delete (navigator as { sendBeacon?: unknown }).sendBeacon;
    clearCookies();
  });

  it('one receipt per saved choice: the record plus the page url without its query', async () => {
    const endpoint = newEndpoint();
    const element = await mount(`cookie-name="${COOKIE}" log-endpoint="${endpoint}"`);
    control(element, 'accept-all').click();
    const first = element.consent!;
    await waitUntil(async () => (await received(endpoint)).length === 1, 'first receipt');
    element.rejectAll();
    const second = element.consent!;
    await waitUntil(async () => (await received(endpoint)).length >= 2, 'second receipt');
    expect(location.search).not.to.equal('');
    expect(await received(endpoint)).to.deep.equal([receipt(first), receipt(second)]);
    expect(second.id).to.equal(first.id);
  });

  it('a restored choice sends nothing', async () => {
    const endpoint = newEndpoint();
    storeRecord(validRecord(), COOKIE);
    const element = await mount(`cookie-name="${COOKIE}" log-endpoint="${endpoint}"`);
    element.rejectAll();
    await waitUntil(async () => (await received(endpoint)).length > 0, 'receipt');
    expect(await received(endpoint)).to.deep.equal([receipt(element.consent!)]);
  });

  it('a choice saved for the GPC signal is a receipt like any other', async () => {
    const endpoint = newEndpoint();
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      const element = await mount(`cookie-name="${COOKIE}" log-endpoint="${endpoint}"`);
      expect(element.consent!.action).to.equal('gpc');
      await waitUntil(async () => (await received(endpoint)).length > 0, 'GPC receipt');
      expect(await received(endpoint)).to.deep.equal([receipt(element.consent!)]);
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  it('without sendBeacon, fetch with keepalive delivers it once', async () => {
    withoutBeacon(undefined);
    const endpoint = newEndpoint();
    const element = await mount(`cookie-name="${COOKIE}" log-endpoint="${endpoint}"`);
    control(element, 'reject-all').click();
    await waitUntil(async () => (await received(endpoint)).length > 0, 'receipt by fetch');
    expect(await received(endpoint)).to.deep.equal([receipt(element.consent!)]);
  });

  // What the site owner is warned about in the console: what the browser lets the page know.
  for (const [what, endpoint, warnsWithBeacon, warnsWithFetch] of [
    ['answering 500', '/__receipts-500', false, true],
    ['not listening', 'http://127.0.0.1:59999/receipts', false, true],
    ['not a URL', 'http://[broken/receipts', true, true],
  ] as const) {
    for (const beacon of [true, false]) {
      it(`an endpoint ${what} (${beacon ? 'sendBeacon' : 'fetch'}): the choice is saved, nothing escapes`, async () => {
        if (!beacon) withoutBeacon(false);
        const fetches: Promise<Response>[] = [];
        const originalFetch = window.fetch;
        window.fetch = (...args) => {
          const response = originalFetch(...args);
          fetches.push(response);
          return response;
        };
        const warnings: unknown[][] = [];
        const originalWarn = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args);
        const { escaped, stop } = watchEscapes();
        try {
          const element = await mount(`cookie-name="${COOKIE}" log-endpoint="${endpoint}"`);
          control(element, 'accept-all').click();
          await element.updateComplete;
          expect(storedRecord(COOKIE)!.action).to.equal('accept-all');
          expect(element.shadowRoot!.querySelector('[part~="banner"]')).to.equal(null);
          // Settled fetches: their failure handler, registered first, has run.
          await Promise.allSettled(fetches);
          expect(escaped).to.deep.equal([]);
          // A receipt that failed, or (not a URL) the attribute itself, is named in the console.
          const warned = warnings.map(String).join().includes('log-endpoint');
          expect(warned).to.equal(beacon ? warnsWithBeacon : warnsWithFetch);
        } finally {
          stop();
          window.fetch = originalFetch;
          console.warn = originalWarn;
        }
      });
    }
  }
});
