import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { banner, clearCookies, dialog, storeRecord, storedRecord, switchFor, validRecord } from '../helpers.js';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { pressWithShift } from '../browsers/engine.js';

/** The focused element, looking into shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short name for what has focus: its data-action, its switch's category, or its text. */
function focusName(): string {
  const element = focused() as HTMLElement | null;
  if (!element || element === document.body) return '(body)';
  return element.dataset.action ?? (element.dataset.category && `switch:${element.dataset.category}`) ?? element.textContent!.trim();
}

/** Presses `key` `times` times and lists what has focus after each press. */
async function press(key: string, times = 1): Promise<string[]> {
  const seen = [];
  for (let count = 0; count < times; count++) {
    // Shift+Tab held the portable way: WebKit's driver has no key down/up.
    if (key.startsWith('Shift+')) await pressWithShift(key.slice(6));
    else await sendKeys({ press: key });
    seen.push(focusName());
  }
  return seen;
}

/** A page with two controls before the element; focus starts at the top of the page. */
async function page(elementMarkup: string): Promise<CookieConsent> {
  const container = await fixture<HTMLElement>(html`<div><a href="#home">Home</a> <button type="button">Search</button></div>`);
  container.insertAdjacentHTML('beforeend', elementMarkup);
  const element = container.querySelector('cookie-consent')!;
  await element.updateComplete;
  (document.activeElement as HTMLElement | null)?.blur();
  return element;
}

describe('keyboard only', () => {
  afterEach(clearCookies);

  it('Tab from the page start reaches Reject all before Accept all; Enter rejects', async () => {
    const element = await page('<cookie-consent privacy-url="/privacy"></cookie-consent>');
    expect(await press('Tab', 4)).to.deep.equal(['Home', 'Search', 'Privacy policy', 'reject-all']);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(storedRecord()!.action).to.equal('reject-all');
    expect(banner(element)).to.equal(null);
  });

  it('a centred banner takes focus itself (not Accept all), then Tab walks it in order', async () => {
    const container = await fixture<HTMLElement>(html`<div><a href="#home">Home</a></div>`);
    container.insertAdjacentHTML('beforeend', '<cookie-consent position="center" privacy-url="/privacy"></cookie-consent>');
    const element = container.querySelector('cookie-consent')!;
    await element.updateComplete;
    expect(focused() === banner(element), `focus on ${focusName()}`).to.equal(true);
    expect(await press('Tab', 4)).to.deep.equal(['Privacy policy', 'reject-all', 'accept-all', 'customize']);
  });

  it('preferences: logical Tab order, Space toggles a switch, Escape returns focus to Customize, Enter saves', async () => {
    const element = await page('<cookie-consent privacy-url="/privacy" categories="analytics content"></cookie-consent>');
    expect(await press('Tab', 5)).to.deep.equal(['Home', 'Search', 'Privacy policy', 'reject-all', 'accept-all']);
    expect(await press('Tab')).to.deep.equal(['customize']);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(dialog(element)!.open).to.equal(true);
    // Focus is in the dialog, on its first control; Tab walks it from top to bottom.
    expect(focusName()).to.equal('close');
    expect(await press('Tab', 6)).to.deep.equal([
      'Privacy policy',
      'switch:analytics',
      'switch:content',
      'reject-all',
      'accept-all',
      'save',
    ]);
    expect(await press('Shift+Tab', 4)).to.deep.equal(['accept-all', 'reject-all', 'switch:content', 'switch:analytics']);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(switchFor(element, 'analytics').checked).to.equal(true);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(switchFor(element, 'analytics').checked).to.equal(false);

    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(dialog(element)?.open ?? false).to.equal(false);
    expect(focusName()).to.equal('customize');
    expect(storedRecord()).to.equal(undefined);

    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await press('Tab', 2);
    await sendKeys({ press: 'Space' });
    expect(await press('Tab', 4)).to.deep.equal(['switch:content', 'reject-all', 'accept-all', 'save']);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(storedRecord()).to.include({ action: 'custom' });
    expect(storedRecord()!.granted).to.deep.equal(['analytics']);
  });

  it("focus returns to the page's opener after closing with the close button", async () => {
    storeRecord(validRecord());
    const element = await page('<cookie-consent></cookie-consent>');
    const opener = element.parentElement!.querySelector('button')!;
    opener.setAttribute('data-consent-open', '');
    expect(await press('Tab', 2)).to.deep.equal(['Home', 'Search']);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(dialog(element)!.open).to.equal(true);
    expect(focusName()).to.equal('close');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(dialog(element)?.open ?? false).to.equal(false);
    expect(focused() === opener, `focus on ${focusName()}`).to.equal(true);
  });

  it('the floating button opens the preferences from the keyboard and gets focus back', async () => {
    storeRecord(validRecord());
    const element = await page('<cookie-consent></cookie-consent>');
    expect(await press('Tab', 3)).to.deep.equal(['Home', 'Search', 'open']);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(dialog(element)!.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(focusName()).to.equal('open');
  });
});
