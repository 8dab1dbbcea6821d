// Automatic blocking under Trusted Types (`require-trusted-types-for 'script'`), in Chromium: the page's
// own policy keeps working, tags made by code with trusted values wait and then run with them; a tag
// of the page source is released through our `cookie-consent` policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, vendorBrowser } from './serve.mjs';

let server;
let vendor;
before(async () => {
  server = await startServer({ 'content-security-policy': "require-trusted-types-for 'script'" });
  vendor = await vendorBrowser();
});
after(async () => {
  await vendor?.browser.close();
  server?.close();
});

test('trusted values wait for consent and run with it; no page error', async () => {
  const page = await vendor.context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${server.origin}/page/trusted-types-site.html`);
  await page.waitForFunction(() => window.ownLoaded);
  await page.waitForTimeout(200);
  assert.deepEqual(vendor.requests, ['https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX'], 'only the source tag, by the parser');
  assert.equal(await page.evaluate(() => window.vendorRuns), undefined);
  await page.evaluate(() => document.querySelector('cookie-consent').acceptAll());
  await page.waitForFunction(() => window.vendorRuns?.length === 2);
  await page.waitForTimeout(300);
  // The source tag too, in document order, through our `cookie-consent` policy (the page allows any name).
  assert.deepEqual(await page.evaluate(() => window.vendorRuns), [
    'https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX',
    'https://static.hotjar.com/c/hotjar-1000000.js?sv=6',
  ]);
  for (const url of ['https://player.vimeo.com/video/1', 'https://bat.bing.com/action/0?ti=000']) assert.ok(vendor.requests.includes(url), url);
  assert.deepEqual(warnings.filter((text) => /Trusted Types/.test(text)), [], 'no tag refused');
  assert.deepEqual(errors, []);
});
