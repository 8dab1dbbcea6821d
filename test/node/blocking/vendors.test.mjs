// Automatic blocking with real vendors' hostnames (SPEC 13), in Chromium: vendor-site.html pastes
// published snippets (gtag.js, Tag Manager, Meta Pixel, Hotjar, Clarity, Matomo Cloud, LinkedIn, a
// YouTube embed, a Google Maps embed and a Bing pixel added later); every request to another host is
// answered by a local stand-in and counted. Needs the build (`npm run build`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, vendorBrowser } from './serve.mjs';

/** Tags in the page source after our script: the limit (the parser may request them), never run. */
const inSource = ['https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'];
/** Tags page code makes: never requested before consent. */
const madeByCode = [
  'https://www.googletagmanager.com/gtm.js?id=GTM-XXXXXXX',
  'https://connect.facebook.net/en_US/fbevents.js',
  'https://static.hotjar.com/c/hotjar-1000000.js?sv=6',
  'https://www.clarity.ms/tag/abcdefghij',
  'https://cdn.matomo.cloud/example.matomo.cloud/matomo.js',
  'https://snap.licdn.com/li.lms-analytics/insight.min.js',
  'https://www.google.com/maps/embed?pb=!1m18',
  'https://bat.bing.com/action/0?ti=000&evt=pageLoad',
];
const scripts = [...inSource.slice(0, 1), ...madeByCode.slice(0, 6)];

let server;
let vendor;
before(async () => {
  server = await startServer();
  vendor = await vendorBrowser();
});
after(async () => {
  await vendor?.browser.close();
  server?.close();
});

/** Opens the site (no choice stored at first) and waits for the page code that runs late (50 ms). */
async function open(page, file = 'vendor-site.html') {
  await page.goto(`${server.origin}/page/${file}`);
  await page.waitForFunction(() => document.querySelector('#map iframe, #map [data-consent-service]') || document.querySelectorAll('#map *').length);
  await page.waitForTimeout(300);
}

test('before a choice, after Reject all and on its reload: no tag made by code requested, nothing ran', async () => {
  await vendor.context.clearCookies();
  const page = await vendor.context.newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await open(page);
  for (const url of madeByCode) assert.ok(!vendor.requests.includes(url), `requested before consent: ${url}`);
  assert.ok(vendor.requests.every((url) => inSource.includes(url)), `only tags in the source may be requested: ${vendor.requests}`);
  assert.equal(await page.evaluate(() => window.vendorRuns), undefined, 'no vendor script ran');
  assert.equal(await page.evaluate(() => document.querySelector('iframe').contentDocument?.title ?? ''), '', 'no vendor page shown');
  // The one warning names the tags of the source and their fix.
  const warning = warnings.find((text) => text.includes('Mark each up'));
  assert.match(warning, /<script async="" type="text\/plain" data-src="https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=G-XXXXXXXXXX" data-category="analytics" data-consent-service="Google Analytics"><\/script>/);
  assert.match(warning, /<iframe [^>]*data-src="https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ" data-category="content" data-consent-service="YouTube"><\/iframe>/);
  // The placeholder names the service.
  assert.match(await page.evaluate(() => document.querySelector('consent-placeholder').shadowRoot.textContent), /YouTube/);

  await page.evaluate(() => document.querySelector('cookie-consent').rejectAll());
  await page.waitForTimeout(300);
  const sourceRequests = vendor.requests.length;
  await open(page);
  assert.deepEqual(vendor.requests.slice(sourceRequests).filter((url) => !inSource.includes(url)), [], 'after Reject all and a reload');
  assert.equal(await page.evaluate(() => window.vendorRuns), undefined, 'no vendor script ran after the reload');
  assert.deepEqual(errors, []);
  await page.close();
});

test('after Accept all each tag runs or loads once, scripts in document order; withdrawal deletes their cookies', async () => {
  await vendor.context.clearCookies();
  const page = await vendor.context.newPage();
  await open(page);
  const order = await page.evaluate(() => [...document.querySelectorAll('script[data-consent-service]')].map((script) => script.dataset.src));
  assert.deepEqual([...order].sort(), [...scripts].sort());
  const before = vendor.requests.length;
  await page.evaluate(() => document.querySelector('cookie-consent').acceptAll());
  await page.waitForFunction((count) => window.vendorRuns?.length === count, scripts.length);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.vendorRuns), order, 'each script ran once, in document order');
  const after = vendor.requests.slice(before);
  for (const url of madeByCode) assert.equal(after.filter((requested) => requested === url).length, 1, `requested once: ${url}`);
  const frames = () => page.frames().map((frame) => frame.url());
  for (const url of ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'https://www.google.com/maps/embed?pb=!1m18']) {
    assert.ok(frames().includes(url), `the frame shows ${url}: ${frames()}`);
  }
  assert.equal(await page.evaluate(() => document.querySelectorAll('consent-placeholder').length), 0);

  // Withdrawal: the catalogue's cookies of the services recognised here are deleted, embeds go back to their placeholder.
  await page.evaluate(() => {
    for (const name of ['_ga', '_ga_ABC123', '_fbp', '_hjSessionUser_1', '_pk_id.1.abcd', 'site_pref']) document.cookie = `${name}=1; Path=/`;
    document.querySelector('cookie-consent').rejectAll();
  });
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => document.cookie.split('; ').map((pair) => pair.split('=')[0]).filter((name) => name !== 'vendors').sort()), ['site_pref']);
  assert.equal(await page.evaluate(() => document.querySelectorAll('consent-placeholder').length), 2);
  assert.equal(await page.evaluate(() => window.vendorRuns.length), scripts.length, 'nothing ran again');
  await page.close();
});

test('consent-mode="google" on the script tag: gtag.js and Tag Manager load at once, the others wait', async () => {
  await vendor.context.clearCookies();
  const page = await vendor.context.newPage();
  const before = vendor.requests.length;
  await page.route(`${server.origin}/page/vendor-site.html`, async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: (await response.text()).replace('data-categories=', 'data-consent-mode="google" data-categories=') });
  });
  await open(page);
  const runs = await page.evaluate(() => window.vendorRuns ?? []);
  assert.deepEqual([...runs].sort(), ['https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX', 'https://www.googletagmanager.com/gtm.js?id=GTM-XXXXXXX']);
  for (const url of madeByCode.slice(1)) assert.ok(!vendor.requests.slice(before).includes(url), `requested before consent: ${url}`);
  // The Consent Mode default reached dataLayer before Google's tag ran.
  assert.deepEqual(await page.evaluate(() => [...window.dataLayer[0]].slice(0, 2)), ['consent', 'default']);
  await page.close();
});
