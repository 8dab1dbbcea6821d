import { expect } from '@open-wc/testing';
import { clearChoice, gatedPage, nextFrames } from './support.js';

afterEach(clearChoice);

describe('a page with 1,000 gated elements', () => {
  it('activates every one on Accept all, scripts in document order', async () => {
    const element = await gatedPage('');
    // Added after the element started, as a single-page app would: the page observer finds them.
    const markup: string[] = [];
    for (let index = 0; index < 1000; index++) {
      const kind = index % 50;
      if (kind < 35) markup.push(`<script type="text/plain" data-category="analytics">window.ran.push(${index})</script>`);
      else if (kind < 49) markup.push(`<img data-category="content" data-src="/__tracker/many/${index}.gif" alt="" width="4" height="4">`);
      else markup.push(`<iframe data-category="content" data-src="/__tracker/many/${index}.html" title="Frame ${index}" width="60" height="40"></iframe>`);
    }
    element.insertAdjacentHTML('beforebegin', markup.join(''));
    await nextFrames();
    expect(document.querySelectorAll('consent-placeholder')).to.have.length(20);

    element.acceptAll();
    const scripts = [...Array(1000).keys()].filter((index) => index % 50 < 35);
    expect(window.ran).to.deep.equal(scripts);
    expect([...document.querySelectorAll('img[data-category]')].filter((image) => image.hasAttribute('src'))).to.have.length(280);
    expect([...document.querySelectorAll('iframe[data-category]')].filter((frame) => frame.hasAttribute('src'))).to.have.length(20);
    expect(document.querySelectorAll('consent-placeholder')).to.have.length(0);
  });
});
