// DuckDuckGo's autoconsent ("cookie pop-up protection" of its browsers and extension) with our rule
// (autoconsent/cookie-consent-element.json) and all of its own: it finds our banner in its shadow root,
// refuses (or accepts) for the visitor, and its self-test reads our cookie. Run by `npm run test:node`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { ensureBuilt, gatedRequests, receipts, storedChoice, until, visitSite } from './site.mjs';
import { installAutoconsent, ourRule, upstreamRules } from './autoconsent-driver.mjs';

const RULE = ourRule().name;

let browser;

before(async () => {
  ensureBuilt();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
});

after(() => browser?.close());

/**
 * A fresh visitor with autoconsent (`options` of installAutoconsent; `gpc: true` for a browser that sends
 * the Global Privacy Control signal, as DuckDuckGo's do) opens `path`.
 */
async function visit(path, { gpc = false, ...options } = {}) {
  const visit = await visitSite(browser, path, {
    async prepare(context) {
      if (gpc) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, get: () => true }));
      return installAutoconsent(context, options);
    },
  });
  return { ...visit, autoconsent: visit.tool };
}

/** The opt-out every configuration must get: detected, refused, self-test passed, nothing gated ran. */
async function assertRefusedForTheVisitor(path, cookieName = 'cookie_consent', options) {
  const { context, page, autoconsent, requests, offSite, bannerVisible, close } = await visit(path, options);
  try {
    const done = await autoconsent.waitFor('autoconsentDone');
    assert.equal(done.cmp, RULE);
    const detected = new Set(autoconsent.messages.filter(({ type }) => type === 'cmpDetected').map(({ cmp }) => cmp));
    assert.deepEqual([...detected], [RULE], 'only our rule claims the page');
    assert.equal(autoconsent.find('popupFound').cmp, RULE);
    assert.equal(autoconsent.find('optOutResult').result, true, 'the opt-out succeeded');

    assert.equal(await bannerVisible(), false, 'the banner is gone');
    const choice = await storedChoice(context, cookieName);
    assert.equal(choice?.action, 'reject-all', `the cookie ${cookieName} holds a Reject all`);
    assert.deepEqual(choice.granted, []);
    assert.deepEqual([...choice.denied].sort(), ['analytics', 'content']);
    assert.equal(await autoconsent.selfTest(page), true, 'autoconsent’s self-test reads the refusal');

    // The element posts its receipt once the choice is applied: by then a gated tag would have been fetched.
    await until(() => receipts(requests()).length === 1, 'the consent receipt');
    assert.deepEqual(gatedRequests(requests()), [], 'no gated tag was fetched');
    assert.deepEqual(await context.cookies().then((all) => all.filter(({ name }) => name.startsWith('_pk_'))), [], 'no analytics cookie');
    assert.equal(await page.evaluate(() => document.getElementById('autoconsent-prehide')), null, 'prehide removed');
    assert.deepEqual(offSite, []);
  } finally {
    await close();
  }
}

