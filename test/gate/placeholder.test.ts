import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CookieConsent } from '../../src/element/cookie-consent.js';
import { de } from '../../src/i18n/de.js';
import { fr } from '../../src/i18n/fr.js';
import { format } from '../../src/i18n/index.js';
import { COOKIE, clearChoice, gatedPage, nextFrames, placeholderOf, storeChoice } from './support.js';

afterEach(clearChoice);

const video = (src = 'https://www.youtube-nocookie.com/embed/abc') =>
  `<iframe data-category="content" data-src="${src}" title="Product video" width="560" height="315"></iframe>`;

/** The consent cookie as a server reads it. */
const stored = () => {
  const raw = document.cookie.split('; ').find((pair) => pair.startsWith(`${COOKIE}=`));
  return raw && JSON.parse(decodeURIComponent(raw.slice(COOKIE.length + 1)));
};

describe('placeholders', () => {
  it('say who provides the content and which category it needs, in a labelled group with real buttons', async () => {
    storeChoice(['analytics'], ['content']);
    await gatedPage(video());
    const parts = placeholderOf(document.querySelector('iframe')!)!;
    expect(parts.group.getAttribute('role')).to.equal('group');
    expect(parts.group.getAttribute('aria-label')).to.equal('Blocked content from www.youtube-nocookie.com');
    expect(parts.group.textContent).to.include('www.youtube-nocookie.com').and.include('Embedded content');
    expect(parts.load.localName).to.equal('button');
    expect(parts.load.textContent!.trim()).to.equal('Load');
    expect(parts.allow.textContent!.trim()).to.equal('Always allow');
    await expect(parts.box.parentElement).to.be.accessible();
  });

  it('follow the language and the label the page gives the category', async () => {
    storeChoice([], ['analytics', 'content']);
    const element = await gatedPage(
      `<video data-category="content" width="320" height="180"><source data-src="https://video.example/clip.mp4"></video>`,
      'lang="fr"><consent-category name="content" label="Vidéos"></consent-category',
    );
    const parts = placeholderOf(document.querySelector('video')!)!;
    expect(parts.group.getAttribute('aria-label')).to.equal(format(fr.placeholderLabel!, { provider: 'video.example' }));
    expect(parts.group.textContent).to.include('Vidéos');
    element.setAttribute('lang', 'de');
    await nextFrames();
    await element.updateComplete;
    expect(parts.allow.textContent!.trim()).to.equal(de.allow);
  });

  it('lie over the element\'s own box and move nothing on the page', async () => {
    storeChoice(['analytics', 'content'], []);
    const container = await fixture<HTMLElement>(html`<div style="padding: 8px">
      <p>Before</p>
      <iframe data-category="content" data-src="/__tracker/box/video.html" title="Video" style="width: 50%; aspect-ratio: 16 / 9; margin: 12px 0 0 24px; border: 2px solid"></iframe>
      <p id="after">After</p>
    </div>`);
    const shifts: number[] = [];
    const record = (entries: PerformanceEntryList) =>
      entries.forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value));
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: 'layout-shift' });
    const after = container.querySelector('#after')!;
    const frame = container.querySelector('iframe')!;
    const element = document.createElement('cookie-consent') as CookieConsent;
    element.setAttribute('cookie-name', COOKIE);
    container.append(element);
    await element.updateComplete;
    const top = after.getBoundingClientRect().top;

    // Withdrawal brings the placeholder over an iframe already on screen.
    element.accept(['analytics']);
    await nextFrames();
    const { box } = placeholderOf(frame)!;
    expect(after.getBoundingClientRect().top).to.equal(top);
    expect(box.getBoundingClientRect().toJSON()).to.deep.equal(frame.getBoundingClientRect().toJSON());
    record(observer.takeRecords());
    observer.disconnect();
    expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
    // The box follows the element's size.
    frame.style.width = '40%';
    await nextFrames();
    expect(box.getBoundingClientRect().toJSON()).to.deep.equal(frame.getBoundingClientRect().toJSON());
  });

  it('stay over their element inside a scrolling box', async () => {
    storeChoice(['analytics'], ['content']);
    await gatedPage(`<div id="scroller" style="overflow: auto; height: 120px">
      <div style="height: 200px"></div>${video()}<div style="height: 200px"></div>
    </div>`);
    const frame = document.querySelector('iframe')!;
    const { box } = placeholderOf(frame)!;
    const scroller = document.getElementById('scroller')!;
    // Two frames: the resize observer's first report has come and gone, so nothing re-places by chance.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    const scrolled = oneEvent(scroller, 'scroll');
    scroller.scrollTop = 150;
    await scrolled;
    expect(box.getBoundingClientRect().toJSON()).to.deep.equal(frame.getBoundingClientRect().toJSON());
  });

  it('"Load" loads this element for this page view only, and saves nothing', async () => {
    await gatedPage(`${video('/__tracker/load/one.html')}${video('/__tracker/load/two.html')}`);
    const [one, two] = document.querySelectorAll('iframe');
    placeholderOf(one)!.load.click();
    expect(one.getAttribute('src')).to.equal('/__tracker/load/one.html');
    expect(placeholderOf(one)).to.equal(undefined);
    expect(two.hasAttribute('src')).to.equal(false);
    expect(stored()).to.equal(undefined);
  });

  it('"Always allow" grants the category on top of the choice and saves it as custom', async () => {
    const element = await gatedPage(`${video('/__tracker/allow/one.html')}${video('/__tracker/allow/two.html')}
      <script type="text/plain" data-category="analytics">window.ran.push('analytics')</script>`);
    const change = oneEvent(element, 'consent-change');
    placeholderOf(document.querySelector('iframe')!)!.allow.click();
    const { detail } = await change;
    expect(detail.action).to.equal('custom');
    expect(detail.changed).to.deep.equal(['content']);
    expect(stored()).to.include({ action: 'custom' });
    expect(stored().granted).to.deep.equal(['content']);
    expect(stored().denied).to.deep.equal(['analytics']);
    for (const frame of document.querySelectorAll('iframe')) {
      expect(frame.getAttribute('src')).to.match(/^\/__tracker\/allow\//);
      expect(placeholderOf(frame)).to.equal(undefined);
    }
    expect(window.ran).to.deep.equal([]);
  });

  it('keep what the visitor granted before', async () => {
    storeChoice(['analytics'], ['content']);
    const element = await gatedPage(video());
    placeholderOf(document.querySelector('iframe')!)!.allow.click();
    expect(element.consent!.granted).to.have.members(['analytics', 'content']);
  });

  it('go away with their element', async () => {
    await gatedPage(video());
    const frame = document.querySelector('iframe')!;
    const parent = frame.parentElement!;
    frame.remove();
    await nextFrames();
    expect(parent.querySelector('consent-placeholder')).to.equal(null);
  });
});
