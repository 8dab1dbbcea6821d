import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { openFrame } from './page.js';
import { clearChoice, gatedPage, nextFrames, placeholderOf, storeChoice, trackerHits } from './support.js';

afterEach(clearChoice);

const push = (label: string, category = 'analytics') =>
  `<script type="text/plain" data-category="${category}">window.ran.push('${label}')</script>`;

describe('gated scripts', () => {
  it('run nothing before a choice, then each once in document order on Accept all', async () => {
    const before = await trackerHits('order');
    const element = await gatedPage(
      `${push('first')}<script type="text/plain" data-category="analytics" src="/__tracker/order/middle.js"></script>${push('last', 'content')}`,
    );
    expect(window.ran).to.deep.equal([]);
    expect(await trackerHits('order')).to.equal(before);

    element.acceptAll();
    // The external script is in the page at once; the inline one after it waits for it.
    const external = document.querySelector<HTMLScriptElement>('script[src$="/order/middle.js"]')!;
    expect(window.ran).to.deep.equal(['first']);
    await oneEvent(external, 'load');
    expect(window.trackerRuns).to.deep.equal(['middle.js']);
    expect(window.ran).to.deep.equal(['first', 'last']);

    // A later choice runs nothing twice.
    element.accept(['analytics']);
    element.acceptAll();
    expect(window.ran).to.deep.equal(['first', 'last']);
    expect(await trackerHits('order')).to.equal(before + 1);
  });

  it('copy attributes, with data-type as type', async () => {
    const element = await gatedPage(
      `<script type="text/plain" data-category="analytics" data-type="module" id="m" crossorigin="anonymous" referrerpolicy="no-referrer">window.ran.push(typeof import.meta); dispatchEvent(new Event('module-ran'))</script>`,
    );
    const ran = oneEvent(window, 'module-ran');
    element.acceptAll();
    const script = document.getElementById('m') as HTMLScriptElement;
    expect(script.type).to.equal('module');
    expect(script.crossOrigin).to.equal('anonymous');
    expect(script.referrerPolicy).to.equal('no-referrer');
    await ran;
    expect(window.ran).to.deep.equal(['object']);
  });

  it('data-type="text/plain" (any case) is left alone with a warning, and the page goes on (it hung)', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const element = await gatedPage(
        `<script type="text/plain" data-category="analytics" data-type="text/plain">window.ran.push('plain')</script>` +
          `<script type="text/plain" data-category="analytics" data-type=" TEXT/PLAIN ">window.ran.push('upper')</script>${push('after')}`,
      );
      element.acceptAll();
      await nextFrames();
      expect(window.ran, 'the script after them ran; they did not').to.deep.equal(['after']);
      expect(warnings.filter((message) => message.includes('never runs'))).to.have.length(2);
      expect(document.querySelectorAll('script[data-type]')).to.have.length(2);
    } finally {
      console.warn = warn;
    }
  });

  it('"!analytics" runs only once analytics is refused; "analytics content" needs both', async () => {
    const element = await gatedPage(`${push('refused', '!analytics')}${push('both', 'analytics content')}${push('necessary', 'necessary')}`);
    expect(window.ran, 'necessary runs without a choice').to.deep.equal(['necessary']);
    element.accept(['content']);
    expect(window.ran).to.deep.equal(['necessary', 'refused']);
    element.accept(['analytics']);
    expect(window.ran).to.deep.equal(['necessary', 'refused']);
    element.acceptAll();
    expect(window.ran).to.deep.equal(['necessary', 'refused', 'both']);
  });

  it('a gated script that inserts another gated script runs both', async () => {
    const element = await gatedPage(
      `<script type="text/plain" data-category="analytics">
        window.ran.push('outer');
        const inner = document.createElement('script');
        inner.type = 'text/plain';
        inner.dataset.category = 'analytics';
        inner.text = "window.ran.push('inner')";
        document.body.append(inner);
      </script>`,
    );
    element.acceptAll();
    // The inner tag is found by the page observer, after the outer script returned.
    await waitUntil(() => window.ran!.length === 2, 'both ran');
    expect(window.ran).to.deep.equal(['outer', 'inner']);
  });

  it('runs at once, before consent-ready, for a returning visitor who granted the category', async () => {
    storeChoice(['analytics'], ['content']);
    const ready = oneEvent(document, 'consent-ready');
    await gatedPage(`${push('analytics')}${push('content', 'content')}`);
    await ready;
    expect(window.ran).to.deep.equal(['analytics']);
  });

  it('never runs a script with an unknown category, and warns once', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = await gatedPage(push('unknown', 'analytics statistics'));
      element.acceptAll();
      element.categories = ['analytics', 'content', 'statistics'];
      await element.updateComplete;
      element.acceptAll();
    } finally {
      console.warn = original;
    }
    expect(window.ran).to.deep.equal([]);
    expect(warnings.filter(([message]) => String(message).includes('statistics'))).to.have.length(1);
  });

  it('runs nothing whose data-category the page removed before the choice, and saves the choice', async () => {
    const element = await gatedPage(push('removed'));
    element.parentElement!.querySelector('script')!.removeAttribute('data-category');
    element.acceptAll();
    expect(window.ran).to.deep.equal([]);
    expect(element.consent!.action).to.equal('accept-all');
  });

  it('never loads a javascript: or data: source', async () => {
    const element = await gatedPage(`
      <script type="text/plain" data-category="analytics" data-src="data:text/javascript,window.ran.push('data')"></script>
      <script type="text/plain" data-category="analytics" src="javascript:window.ran.push('js')"></script>
      <iframe data-category="content" data-src="javascript:parent.ran.push('frame')" title="x"></iframe>
      <script type="text/plain" data-category="analytics">window.ran.push('after')</script>`);
    element.acceptAll();
    // Gated scripts run in order, an external one loaded before the next: 'after' running means those
    // before it were passed over.
    await waitUntil(() => window.ran!.includes('after'), 'the last gated script ran');
    expect(window.ran).to.deep.equal(['after']);
    expect(document.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
  });
});

