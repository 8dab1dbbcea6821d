import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { banner, clearCookies, control, dialog } from '../helpers.js';
import { start } from './support.js';
import { has, needs } from '../browsers/engine.js';

afterEach(clearCookies);

/** What a visitor sees of a button: the properties R3 requires to be equal. */
function looks(button: HTMLElement) {
  const style = getComputedStyle(button);
  const box = button.getBoundingClientRect();
  return {
    tag: button.tagName,
    type: button.getAttribute('type'),
    width: Math.round(box.width),
    height: Math.round(box.height),
    ...Object.fromEntries(
      [
        'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'text-transform',
        'text-decoration-line', 'color', 'background-color', 'background-image', 'opacity',
        'border-top-width', 'border-top-style', 'border-top-color', 'border-bottom-width', 'border-bottom-color',
        'border-left-width', 'border-right-width', 'border-top-left-radius', 'padding-top', 'padding-left', 'box-shadow',
      ].map((name) => [name, style.getPropertyValue(name)]),
    ),
  };
}

describe('Accept all and Reject all look the same (R3)', () => {
  for (const position of ['bottom', 'top', 'center']) {
    for (const theme of ['light', 'dark']) {
      it(`on the ${position} banner, ${theme} theme, and in the preferences`, async () => {
        const { element } = await start(`<cookie-consent position="${position}" theme="${theme}"></cookie-consent>`);
        const accept = looks(control(element, 'accept-all'));
        expect(accept.width).to.be.greaterThan(0);
        expect(looks(control(element, 'reject-all'))).to.deep.equal(accept);
        element.showPreferences();
        await element.updateComplete;
        const inDialog = (action: string) => looks(dialog(element)!.querySelector<HTMLElement>(`[data-action="${action}"]`)!);
        expect(inDialog('reject-all')).to.deep.equal(inDialog('accept-all'));
      });
    }
  }

  it('also with a longer translation of one label', async () => {
    const { element } = await start(
      '<cookie-consent><consent-texts accept-all="Accept all cookies and similar technologies"></consent-texts></cookie-consent>',
    );
    expect(looks(control(element, 'reject-all'))).to.deep.equal(looks(control(element, 'accept-all')));
  });
});

describe('axe finds no violation', () => {
  const markup = (position: string, theme: string) => `<cookie-consent position="${position}" theme="${theme}" privacy-url="/privacy"
      categories="analytics content marketing">
      <consent-category name="analytics" label="Audience measurement">We count visits.
        <consent-cookie name="_pk_*" provider="Matomo" duration="13 months"></consent-cookie>
      </consent-category>
    </cookie-consent>`;

  for (const position of ['bottom', 'top', 'center']) {
    for (const theme of ['light', 'dark', 'auto']) {
      it(`${position}, ${theme}: banner open, then preferences open`, async () => {
        const { element } = await start(markup(position, theme));
        expect(banner(element)).to.exist;
        await expect(element).to.be.accessible();
        control(element, 'customize').click();
        await element.updateComplete;
        expect(dialog(element)!.open).to.equal(true);
        await expect(element).to.be.accessible();
      });
    }
  }

  describe('theme auto with a dark system preference', () => {
    before(async function () {
      // emulateMedia needs CDP (Chromium); elsewhere the dark theme above covers the same colours.
      needs(this, 'emulateMedia');
      await emulateMedia({ colorScheme: 'dark' });
    });
    after(async () => {
      if (has('emulateMedia')) await emulateMedia({ colorScheme: 'light' });
    });

    it('renders dark and passes axe in both layers', async () => {
      const dark = (await start(markup('bottom', 'dark'))).element;
      const darkBackground = getComputedStyle(banner(dark)!).backgroundColor;
      dark.remove();
      const { element } = await start(markup('bottom', 'auto'));
      expect(getComputedStyle(banner(element)!).backgroundColor).to.equal(darkBackground);
      await expect(element).to.be.accessible();
      element.showPreferences();
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  });
});