// Every visit has its own site and browser context, so all of them run side by side (four at a time).
describe('autoconsent with our rule', { concurrency: 4 }, () => {
  // The demo and the modal banner with every rule autoconsent ships (ours must be the only one that claims
  // the page); the other configurations with ours alone, which keeps the run short.
  const onlyOurs = { rules: [ourRule()] };
  describe('autoconsent refuses for the visitor with our rule', { concurrency: 3 }, () => {
    test('on the demo page', () => assertRefusedForTheVisitor('/'));
    test('with position="center" (the modal banner)', () => assertRefusedForTheVisitor('/center'));
    test('with the site’s own texts', () => assertRefusedForTheVisitor('/texts', undefined, onlyOurs));
    test('in French (lang="fr")', () => assertRefusedForTheVisitor('/french', undefined, onlyOurs));
    test('with a renamed cookie (cookie-name)', () => assertRefusedForTheVisitor('/renamed-cookie', 'shiftwise_choice', onlyOurs));
    test('with the one-line install (the script creates the element)', () => assertRefusedForTheVisitor('/one-line', undefined, onlyOurs));
    test('with gpc="ignore" in a browser sending GPC (the banner shows)', () => assertRefusedForTheVisitor('/gpc-ignored', undefined, { ...onlyOurs, gpc: true }));
  });

  describe('autoconsent accepts for a visitor who asked it to', { concurrency: 2 }, () => {
    for (const path of ['/', '/center']) {
      test(`opt-in on ${path}: an accept-all record, and the gated tags run`, async () => {
        const { context, autoconsent, requests, bannerVisible, close } = await visit(path, { autoAction: 'optIn' });
        try {
          const result = await autoconsent.waitFor('optInResult');
          assert.equal(result.cmp, RULE);
          assert.equal(result.result, true);
          assert.equal(await bannerVisible(), false);
          const choice = await storedChoice(context);
          assert.equal(choice?.action, 'accept-all');
          assert.deepEqual([...choice.granted].sort(), ['analytics', 'content']);
          await until(() => requests().some(({ path: hit }) => hit.startsWith('/api/third-party?source=analytics')), 'the analytics tag’s page view');
          await until(() => requests().some(({ path: hit }) => hit.startsWith('/assets/video-embed.html')), 'the gated video');
        } finally {
          await close();
        }
      });
    }
  });

  describe('the self-test reads the record, not a cookie name or one encoding', () => {
    test('js-cookie’s encoding and encodeURIComponent’s pass; an accept-all record fails', async () => {
      const { context, page, autoconsent, close } = await visit('/renamed-cookie');
      try {
        await autoconsent.waitFor('autoconsentDone');
        const raw = (await context.cookies()).find(({ name }) => name === 'shiftwise_choice').value;
        assert.match(raw, /%22action%22:%22reject-all%22/, 'js-cookie leaves ":" unescaped');
        assert.equal(await autoconsent.selfTest(page), true);

        // What a server writing the cookie with encodeURIComponent (SPEC 6) stores: ':' becomes %3A.
        const record = JSON.parse(decodeURIComponent(raw));
        const write = (value) => page.evaluate((cookie) => (document.cookie = `shiftwise_choice=${cookie}; Path=/`), value);
        await write(encodeURIComponent(JSON.stringify(record)));
        const jar = await page.evaluate(() => document.cookie);
        assert.ok(jar.includes('%22action%22%3A%22reject-all%22') && !jar.includes('%22action%22:'), `only the %3A form is stored: ${jar}`);
        assert.equal(await autoconsent.selfTest(page), true, 'encodeURIComponent form');

        await write(encodeURIComponent(JSON.stringify({ ...record, action: 'accept-all', granted: record.denied, denied: [] })));
        assert.equal(await autoconsent.selfTest(page), false, 'an accept-all record is no refusal');
      } finally {
        await close();
      }
    });
  });

  // These give autoconsent two detection rounds (detectRetries: 1; the second also runs its heuristics):
  // later rounds wait for a DOM mutation, for up to a minute, which a still page may never make.
  describe('where the rule must do nothing', { concurrency: 3 }, () => {
    test('while it looks for the banner, autoconsent pre-hides it through ::part(banner); nothing stays hidden', async () => {
      // No automatic action and a long prehide: the state a browser holds before it sends its decision.
      const { page, autoconsent, bannerVisible, close } = await visit('/', { autoAction: null, prehideTimeout: 60_000 });
      const banner = () =>
        page.evaluate(() => {
          const { opacity, pointerEvents } = getComputedStyle(document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="banner"]'));
          return { opacity, pointerEvents, prehideStyle: Boolean(document.getElementById('autoconsent-prehide')) };
        });
      try {
        await autoconsent.waitFor('popupFound');
        assert.deepEqual(await banner(), { opacity: '0', pointerEvents: 'none', prehideStyle: true });
        await autoconsent.send(page, { type: 'optOut' });
        assert.equal((await autoconsent.waitFor('optOutResult')).result, true);
        assert.equal(await bannerVisible(), false);
        assert.equal(await page.evaluate(() => document.getElementById('autoconsent-prehide')), null, 'the prehide style is gone');
      } finally {
        await close();
      }
    });

    test('a browser sending GPC: the element already refused (action "gpc"), no banner, nothing to click', async () => {
      const { context, autoconsent, bannerVisible, close } = await visit('/', { gpc: true, detectRetries: 1 });
      try {
        await until(() => autoconsent.messages.some(({ type, state }) => type === 'report' && state?.lifecycle === 'nothingDetected'), 'autoconsent giving up', 15_000);
        assert.equal(await bannerVisible(), false);
        assert.equal((await storedChoice(context))?.action, 'gpc');
        assert.ok(!autoconsent.messages.some(({ type }) => type === 'cmpDetected' || type === 'popupFound'));
      } finally {
        await close();
      }
    });

    test('someone else’s <cookie-consent> element is not ours', async () => {
      const { context, autoconsent, close } = await visit('/other-element', { detectRetries: 1 });
      try {
        await until(() => autoconsent.messages.some(({ type, state }) => type === 'report' && state?.lifecycle === 'nothingDetected'), 'autoconsent giving up', 15_000);
        assert.ok(!autoconsent.messages.some(({ type, cmp }) => type === 'cmpDetected' && cmp === RULE));
      } finally {
        await close();
      }
    });

    test('without our rule, autoconsent finds nothing on our page and the banner stays (why the rule exists)', async () => {
      const { context, autoconsent, bannerVisible, close } = await visit('/', { rules: upstreamRules(), detectRetries: 1 });
      try {
        await until(() => autoconsent.messages.some(({ type, state }) => type === 'report' && state?.lifecycle === 'nothingDetected'), 'autoconsent giving up', 15_000);
        assert.equal(await bannerVisible(), true);
      } finally {
        await close();
      }
    });
  });
});
