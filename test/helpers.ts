import { fixture, html } from '@open-wc/testing';
import type { CookieConsent } from '../src/element/cookie-consent.js';
import type { ConsentRecord } from '../src/consent/record.js';
import '../src/index.js';
import './fixtures/record.js';

declare global {
  /** The shared record fixture (test/fixtures/record.js). */
  var consentFixture: {
    record(overrides?: Partial<ConsentRecord>): ConsentRecord;
    store(name?: string, overrides?: Partial<ConsentRecord>, path?: string): void;
  };
}

/** Removes every cookie this page can see, on the current host. */
export function clearCookies(): void {
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0].trim();
    if (name) document.cookie = `${name}=; Path=/; Max-Age=0`;
  }
}

/** The consent cookie's raw value, or undefined. */
export function rawCookie(name = 'cookie_consent'): string | undefined {
  const pair = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return pair?.slice(name.length + 1);
}

/** The consent cookie parsed as a server would: decodeURIComponent then JSON.parse. */
export function storedRecord(name = 'cookie_consent'): ConsentRecord | undefined {
  const raw = rawCookie(name);
  return raw === undefined ? undefined : JSON.parse(decodeURIComponent(raw));
}

/** Writes a consent cookie as the element would. */
export function storeRecord(record: Partial<ConsentRecord> | string, name = 'cookie_consent'): void {
  const value = typeof record === 'string' ? record : JSON.stringify(record);
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/`;
}

/** A valid record for categories analytics + content under revision 1 (test/fixtures/record.js). */
export const validRecord = (overrides: Partial<ConsentRecord> = {}): ConsentRecord => consentFixture.record(overrides);

/** A `<cookie-consent>` in the page, first render done. */
export async function mount(attributes = ''): Promise<CookieConsent> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.innerHTML = `<cookie-consent ${attributes}></cookie-consent>`;
  const element = container.querySelector('cookie-consent')!;
  await element.updateComplete;
  return element;
}

/** A control of the element's shadow root by its `data-action` hook. */
export function control(element: CookieConsent, action: string): HTMLButtonElement {
  const found = element.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!found) throw new Error(`no [data-action="${action}"] rendered`);
  return found;
}

/**
 * Clicks a choice in `element` and resolves once that choice has been posted to the site's other tabs.
 * A loop that saves a choice and then starts a fresh element on a reset cookie awaits this first:
 * under load, WebKit delivered the post to the next element's channel, opened after it was posted,
 * and that element took the old choice over.
 */
export async function chooseAndBroadcast(element: CookieConsent, action: string): Promise<void> {
  const otherTab = new BroadcastChannel('cookie-consent:cookie_consent');
  const posted = new Promise((resolve) => (otherTab.onmessage = resolve));
  control(element, action).click();
  await posted;
  otherTab.close();
}

export const banner = (element: CookieConsent) => element.shadowRoot!.querySelector<HTMLElement>('[part~="banner"]');
export const dialog = (element: CookieConsent) => element.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part~="dialog"]');
export const switchFor = (element: CookieConsent, name: string) =>
  element.shadowRoot!.querySelector<HTMLInputElement>(`[data-category="${name}"]`)!;
