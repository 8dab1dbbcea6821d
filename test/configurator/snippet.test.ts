// The snippet the configurator writes, pasted into a blank page, gives the banner of the live preview:
// the same text in the shadow DOM (both layers) and the same computed colours, in both snippet forms.
import { expect } from '@open-wc/testing';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { inShadow, openConfigurator, pasted, styleOf, textOf, until, type Configurator } from './support.js';

/** What a visitor sees of a banner and its preferences: texts, and the colours of the parts that carry them. */
async function look(element: CookieConsent) {
  const colours = (selector: string) => {
    const style = styleOf(element, selector);
    return [style.backgroundColor, style.color, style.fontSize, style.borderTopLeftRadius];
  };
  const banner = {
    text: textOf(element, '[part~="banner"]'),
    banner: colours('[part~="banner"]'),
    accept: colours('[data-action="accept-all"]'),
    reject: colours('[data-action="reject-all"]'),
    customize: colours('[data-action="customize"]'),
    position: element.position,
  };
  element.showPreferences();
  await element.updateComplete;
  await until(() => element.shadowRoot!.querySelector('dialog[part~="dialog"][open]'), 'the preferences');
  const preferences = { text: textOf(element, 'dialog[part~="dialog"]'), dialog: colours('dialog[part~="dialog"]'), save: colours('[data-action="save"]') };
  element.hide();
  await element.updateComplete;
  return { banner, preferences };
}

async function configureMuch(c: Configurator) {
  await c.set('[data-field="src"]', '/dist/cookie-consent.min.js');
  await c.click('[data-category="2"][data-part="offered"]'); // marketing
  await c.set('[data-category="0"][data-part="label"]', 'Audience measurement');
  await c.set('[data-category="0"][data-part="description"]', 'We count visits & pages with "Matomo".');
  await c.click('[data-command="add-cookie"][data-category="0"]');
  await c.set('[data-category="0"][data-cookie="0"][data-part="name"]', '_pk_id.*');
  await c.set('[data-category="0"][data-cookie="0"][data-part="provider"]', 'Shiftwise');
  await c.set('[data-category="0"][data-cookie="0"][data-part="duration"]', '13 months');
  await c.click('[data-command="add-category"]');
  await c.set('[data-category="4"][data-part="name"]', 'chat');
  await c.set('[data-category="4"][data-part="label"]', 'Live chat');
  await c.set('[data-field="privacy-url"]', '/privacy?from=banner&x=1');
  await c.set('[data-field="theme"]', 'light');
  await c.set('[data-field="position"]', 'center');
  await c.set('[data-style="accent"]', '#0f6e6e');
  await c.set('[data-style="background"]', '#fffdf5');
  await c.set('[data-style="radius"]', '4px');
  await c.set('[data-text="title"]', 'Cookies at Shiftwise');
  await c.set('[data-text="message"]', 'We’d like to measure <visits> & show "videos".');
  await c.set('[data-text="accept-all"]', 'Allow all');
}

describe('configurator snippet', () => {
  for (const form of ['script', 'element']) {
    it(`pasted into a blank page (${form} form), shows the preview's banner and preferences`, async () => {
      const c = await openConfigurator();
      await configureMuch(c);
      await c.click(`[data-field="form"][value="${form}"]`);
      const snippet = c.snippet();
      expect(snippet).to.include('<script src="/dist/cookie-consent.min.js"');
      if (form === 'script') expect(snippet).to.include('data-privacy-url="/privacy?from=banner&amp;x=1"');
      else expect(snippet).to.match(/<cookie-consent categories="analytics content marketing chat"/);
      const expected = await look(c.preview());
      expect(expected.banner.text).to.include('We’d like to measure <visits> & show "videos".');
      expect(expected.banner.accept[0]).to.equal('rgb(15, 110, 110)');
      const element = await pasted(snippet);
      expect(await look(element)).to.deep.equal(expected);
      // The pasted page's privacy link is the one configured.
      element.showBanner();
      await element.updateComplete;
      expect(inShadow(element, '[part~="banner"] a[part~="link"]').getAttribute('href')).to.equal('/privacy?from=banner&x=1');
    });
  }

  it('writes only what differs from the defaults', async () => {
    const c = await openConfigurator();
    expect(c.snippet().trim().split('\n')).to.deep.equal([
      '<!-- First in <head>, without defer or async: it must run before the tags it gates. -->',
      '<script src="/cookie-consent.min.js"></script>',
    ]);
  });
});
