// The tests of the strict-CSP pages (csp-*.test.html): the same checks under each policy.
import { expect, oneEvent } from '@open-wc/testing';
import { bannerButton, nextFrames, windowLoaded } from './page.js';

declare global {
  interface Window {
    /** `securitypolicyviolation` events seen since the page started. */
    violations: string[];
  }
}

export function cspSuite(cookieName: string, nonce: string): void {
  const element = document.querySelector('cookie-consent')!;
  after(() => {
    document.cookie = `${cookieName}=; Path=/; Max-Age=0`;
  });

  it('hides the nonce attributes (the policy came in a header too), so the gate must read the property', () => {
    const gated = document.querySelector<HTMLScriptElement>('script[type="text/plain"]')!;
    expect(gated.getAttribute('nonce')).to.equal('');
    expect(gated.nonce).to.equal(nonce);
  });

  it('shows placeholders styled from their shadow root', async () => {
    await nextFrames();
    const box = document.querySelector('consent-placeholder')!;
    const group = box.shadowRoot!.querySelector('[part~="placeholder"]')!;
    expect(getComputedStyle(group).display).to.equal('flex');
    expect(box.getBoundingClientRect().height).to.equal(document.querySelector('iframe')!.getBoundingClientRect().height);
  });

  it('the banner works, activated scripts run, and nothing violates the policy', async () => {
    await windowLoaded();
    const moduleRan = oneEvent(window, 'module-ran');
    bannerButton(element, 'accept-all').click();
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="banner"]') === null, 'banner closed').to.equal(true);
    const external = document.querySelector<HTMLScriptElement>('script[src$="/analytics.js"]')!;
    expect(external.nonce).to.equal(nonce);
    await oneEvent(external, 'load');
    await moduleRan;
    expect(window.ran).to.deep.equal(['inline', 'module']);
    expect(window.trackerRuns).to.deep.equal(['analytics.js']);
    expect(document.querySelector('iframe')!.getAttribute('src')).to.match(/video\.html$/);
    await nextFrames();
    expect(window.violations).to.deep.equal([]);
  });
}
