// Several consent cookies of one name (another Path, such as one an older setup wrote at /blog, or
// another Domain): the newest valid choice decides, and a Reject all holds after a reload (R5).
import { expect, oneEvent } from '@open-wc/testing';
import { openFrame } from '../gate/page.js';
import '../helpers.js';

const BLOG = '/test/consent/fixtures/blog';
const hourAgo = () => new Date(Date.now() - 3600e3).toISOString();
const grantAll = { granted: ['analytics', 'content'], denied: [], action: 'accept-all' as const };
const rejectAll = { granted: [], denied: ['analytics', 'content'], action: 'reject-all' as const };

type Post = Window & { ran: string[]; document: Document };
let frame: HTMLIFrameElement | undefined;

async function openPost() {
  frame = await openFrame(`${BLOG}/post.html`);
  const win = frame.contentWindow as Post;
  const element = win.document.querySelector('cookie-consent')!;
  await element.updateComplete;
  const pairs = () => win.document.cookie.split('; ').filter((pair) => pair.startsWith('dup_consent='));
  return { win, element, pairs };
}

async function reload(win: Window) {
  const loaded = oneEvent(frame!, 'load');
  win.location.reload();
  await loaded;
  return openPostAfterReload();
}

async function openPostAfterReload() {
  const win = frame!.contentWindow as Post;
  const element = win.document.querySelector('cookie-consent')!;
  await element.updateComplete;
  return { win, element };
}

afterEach(() => {
  frame?.remove();
  for (const path of ['/', BLOG, `${BLOG}/`]) document.cookie = `dup_consent=; Path=${path}; Max-Age=0`;
});

describe('several consent cookies of one name', () => {
  it('an older accept-all at Path=/blog, Reject all on /blog/post: the stale copy is removed and the reject holds after reload', async () => {
    consentFixture.store('dup_consent', { ...grantAll, ts: hourAgo() }, BLOG);
    const { win, element, pairs } = await openPost();
    expect(element.consent?.action).to.equal('accept-all');
    expect(win.ran).to.deep.equal(['analytics']);
    element.rejectAll();
    expect(pairs(), 'one cookie left').to.have.length(1);
    const after = await reload(win);
    expect(after.element.consent?.action).to.equal('reject-all');
    expect(after.element.isGranted('analytics')).to.equal(false);
    expect(after.win.ran, 'no analytics after the reload').to.deep.equal([]);
  });

  it('the newest valid choice decides, whichever the browser lists first', async () => {
    // The deeper path is listed first by the browser: once it holds the older grant, once the newer reject.
    for (const [deeper, root] of [
      [{ ...grantAll, ts: hourAgo() }, rejectAll],
      [rejectAll, { ...grantAll, ts: hourAgo() }],
    ]) {
      consentFixture.store('dup_consent', deeper, BLOG);
      consentFixture.store('dup_consent', root, '/');
      const { win, element, pairs } = await openPost();
      expect(pairs()).to.have.length(2);
      expect(element.consent?.action).to.equal('reject-all');
      expect(win.ran).to.deep.equal([]);
      frame!.remove();
      for (const path of ['/', BLOG]) document.cookie = `dup_consent=; Path=${path}; Max-Age=0`;
    }
  });

  it('an older grant on the parent domain (www.dup.localhost under dup.localhost): the reject holds after reload', async function () {
    const url = new URL('/test/consent/fixtures/domain.html', location.href);
    url.hostname = 'www.dup.localhost';
    const result = new Promise<Record<string, any>>((resolve) => {
      addEventListener('message', function onMessage({ data }) {
        if (data?.duplicates) {
          removeEventListener('message', onMessage);
          resolve(data.duplicates);
        }
      });
    });
    // A window of its own: in a frame of the suite's page (another site) engines refuse its Lax cookies.
    const popup = open(url.href, 'subdomain', 'popup,width=400,height=300');
    const outcome = await Promise.race([result, new Promise<undefined>((resolve) => setTimeout(resolve, 8000))]);
    popup?.close();
    // Engines that refuse the window (WebKit's driver blocks pop-ups), do not resolve *.localhost to this
    // machine, or refuse a Domain cookie cannot run it; Chromium and Firefox do.
    if (!outcome || outcome.step === 'unsupported') this.skip();
    expect(outcome!.action, 'the older grant on the parent domain is the only choice at first').to.equal('accept-all');
    expect(outcome!.ran).to.deep.equal(['analytics']);
    expect(outcome!.cookiesAfterReject, 'the parent-domain copy removed').to.equal(1);
    expect(outcome!.after).to.deep.equal({ action: 'reject-all', ran: [], cookies: 1 });
  });
});
