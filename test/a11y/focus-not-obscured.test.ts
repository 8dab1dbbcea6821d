import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { banner, clearCookies, control } from '../helpers.js';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { has } from '../browsers/engine.js';

/** A long page of 40 paragraphs, each with a link, and the element at its end. */
async function longPage(position: string): Promise<CookieConsent> {
  const page = await fixture<HTMLElement>(html`<main>
    ${Array.from({ length: 40 }, (_, index) => html`<p style="margin: 0 0 60px">Paragraph ${index} <a href="#p${index}">link ${index}</a></p>`)}
    <p id="last">The page's last line.</p>
  </main>`);
  page.insertAdjacentHTML('beforeend', `<cookie-consent position="${position}"></cookie-consent>`);
  const element = page.querySelector('cookie-consent')!;
  await element.updateComplete;
  // The bar's height is measured by a ResizeObserver and applied in the frame after.
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
  return element;
}

const deepActive = (): Element => {
  let active = document.activeElement!;
  while (active.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('focus not obscured by the banner (WCAG 2.4.11)', () => {
  // WebKit's driver cannot resize: there the tests run in its own window size.
  before(async () => {
    if (has('setViewport')) await setViewport({ width: 800, height: 500 });
  });
  afterEach(() => {
    clearCookies();
    window.scrollTo(0, 0);
  });

  for (const position of ['bottom', 'top']) {
    it(`${position} bar: tabbing through 30 links, none ends up under the bar`, async () => {
      const element = await longPage(position);
      const bar = banner(element)!.getBoundingClientRect();
      // A top bar pushes the page down only once focus goes under it: no layout shift when it appears.
      if (position === 'top') expect(document.documentElement.style.paddingTop).to.equal('');
      (document.activeElement as HTMLElement | null)?.blur();
      for (let step = 0; step < 30; step++) {
        await sendKeys({ press: 'Tab' });
        const focused = deepActive();
        expect(focused.textContent).to.equal(`link ${step}`);
        const rect = focused.getBoundingClientRect();
        expect(rect.bottom, `link ${step} is in the viewport`).to.be.at.most(innerHeight);
        expect(rect.top, `link ${step} is in the viewport`).to.be.at.least(0);
        if (position === 'bottom') expect(rect.bottom, `link ${step} above the bar`).to.be.at.most(bar.top);
        else expect(rect.top, `link ${step} below the bar`).to.be.at.least(bar.bottom);
      }
    });
  }

  it('the page can scroll far enough for its last line to clear a bottom bar', async () => {
    const element = await longPage('bottom');
    window.scrollTo(0, document.documentElement.scrollHeight);
    const last = document.getElementById('last')!.getBoundingClientRect();
    expect(last.bottom).to.be.at.most(banner(element)!.getBoundingClientRect().top);
  });

  it('the room follows the bar and is given back when it hides', async () => {
    const style = document.documentElement.style;
    style.paddingBottom = '3px';
    const element = await longPage('bottom');
    const height = banner(element)!.offsetHeight;
    expect(parseFloat(style.scrollPaddingBottom)).to.be.greaterThan(height);
    expect(parseFloat(style.paddingBottom)).to.equal(parseFloat(style.scrollPaddingBottom));
    control(element, 'reject-all').click();
    await element.updateComplete;
    expect(style.scrollPaddingBottom).to.equal('');
    expect(style.paddingBottom).to.equal('3px');
    style.paddingBottom = '';
  });

  it('a centred (modal) banner adds no room', async () => {
    await longPage('center');
    expect(document.documentElement.style.paddingBottom).to.equal('');
    expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
  });
});
