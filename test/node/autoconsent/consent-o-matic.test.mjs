// Consent-O-Matic (Aarhus University's extension) with our rule (autoconsent/consent-o-matic.json) and all
// of its own answers our banner with the visitor's settings: nothing allowed → Reject all, everything →
// Accept all, some categories → Customize, the matching switches, Save choices. Its engine comes from a
// checkout named by CONSENT_O_MATIC_DIR; without one these tests are skipped (the reason is printed).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { ensureBuilt, gatedRequests, receipts, storedChoice, until, visitSite } from './site.mjs';
import { allRules, folders, ourRules, runConsentOMatic, unavailable } from './consent-o-matic-driver.mjs';

const RULE = Object.keys(ourRules())[0];

let browser;

before(async () => {
  ensureBuilt();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
});

after(() => browser?.close());

/**
 * A visitor with Consent-O-Matic set to `consent` opens `path`; resolves to the engine's report and the
 * visit, once the element posted its receipt (the choice is applied, a gated tag would have been fetched).
 * The demo page gets every rule of the checkout (ours must be the one that answers); the other pages only
 * ours, which keeps the run short (the engine tries each rule every half second).
 */
async function answered(path, consent) {
  const visit = await visitSite(browser, path, { folders: folders() });
  const result = await runConsentOMatic(visit.page, consent, path === '/' ? allRules() : ourRules());
  if (result.handled) await until(() => receipts(visit.requests()).length === 1, 'the consent receipt');
  return { ...visit, result };
}

const refusals = [
  ['/', 'cookie_consent'],
  ['/center', 'cookie_consent'],
  ['/texts', 'cookie_consent'],
  ['/french', 'cookie_consent'],
  ['/renamed-cookie', 'shiftwise_choice'],
];

// Skipped one by one (so the summary counts them) when there is no checkout; the reason is printed with each.
const when = { skip: unavailable || false };

describe('Consent-O-Matic answers our banner for the visitor', { concurrency: 4 }, () => {
  for (const [path, cookieName] of refusals) {
    test(`nothing allowed on ${path}: Reject all, nothing gated runs`, when, async () => {
      const { context, result, requests, offSite, bannerVisible, close } = await answered(path, {});
      try {
        assert.deepEqual({ handled: result.handled, cmpName: result.cmpName }, { handled: true, cmpName: RULE });
        assert.equal(await bannerVisible(), false, 'the banner is gone');
        const choice = await storedChoice(context, cookieName);
        assert.equal(choice?.action, 'reject-all');
        assert.deepEqual([...choice.denied].sort(), ['analytics', 'content']);
        assert.deepEqual(gatedRequests(requests()), [], 'no gated tag was fetched');
        assert.deepEqual(offSite, []);
      } finally {
        await close();
      }
    });
  }

  test('everything allowed: Accept all, the gated tags run', when, async () => {
    const all = { A: true, B: true, D: true, E: true, F: true, X: true };
    const { context, result, requests, close } = await answered('/', all);
    try {
      assert.equal(result.cmpName, RULE);
      assert.equal((await storedChoice(context))?.action, 'accept-all');
      await until(() => requests().some(({ path }) => path.startsWith('/api/third-party?source=analytics')), 'the analytics tag’s page view');
    } finally {
      await close();
    }
  });

  test('analytics (type B) only: the switches are set and saved, a custom choice; only analytics runs', when, async () => {
    const { context, page, result, requests, close } = await answered('/center', { B: true });
    try {
      assert.equal(result.cmpName, RULE);
      const choice = await storedChoice(context);
      assert.deepEqual({ action: choice?.action, granted: choice?.granted, denied: choice?.denied }, { action: 'custom', granted: ['analytics'], denied: ['content'] });
      await until(() => requests().some(({ path }) => path.startsWith('/api/third-party?source=analytics')), 'the analytics tag’s page view');
      assert.ok(!requests().some(({ path }) => path.startsWith('/assets/video-embed.html')), 'the video stays gated');
      assert.equal(await page.evaluate(() => document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="dialog"][open]')), null, 'the preferences closed');
    } finally {
      await close();
    }
  });

  test('someone else’s <cookie-consent> element is not ours', when, async () => {
    const { result, close } = await answered('/other-element', {});
    try {
      assert.deepEqual(result, { handled: false }, 'the engine gave up: nothing it knows');
    } finally {
      await close();
    }
  });
});

/** Every DOM selection of a rule (the objects with a `target`), found at any depth. */
const selections = (value) =>
  value && typeof value === 'object'
    ? [...(value.target?.selector ? [value] : []), ...Object.values(value).flatMap(selections)]
    : [];

// Runs without a checkout: each selection of the rule finds its element in our shadow root, the banner's on
// the first layer, the dialog's once Customize opened it (so a renamed part or hook fails here too).
test('every selection of the rule finds its element in our banner and dialog', async () => {
  const { page, close } = await visitSite(browser, '/every-built-in-category');
  const found = (selection) =>
    page.evaluate(({ parent, target }) => {
      const root = parent ? document.querySelector(parent.selector)?.shadowRoot : document;
      return Boolean(root?.querySelector(target.selector));
    }, selection);
  try {
    const all = selections(ourRules());
    const inDialog = all.filter(({ target }) => target.selector.includes('[part~="dialog"]'));
    const inBanner = all.filter((selection) => !inDialog.includes(selection));
    assert.ok(inBanner.length >= 4 && inDialog.length >= 10, `${inBanner.length} banner and ${inDialog.length} dialog selections`);
    for (const selection of inBanner) assert.ok(await found(selection), `banner: ${selection.target.selector}`);
    for (const selection of inDialog) assert.equal(await found(selection), false, `not before Customize: ${selection.target.selector}`);
    await page.evaluate(() => document.querySelector('cookie-consent').shadowRoot.querySelector('[data-action="customize"]').click());
    for (const selection of inDialog) assert.ok(await until(() => found(selection), selection.target.selector), `dialog: ${selection.target.selector}`);
  } finally {
    await close();
  }
});