describe('whenGranted', () => {
  it('resolves when the category is granted, at once when it already is', async () => {
    const element = await gatedPage('');
    let granted = false;
    const content = element.whenGranted('content').then(() => (granted = true));
    element.accept(['analytics']);
    await element.whenGranted('analytics');
    expect(granted).to.equal(false);
    element.acceptAll();
    await content;
    expect(granted).to.equal(true);
  });
});

describe('gated embeds', () => {
  const embeds = (key: string) => `
    <img data-category="analytics" data-src="/__tracker/${key}/pixel.gif" alt="">
    <img data-category="analytics" data-srcset="/__tracker/${key}/pixel.png 1x" alt="">
    <audio data-category="content"><source data-src="/__tracker/${key}/a.mp3" type="audio/mpeg"></audio>
    <embed data-category="content" data-src="/__tracker/${key}/e.html" type="text/html">
    <link data-category="analytics" rel="stylesheet" data-href="/__tracker/${key}/s.css">`;

  it('fetch nothing before consent and load on it', async () => {
    const before = await trackerHits('embeds');
    // An ungated image in the same markup: once it has loaded, the browser has fetched what it would.
    const element = await gatedPage(`${embeds('embeds')}<img id="control" src="/__tracker/embeds-control/pixel.gif" alt="">`);
    const control = document.querySelector<HTMLImageElement>('#control')!;
    if (!control.complete) await oneEvent(control, 'load');
    expect(await trackerHits('embeds')).to.equal(before);
    element.acceptAll();
    const image = document.querySelector<HTMLImageElement>('img')!;
    expect(image.getAttribute('src')).to.equal('/__tracker/embeds/pixel.gif');
    expect(document.querySelector('source')!.getAttribute('src')).to.equal('/__tracker/embeds/a.mp3');
    expect(document.querySelector('link[data-category]')!.getAttribute('href')).to.equal('/__tracker/embeds/s.css');
    if (!image.complete) await oneEvent(image, 'load');
    expect(await trackerHits('embeds')).to.be.greaterThan(before);
  });

  it('an iframe added by code after load waits, then loads on consent', async () => {
    const element = await gatedPage('');
    const frame = document.createElement('iframe');
    frame.title = 'Map';
    frame.dataset.category = 'content';
    frame.dataset.src = '/__tracker/late/map.html';
    element.after(frame);
    await waitUntil(() => placeholderOf(frame), 'the placeholder');
    expect(frame.hasAttribute('src')).to.equal(false);
    element.acceptAll();
    expect(frame.getAttribute('src')).to.equal('/__tracker/late/map.html');
    expect(placeholderOf(frame)).to.equal(undefined);
    // Added once granted: loads at once.
    const second = frame.cloneNode() as HTMLIFrameElement;
    second.removeAttribute('src');
    element.after(second);
    await waitUntil(() => second.hasAttribute('src'), 'loaded');
    expect(second.getAttribute('src')).to.equal('/__tracker/late/map.html');
  });
});

