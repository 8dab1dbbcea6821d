import { fixture, html } from '@open-wc/testing';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import '../../src/index.js';
import '../helpers.js';

export { fetchedFromTracker, nextFrames, trackerHits } from './page.js';

/** The consent cookie of the gate tests: other test files running at the same time use theirs. */
export const COOKIE = 'gate_test_consent';

/**
 * The gated `markup` in the page, then a started `<cookie-consent>` after it (as on a real page, where
 * the element comes first but the gate must catch what is parsed later, both orders are tested).
 */
export async function gatedPage(markup: string, attributes = ''): Promise<CookieConsent> {
  window.ran = [];
  window.trackerRuns = [];
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.innerHTML = `${markup}<cookie-consent cookie-name="${COOKIE}" ${attributes}></cookie-consent>`;
  const element = container.querySelector('cookie-consent')!;
  await element.updateComplete;
  return element;
}

/** Stores a choice for the gate tests' cookie before the element starts. */
export const storeChoice = (granted: string[], denied: string[]): void => consentFixture.store(COOKIE, { granted, denied });

export function clearChoice(): void {
  document.cookie = `${COOKIE}=; Path=/; Max-Age=0`;
}

/** The placeholder shown for `target`, and its parts. */
export function placeholderOf(target: Element) {
  const box = target.previousElementSibling;
  if (box?.localName !== 'consent-placeholder') return undefined;
  const root = box.shadowRoot!;
  return {
    box: box as HTMLElement,
    group: root.querySelector<HTMLElement>('[part~="placeholder"]')!,
    load: root.querySelector<HTMLButtonElement>('[data-action="load"]')!,
    allow: root.querySelector<HTMLButtonElement>('[data-action="allow"]')!,
  };
}

