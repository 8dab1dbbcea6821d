import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { clearCookies, control, dialog, storeRecord, validRecord } from '../helpers.js';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { has, needs } from '../browsers/engine.js';

/** A realistic element: four categories, declared cookies (a table), a privacy link. */
async function start(attributes: string): Promise<CookieConsent> {
  const page = await fixture<HTMLElement>(html`<main><h1>Shop</h1><p>Some text <a href="#x">and a link</a>.</p></main>`);
  page.insertAdjacentHTML(
    'beforeend',
    `<cookie-consent ${attributes} categories="analytics content marketing preferences" privacy-url="/privacy">
      <consent-category name="analytics">
        <consent-cookie name="_pk_id.*" provider="Matomo" duration="13 months"></consent-cookie>
      </consent-category>
    </cookie-consent>`,
  );
  const element = page.querySelector('cookie-consent')!;
  await element.updateComplete;
  return element;
}

// theme="auto" is checked under both system preferences; light and dark by the attribute.
const themes = [
  ['light', 'light'],
  ['dark', 'light'],
  ['auto', 'dark'],
  ['auto', 'light'],
] as const;

describe('axe: no violation in any language × theme × position', () => {
  afterEach(async () => {
    clearCookies();
    if (has('emulateMedia')) await emulateMedia({ colorScheme: 'light' });
  });

  for (const lang of ['en', 'fr', 'nl', 'de']) {
    for (const [theme, system] of themes) {
      it(`${lang}, theme ${theme} (system ${system}): banner, then preferences, for each position`, async function () {
        // Without emulateMedia (Firefox, WebKit) the system is light; dark colours are checked by theme="dark".
        if (theme === 'auto' && system === 'dark') needs(this, 'emulateMedia');
        if (has('emulateMedia')) await emulateMedia({ colorScheme: system });
        for (const position of ['bottom', 'top', 'center']) {
          const element = await start(`lang="${lang}" theme="${theme}" position="${position}"`);
          await expect(element, `${position} banner`).to.be.accessible();
          control(element, 'customize').click();
          await element.updateComplete;
          expect(dialog(element)!.open).to.equal(true);
          await expect(element, `${position} preferences`).to.be.accessible();
          element.parentElement!.remove();
        }
      });
    }
  }

  it('the floating button and the GPC notice pass too', async () => {
    storeRecord(validRecord({ action: 'gpc', granted: [], denied: ['analytics', 'content', 'marketing', 'preferences'] }));
    const element = await start('theme="dark" lang="de"');
    await expect(element).to.be.accessible();
    control(element, 'open').click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="gpc-notice"]')).to.exist;
    await expect(element).to.be.accessible();
  });
});