describe('withdrawal', () => {
  it('deletes the declared cookies and takes gated iframes back to their placeholder', async () => {
    storeChoice(['analytics', 'content'], []);
    document.cookie = '_pk_id.1.abcd=1; Path=/';
    document.cookie = '_pk_ses.1.abcd=1; Path=/';
    document.cookie = 'unrelated=1; Path=/';
    const element = await gatedPage(
      `<iframe data-category="content" data-src="/__tracker/withdraw/v.html" title="Video"></iframe>`,
      '><consent-category name="analytics"><consent-cookie name="_pk_id.*"></consent-cookie><consent-cookie name="_pk_ses.*"></consent-cookie></consent-category',
    );
    const frame = document.querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.equal('/__tracker/withdraw/v.html');
    element.accept([]);
    expect(document.cookie).not.to.include('_pk_');
    expect(document.cookie).to.include('unrelated=1');
    expect(frame.getAttribute('src')).to.equal('about:blank');
    expect(placeholderOf(frame)).to.exist;
    document.cookie = 'unrelated=; Path=/; Max-Age=0';
  });

  it('never deletes the consent cookie: a pattern matching it (gate_*) spares it, a bare * warns and is ignored', async () => {
    storeChoice(['analytics', 'content'], []);
    document.cookie = 'gate_extra=1; Path=/';
    document.cookie = 'site_pref=1; Path=/';
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const element = await gatedPage(
        '',
        '><consent-category name="analytics"><consent-cookie name="gate_*"></consent-cookie><consent-cookie name="*"></consent-cookie>' +
          '<consent-service name="Acme" match="acme.example"><consent-cookie name="*"></consent-cookie></consent-service></consent-category',
      );
      expect(warnings.filter((message) => message.includes('name="*"'))).to.have.length(2);
      element.rejectAll();
      expect(document.cookie, 'the declared pattern deleted its cookie').not.to.include('gate_extra=');
      expect(document.cookie, 'the bare * deleted nothing').to.include('site_pref=1');
      expect(document.cookie, 'the withdrawal itself is stored').to.include(`${'gate_test_consent'}=`);
      expect(element.shadowRoot!.querySelector('tbody, table')?.textContent ?? '').not.to.match(/^\*|\s\*\s/);
      // The next page load reads the reject, and asks nothing.
      element.remove();
      const again = await gatedPage('');
      expect(again.consent?.action).to.equal('reject-all');
    } finally {
      console.warn = warn;
      document.cookie = 'site_pref=; Path=/; Max-Age=0';
      document.cookie = 'gate_extra=; Path=/; Max-Age=0';
    }
  });
});

describe('reload-on-revoke', () => {
  const store = (granted: string[]) =>
    consentFixture.store('gate_reload', { granted, denied: ['analytics', 'content'].filter((name) => !granted.includes(name)) });
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    document.cookie = 'gate_reload=; Path=/; Max-Age=0';
  });
  const consentIn = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('cookie-consent')!;

  it('reloads the page once when a category whose code ran is withdrawn', async () => {
    store(['analytics', 'content']);
    frame = await openFrame('/test/gate/fixtures/reload.html');
    expect(frame.contentWindow!.ran).to.deep.equal(['analytics']);
    const reloaded = oneEvent(frame, 'load');
    consentIn(frame).accept(['content']);
    await reloaded;
    expect(frame.contentWindow!.ran, 'after the reload').to.deep.equal([]);
    expect(frame.contentDocument!.cookie).not.to.include('_reload_id');
    // content ran nothing: withdrawing it needs no reload.
    const unloads: Event[] = [];
    frame.contentWindow!.addEventListener('pagehide', (event) => unloads.push(event));
    consentIn(frame).rejectAll();
    await nextFrames();
    expect(unloads).to.deep.equal([]);
  });

  it('without it, withdrawal deletes the cookies and leaves the page as it is', async () => {
    store(['analytics', 'content']);
    frame = await openFrame('/test/gate/fixtures/reload.html');
    const element = consentIn(frame);
    element.reloadOnRevoke = false;
    const unloads: Event[] = [];
    frame.contentWindow!.addEventListener('pagehide', (event) => unloads.push(event));
    element.rejectAll();
    await nextFrames();
    expect(unloads).to.deep.equal([]);
    expect(frame.contentWindow!.ran).to.deep.equal(['analytics']);
    expect(frame.contentDocument!.cookie).not.to.include('_reload_id');
  });
});
