// Automatic blocking under SPEC 12's two strict policies, in Chromium, on vendor-site.html with the nonce
// on each of its script tags (as a site under CSP pastes them): no page error; with 'strict-dynamic'
// every vendor script runs after Accept all, none before, and no violation; with the nonce alone the
// same scripts run and the same are refused as with data-blocking="off" (code-made scripts carry no nonce).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, vendorBrowser } from './serve.mjs';

const policies = {
  'strict-dynamic': "script-src 'nonce-n0nce' 'strict-dynamic'; object-src 'none'; base-uri 'none'",
  'nonce only': "script-src 'nonce-n0nce' 'self'; object-src 'none'; base-uri 'none'",
};

let vendor;
before(async () => {
  vendor = await vendorBrowser();
});
after(() => vendor?.browser.close());

/** Runs the site under `policy`, accepts all, and tells what ran and what the policy refused. */
async function run(policy, blocking = 'auto') {
  const server = await startServer({ 'content-security-policy': policy });
  await vendor.context.clearCookies();
  const page = await vendor.context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(`${server.origin}/page/vendor-site.html`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replaceAll('<script', '<script nonce="n0nce"').replace('data-categories=', `data-blocking="${blocking}" data-categories=`);
    route.fulfill({ response, body });
  });
  await page.addInitScript(() => {
    window.violations = [];
    addEventListener('securitypolicyviolation', (event) => window.violations.push(event.blockedURI));
  });
  await page.goto(`${server.origin}/page/vendor-site.html`);
  await page.waitForTimeout(400);
  const before = await page.evaluate(() => window.vendorRuns ?? []);
  await page.evaluate(() => document.querySelector('cookie-consent').acceptAll());
  await page.waitForTimeout(800);
  const result = await page.evaluate(() => ({ runs: [...(window.vendorRuns ?? [])].sort(), violations: [...new Set(window.violations)].sort() }));
  await page.close();
  server.close();
  return { before, ...result, errors };
}

test("script-src 'nonce-…' 'strict-dynamic': nothing before, every vendor script after, no violation", async () => {
  const { before, runs, violations, errors } = await run(policies['strict-dynamic']);
  assert.deepEqual(before, []);
  assert.equal(runs.length, 7, String(runs));
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
});

test("script-src 'nonce-…' alone: nothing before; after, what runs and what is refused is what blocking=off gives", async () => {
  const auto = await run(policies['nonce only']);
  const off = await run(policies['nonce only'], 'off');
  assert.deepEqual(auto.before, []);
  assert.ok(auto.runs.includes('https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX'), 'the source tag with its nonce runs');
  assert.deepEqual(auto.runs, off.runs);
  assert.deepEqual(auto.violations, off.violations);
  assert.deepEqual([...auto.errors, ...off.errors], []);
});
