// Text typed into the configurator is text: in the preview, in the snippet and on the page the snippet
// is pasted into, `<img src=x onerror=...>` shows as those characters and never becomes an image.
import { expect } from '@open-wc/testing';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { openConfigurator, pasted, textOf, until } from './support.js';

const hostile = '<img src=x onerror="top.__configuratorPwned = 1">';
declare global {
  var __configuratorPwned: number | undefined;
}

/** No <img> anywhere in the element: its light DOM (the markup) or its shadow root. */
const images = (element: CookieConsent) => element.querySelectorAll('img').length + element.shadowRoot!.querySelectorAll('img').length;

describe('configurator escaping', () => {
  it('shows a typed <img onerror> literally in the preview, the snippet and the pasted page', async () => {
    const c = await openConfigurator();
    await c.set('[data-field="src"]', '/dist/cookie-consent.min.js');
    await c.set('[data-text="title"]', hostile);
    await c.set('[data-category="0"][data-part="label"]', hostile);
    await c.set('[data-category="0"][data-part="description"]', `Described ${hostile}`);
    await c.click('[data-command="add-cookie"][data-category="0"]');
    await c.set('[data-category="0"][data-cookie="0"][data-part="name"]', '_ga');
    await c.set('[data-category="0"][data-cookie="0"][data-part="provider"]', hostile);
    await c.set('[data-field="privacy-url"]', '/p"><img src=x onerror=top.__configuratorPwned=2>');

    // The preview.
    const preview = c.preview();
    expect(textOf(preview, '[part~="banner"] h2')).to.equal(hostile);
    preview.showPreferences();
    await preview.updateComplete;
    const dialog = textOf(preview, 'dialog[part~="dialog"]');
    expect(dialog).to.include(hostile);
    expect(dialog).to.include(`Described ${hostile}`);
    expect(images(preview)).to.equal(0);

    // The snippet: shown as text on the configurator page, and escaped for the site.
    const snippet = c.snippet();
    expect(c.control('#snippet').children.length).to.equal(0);
    expect(snippet).to.include('title="&lt;img src=x onerror=&quot;top.__configuratorPwned = 1&quot;&gt;"');
    expect(snippet).to.include('Described &lt;img src=x onerror="top.__configuratorPwned = 1"&gt;');
    expect(snippet).not.to.match(/<img/);

    // The page it is pasted into.
    const element = await pasted(snippet);
    expect(textOf(element, '[part~="banner"] h2')).to.equal(hostile);
    element.showPreferences();
    await element.updateComplete;
    expect(textOf(element, 'dialog[part~="dialog"]')).to.equal(dialog);
    expect(images(element)).to.equal(0);
    expect(element.ownerDocument.querySelectorAll('img').length).to.equal(0);
    // Long enough for an image with src=x to have failed and run its handler.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(globalThis.__configuratorPwned).to.equal(undefined);
  });

  it('a shared link with markup in it opens as text too', async () => {
    const c = await openConfigurator();
    await c.set('[data-text="accept-all"]', hostile);
    const c2 = await openConfigurator(new URL(c.shareUrl()).hash);
    await until(() => textOf(c2.preview(), '[data-action="accept-all"]') === hostile, 'the shared text');
    expect(c2.control('[data-text="accept-all"]').value).to.equal(hostile);
    expect(images(c2.preview())).to.equal(0);
  });
});
