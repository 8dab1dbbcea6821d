// SPEC 2: before the page's configuration is known, the element the classic script creates may only do
// what every configuration would. Pages whose HTML arrives in two parts (test/bundle/two-part/*.html,
// served by /__two-part with 300 ms between the parts, so that frames are painted before the page's own
// <cookie-consent> is parsed), the classic script in <head>, the page's element in the second part.
import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../gate/page.js';
import '../helpers.js';

interface Watched extends Window {
  ran: string[];
  changes: string[];
  bannerFrames: number;
  frameCount: number;
  firstPartAt: number;
  secondPartAt: number;
  framesBeforeSecondPart: number;
  watched?: boolean;
}

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** Opens a two-part page and waits until its frames have been watched (load + 500 ms). */
async function watch(name: string) {
  frame = await openFrame(`/__two-part?page=/test/bundle/two-part/${name}.html`);
  frame.style.cssText = 'width: 800px; height: 400px';
  const win = frame.contentWindow as Watched;
  await waitUntil(() => win.watched, 'the page watched its frames', { timeout: 5000 });
  const element = win.document.querySelector('cookie-consent')!;
  const cookie = (cookieName: string) =>
    win.document.cookie.split('; ').find((pair) => pair.startsWith(`${cookieName}=`));
  return { win, element, cookie };
}

const forget = (...names: string[]) => names.forEach((name) => (document.cookie = `${name}=; Path=/; Max-Age=0`));

describe("the page's own configuration decides (classic script in <head>, element later)", () => {
  after(() => forget('tp_returning', 'tp_three', 'tp_gpc_ignored', 'tp_gpc_honoured', 'tp_old_revision', 'cookie_consent'));

  it('the page is really sent in two parts, with frames painted in between', async () => {
    const { win } = await watch('first-visit');
    // The server holds the second part back 300 ms; the first part may arrive a little late under load.
    expect(win.secondPartAt - win.firstPartAt).to.be.at.least(150);
    expect(win.framesBeforeSecondPart, 'frames painted before the second part').to.be.greaterThan(0);
  });

  it('first visit (control): the banner is visible from the first frames', async () => {
    const { win, element } = await watch('first-visit');
    expect(win.bannerFrames).to.be.greaterThan(0);
    expect(win.ran).to.deep.equal([]);
    expect(element.getAttribute('cookie-name')).to.equal('tp_first_visit');
  });

  it('a returning visitor with a valid choice for the page (revision 3): no banner in any frame, gated scripts once, in order', async () => {
    const { win, element } = await watch('returning');
    expect(win.frameCount).to.be.greaterThan(5);
    expect(win.bannerFrames, 'frames with a visible banner').to.equal(0);
    expect(win.ran).to.deep.equal(['head', 'body-before', 'body-after']);
    expect(element.consent?.rev).to.equal('3');
    expect(win.changes).to.deep.equal([]);
  });

  it('a stored choice covering the three categories the page offers: no banner in any frame', async () => {
    const { win, element } = await watch('three-categories');
    expect(win.bannerFrames).to.equal(0);
    expect(element.isGranted('marketing')).to.equal(true);
    expect(win.ran).to.deep.equal(['head', 'body-before', 'content', 'body-after']);
  });

  it('a choice under revision 1 on the revision-3 page runs nothing and asks', async () => {
    const { win, element } = await watch('old-revision');
    expect(win.ran).to.deep.equal([]);
    expect(element.consent).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part~="banner"]')).to.not.equal(null);
  });

  it('gpc="ignore" on the page\'s element with GPC on: no cookie written, the banner asks', async () => {
    const { win, element, cookie } = await watch('gpc-ignored');
    expect(cookie('tp_gpc_ignored')).to.equal(undefined);
    expect(cookie('cookie_consent')).to.equal(undefined);
    expect(element.consent).to.equal(null);
    expect(win.changes).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('[part~="banner"]')).to.not.equal(null);
  });

  it('GPC honoured: one saved choice, one consent-change, one receipt, no banner', async () => {
    const before = (await (await fetch('/__receipts/two-part-gpc')).json()).length;
    const { win, element, cookie } = await watch('gpc-honoured');
    expect(win.changes).to.deep.equal(['gpc']);
    expect(element.consent?.action).to.equal('gpc');
    expect(cookie('tp_gpc_honoured')).to.not.equal(undefined);
    expect(cookie('cookie_consent')).to.equal(undefined);
    expect(win.bannerFrames).to.equal(0);
    await waitUntil(async () => (await (await fetch('/__receipts/two-part-gpc')).json()).length > before, 'the receipt');
    const receipts = await (await fetch('/__receipts/two-part-gpc')).json();
    expect(receipts.length - before).to.equal(1);
  });
});
