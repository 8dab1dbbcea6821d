// Trusted Types (`require-trusted-types-for 'script'`): gated scripts run through the policy named
// `cookie-consent` when the page allows it; when it does not, a warning names the policy, and the choice
// is still saved and announced (the banner closes, consent-change fires).
import { expect, oneEvent } from '@open-wc/testing';
import { bannerButton, fetchedFromTracker, trackerHits, windowLoaded } from './page.js';

declare global {
  interface Window {
    warnings: string[];
  }
}

export function trustedTypesSuite(cookieName: string, variant: 'allowed' | 'refused'): void {
  const element = document.querySelector('cookie-consent')! as HTMLElement & { updateComplete: Promise<unknown> };
  after(() => {
    document.cookie = `${cookieName}=; Path=/; Max-Age=0`;
  });

  before(function () {
    // An engine without Trusted Types enforces nothing here.
    if (!('trustedTypes' in window)) this.skip();
  });

  it('the page really enforces Trusted Types: a plain string into a script sink throws', () => {
    expect(() => {
      document.createElement('script').text = 'void 0';
    }).to.throw(TypeError);
  });

  it('the banner renders (Lit\'s own policy) and nothing gated ran before a choice', async () => {
    await windowLoaded();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="banner"]')).to.not.equal(null);
    expect(window.ran).to.deep.equal([]);
    expect(await trackerHits(`tt-${variant}`)).to.equal(0);
  });

  it(variant === 'allowed' ? 'Accept all runs both gated scripts through the cookie-consent policy' : 'Accept all: the choice holds and is announced; the scripts cannot run and a warning names the policy', async () => {
    const changed = oneEvent(element, 'consent-change');
    bannerButton(element, 'accept-all').click();
    await changed;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="banner"]'), 'banner closed').to.equal(null);
    if (variant === 'allowed') {
      const external = document.querySelector<HTMLScriptElement>('script[src$="/analytics.js"]')!;
      if (!window.trackerRuns?.length) await oneEvent(external, 'load');
      expect(window.ran).to.deep.equal(['inline']);
      expect(fetchedFromTracker(`tt-${variant}`)).to.have.length(1);
      expect(window.warnings.filter((message) => message.includes('Trusted Types'))).to.deep.equal([]);
    } else {
      expect(window.ran).to.deep.equal([]);
      expect(await trackerHits(`tt-${variant}`)).to.equal(0);
      expect(window.warnings.filter((message) => message.includes('allow the policy "cookie-consent"'))).to.have.length(2);
    }
  });
}
