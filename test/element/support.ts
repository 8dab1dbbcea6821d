/** Helpers for the element tests: event logs, cookie writes as the browser is asked them, focus. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import type { ConsentRecord } from '../../src/consent/record.js';
import '../../src/index.js';
import { pressWithShift } from '../browsers/engine.js';

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const DAY = 864e5;
const EVENTS = ['consent-ready', 'consent-change', 'consent-show', 'consent-hide'] as const;

export interface Started {
  element: CookieConsent;
  /** Every consent event the element fired, from its very start, in order. */
  events: CustomEvent[];
  /** The events of one type. */
  of(type: (typeof EVENTS)[number]): CustomEvent[];
}

/**
 * A `<cookie-consent>` whose events are logged from the start (consent-ready and the first
 * consent-show fire while it connects), first render done, consent-ready fired.
 */
export async function start(markup = '<cookie-consent></cookie-consent>'): Promise<Started> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const events: CustomEvent[] = [];
  for (const type of EVENTS) container.addEventListener(type, (event) => events.push(event as CustomEvent));
  container.innerHTML = markup;
  const element = container.querySelector('cookie-consent')!;
  // consent-ready is queued while the element connects, so it has fired once the first render is done.
  await element.updateComplete;
  return { element, events, of: (type) => events.filter((event) => event.type === type) };
}

/** Every string the page assigns to `document.cookie` until `stop()`; writes still happen. */
export function watchCookieWrites(): { writes: string[]; stop(): void } {
  const native = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  const writes: string[] = [];
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => native.get!.call(document),
    set: (value: string) => {
      writes.push(value);
      native.set!.call(document, value);
    },
  });
  return { writes, stop: () => delete (document as { cookie?: string }).cookie };
}

/** A `Set-Cookie`-style string's attributes, names lower-cased: `{ path: '/', samesite: 'Lax', ... }`. */
export function cookieAttributes(write: string): Record<string, string> {
  const [, ...parts] = write.split(';');
  return Object.fromEntries(
    parts.map((part) => {
      const [name, ...value] = part.trim().split('=');
      return [name.toLowerCase(), value.join('=')];
    }),
  );
}

/**
 * Checks a stored record field by field against SPEC 6, keys in the documented order, and the
 * attributes the cookie was written with (Path=/, SameSite=Lax, Expires = now + expiresDays).
 */
export function expectSpecCookie(
  record: ConsentRecord,
  write: string,
  expected: Pick<ConsentRecord, 'rev' | 'granted' | 'denied' | 'action'> & { before: number; expiresDays?: number },
): void {
  expect(Object.keys(record)).to.deep.equal(['v', 'id', 'rev', 'ts', 'granted', 'denied', 'action', 'lang']);
  expect(record.v).to.equal(1);
  expect(record.id).to.match(UUID_V4);
  expect(record.rev).to.equal(expected.rev);
  expect(new Date(record.ts).toISOString()).to.equal(record.ts);
  expect(Date.parse(record.ts)).to.be.within(expected.before, Date.now());
  expect(record.granted).to.deep.equal(expected.granted);
  expect(record.denied).to.deep.equal(expected.denied);
  expect(record.action).to.equal(expected.action);
  expect(record.lang).to.equal('en');
  const attributes = cookieAttributes(write);
  expect(attributes.path).to.equal('/');
  expect(attributes.samesite?.toLowerCase()).to.equal('lax');
  expect('secure' in attributes).to.equal(location.protocol === 'https:');
  const expires = Date.parse(attributes.expires);
  const days = (expected.expiresDays ?? 182) * DAY;
  // Expires is written with one-second precision.
  expect(expires).to.be.within(expected.before + days - 1000, Date.now() + days + 1000);
}

/** The consent-cookie writes among `writes` (deletions, which write an empty value, excluded). */
export const consentWrites = (writes: string[], name = 'cookie_consent') =>
  writes.filter((write) => write.startsWith(`${name}=`) && !/^[^=]*=\s*(;|$)/.test(write));

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presses Tab until `target` has focus, then, if it never got it (browsers differ in wrapping around
 * past the last control), Shift+Tab; fails when neither reaches it within `limit` presses.
 */
export async function tabTo(target: Element, limit = 20): Promise<void> {
  for (const press of ['Tab', 'Shift+Tab']) {
    for (let presses = 0; presses < limit; presses += 1) {
      if (deepActiveElement() === target) return;
      await (press === 'Tab' ? sendKeys({ press }) : pressWithShift('Tab'));
    }
  }
  // Compared as markup: chai's diff of two DOM elements can hang the page.
  expect(describe(deepActiveElement()), 'Tab never reached it').to.equal(describe(target));
}

/** Short markup of an element, for assertion messages. */
export function describe(element: Element | null | undefined): string {
  return element ? element.outerHTML.slice(0, 120) : String(element);
}

/** Collects console warnings until `stop()`. */
export function watchWarnings(): { messages: string[]; stop(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, stop: () => (console.warn = original) };
}

/**
 * web-test-runner sends failed assertions to Node with structuredClone, which throws on DOM elements
 * and leaves the run hanging until its timeout (modernweb-dev/web#2967): after the tests, turn such
 * `actual`/`expected` values into their markup so that the failure is reported.
 */
after(function () {
  const visit = (suite: Mocha.Suite): void => {
    for (const test of suite.tests) {
      const error = (test as Mocha.Test & { err?: { actual?: unknown; expected?: unknown } }).err;
      for (const key of ['actual', 'expected'] as const) {
        if (!error || error[key] === undefined) continue;
        try {
          structuredClone(error[key]);
        } catch {
          error[key] = error[key] instanceof Element ? describe(error[key] as Element) : String(error[key]);
        }
      }
    }
    suite.suites.forEach(visit);
  };
  let root = this.test!.parent!;
  while (root.parent) root = root.parent;
  visit(root);
});
