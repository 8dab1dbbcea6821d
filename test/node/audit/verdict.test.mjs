// The verdict on whole sites: a leaky tag fails (exit 1) naming the host, the cookie and the page; the
// same tag gated passes (exit 0) and is seen after Accept all; a page with no banner fails with every
// third party and its category; --json validates against the published schema; --markup pasted into a
// page makes the element's preferences list those cookies.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before, test } from 'node:test';
import Ajv from 'ajv';
import { chromium } from 'playwright-core';
import { mapHostArgs, page, root, runAudit, startSite, startVendor } from './fixtures.mjs';

const analytics = 'https://www.google-analytics.com/analytics.js';
let vendor;
let site;
const out = mkdtempSync(`${tmpdir()}/audit-`);
const schema = JSON.parse(readFileSync(`${root}dist/node/audit/report.schema.json`, 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const readReport = (file) => {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
  return report;
};
const runs = {};
const audited = (name, args) => (runs[name] = runAudit(['audit', ...args, '--wait', '300', ...mapHostArgs(vendor)]));
const pass = (report, name) => report.passes.find((candidate) => candidate.name === name);

before(async () => {
  vendor = await startVendor();
  site = await startSite({
    // Automatic blocking turned off (blocking="off"), and the analytics tag not marked up.
    // The same tag with automatic blocking on (the default): held, never run, but the browser's parser asks for it.
    '/source': page(`<script src="${analytics}"></script>`),
    '/leaky': page(`<cookie-consent categories="analytics content marketing" blocking="off"></cookie-consent><script src="${analytics}"></script>`),
    // Gated tags, and what the site declares necessary: its session cookie and its payment provider's script.
    '/gated': {
      headers: { 'set-cookie': 'session_id=s3cr3t; Path=/; HttpOnly; SameSite=Lax' },
      html: page(`
      <cookie-consent categories="analytics content marketing">
        <consent-category name="necessary">
          <consent-cookie name="session_id" provider="This shop" duration="session"></consent-cookie>
          <consent-service name="Payments" match="js.stripe.com"></consent-service>
        </consent-category>
      </cookie-consent>
      <script src="https://js.stripe.com/v3/stripe.js"></script>
      <script type="text/plain" data-category="analytics" src="${analytics}"></script>
      <iframe data-category="content" data-src="https://www.youtube-nocookie.com/embed.html" title="Video"></iframe>
      <iframe data-category="content" data-src="https://widget.intercom.io/messenger.html" title="Chat"></iframe>
      <img data-category="marketing" data-src="https://ad.doubleclick.net/pixel.gif" alt="">`),
    },
    '/no-banner': page(`
      <script src="${analytics}"></script>
      <script src="https://static.hotjar.com/hotjar.js"></script>
      <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/theme/style.css">
      <img src="https://ad.doubleclick.net/pixel.gif" alt="">
      <img src="https://widgets.unknown-vendor.test/badge.gif" alt="">
      <iframe src="https://www.youtube-nocookie.com/embed.html" title="Video"></iframe>`, { banner: false }),
  });
  // The three audits run side by side (each its own browser); each test awaits its own.
  audited('leaky', [`${site.origin}/leaky`, '--json', `${out}/leaky.json`]);
  audited('gated', [`${site.origin}/gated`, '--json', `${out}/gated.json`, '--markup']);
  audited('no-banner', [`${site.origin}/no-banner`, '--json', '-']);
  audited('source', [`${site.origin}/source`, '--json', `${out}/source.json`]);
});
after(async () => {
  await Promise.all(Object.values(runs));
  await vendor.close();
  await site.close();
});

test('a tag in the page source held by automatic blocking: it never ran (no cookie), but its request fails with the fix', async () => {
  const { code, stdout, stderr } = await runs.source;
  assert.equal(code, 1, stderr);
  const failures = stdout.split('FAIL:')[1];
  assert.match(failures, /before any choice: 1 script request to www\.google-analytics\.com \(Google Analytics, needs analytics consent\); requested before consent from the page source: mark it up \(type="text\/plain" data-category="analytics" data-src=…\)/);
  assert.doesNotMatch(failures, /cookie _ga/);
  const report = readReport(`${out}/source.json`);
  assert.deepEqual(report.passes[0].pages[0].heldInSource, ['www.google-analytics.com']);
});

test('an ungated analytics tag fails: exit 1, naming the host, the cookie it set and the page', async () => {
  const url = `${site.origin}/leaky`;
  const { code, stdout, stderr } = await runs.leaky;
  assert.equal(code, 1, stderr);
  assert.match(stderr, /before any choice: page 1\/1/);
  const failures = stdout.split('FAIL:')[1];
  assert.match(failures, /before any choice: first-party cookie _ga \(127\.0\.0\.1, 13 months\): Google Analytics, analytics {2}\[http:\/\/127\.0\.0\.1:\d+\/leaky\]/);
  assert.match(failures, /before any choice: 1 script request to www\.google-analytics\.com \(Google Analytics, needs analytics consent\)/);
  assert.match(failures, /after Reject all: first-party cookie _ga /);
  const report = readReport(`${out}/leaky.json`);
  assert.equal(report.verdict, 'fail');
  const failing = report.findings.filter((finding) => finding.severity === 'fail' && finding.pass === 'before-choice');
  assert.deepEqual(failing.map((finding) => `${finding.type} ${finding.name} ${finding.page}`).sort(), [
    `cookie _ga ${url}`,
    `cookie _ga_ABC123 ${url}`,
    `request www.google-analytics.com ${url}`,
    `request www.google-analytics.com ${url}`,
  ]);
  // The beacon the tag sends home is seen as such.
  assert.ok(pass(report, 'before-choice').pages[0].requests.some((request) => request.kind === 'beacon/fetch' && request.host === 'www.google-analytics.com'));
  assert.equal(pass(report, 'after-reject').clicked, 'reject-all');
  // Each pass starts without cookies: the tag sets _ga again after Reject all, first set before any choice.
  const again = pass(report, 'after-reject').pages[0].cookies.find((cookie) => cookie.name === '_ga');
  assert.equal(again.firstSetIn, 'before-choice');
});

test('the same tag gated passes (exit 0), and Accept all shows what it and the embeds set', async () => {
  const { code, stderr } = await runs.gated;
  assert.equal(code, 0, stderr);
  assert.match(stderr, /PASS: before any choice and after Reject all, only what is necessary/);
  const report = readReport(`${out}/gated.json`);
  assert.equal(report.verdict, 'pass');
  const [beforeChoice, afterReject, afterAccept] = report.passes;
  // Before any choice and after Reject all: only the consent cookie and what the page declared necessary.
  const necessary = { category: 'necessary', source: 'site' };
  assert.deepEqual(beforeChoice.pages[0].cookies.map(({ name, label }) => ({ name, ...label })), [{ name: 'session_id', service: 'This shop', ...necessary }]);
  assert.deepEqual(beforeChoice.pages[0].requests.map(({ host, kind, label }) => ({ host, kind, ...label })), [{ host: 'js.stripe.com', kind: 'script', service: 'Payments', ...necessary }]);
  assert.equal(beforeChoice.pages[0].banner.ours, true);
  assert.deepEqual(afterReject.pages[0].cookies.map((cookie) => cookie.name).sort(), ['cookie_consent', 'session_id']);
  assert.deepEqual(afterReject.pages[0].requests.map((request) => request.host), ['js.stripe.com']);
  assert.deepEqual(report.findings, []);
  const cookies = Object.fromEntries(afterAccept.pages[0].cookies.map((cookie) => [cookie.name, cookie]));
  assert.equal(cookies._ga.party, 'first');
  assert.equal(cookies._ga.firstSetIn, 'after-accept');
  assert.deepEqual(cookies.IDE.label, { service: 'Google Ads', category: 'marketing', source: 'catalogue' });
  assert.equal(cookies.IDE.party, 'third');
  assert.equal(cookies.VISITOR_INFO1_LIVE.party, 'third');
  assert.deepEqual(cookies['intercom-id-x7'].label, { service: 'Intercom', category: 'content', source: 'third-party-web' });
  assert.ok(cookies.IDE.lifetime > 380 * 86400, `IDE lives ${cookies.IDE.lifetime} s`);
  const hosts = afterAccept.pages[0].requests.map((request) => `${request.host} ${request.kind}`).sort();
  assert.deepEqual(hosts, ['ad.doubleclick.net image', 'js.stripe.com script', 'widget.intercom.io frame', 'www.google-analytics.com beacon/fetch', 'www.google-analytics.com script', 'www.youtube-nocookie.com frame']);
});

test('--markup pasted into a page makes the element\'s preferences list those cookies', async () => {
  const { stdout: gatedMarkup } = await runs.gated;
  assert.match(gatedMarkup, /<consent-cookie name="intercom-\*" provider="Intercom" duration="9 months"><\/consent-cookie>/);
  const markupSite = await startSite({ '/': page('', { head: '' }).replace('<main>', `<cookie-consent categories="analytics content marketing">${gatedMarkup}</cookie-consent><main>`) });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const tab = await browser.newPage();
    await tab.goto(`${markupSite.origin}/`);
    await tab.locator('[data-action="customize"]').click();
    const rows = await tab.locator('cookie-consent').evaluate((element) =>
      [...element.shadowRoot.querySelectorAll('dialog tr')].map((row) => [...row.cells].map((cell) => cell.textContent.trim()).join(' | ')));
    const cookies = rows.filter((row) => !row.startsWith('Name'));
    assert.deepEqual(cookies.sort(), [
      'IDE | Google Ads | 13 months',
      'VISITOR_INFO1_LIVE | YouTube | 6 months',
      '_ga* | Google Analytics | 13 months',
      'intercom-* | Intercom | 9 months',
    ]);
  } finally {
    await browser.close();
    await markupSite.close();
  }
});

test('a page with no banner fails, every third party listed with its category', async () => {
  const { code, stdout, stderr } = await runs['no-banner'];
  assert.equal(code, 1, stderr);
  const report = JSON.parse(stdout);
  assert.ok(validate(report), JSON.stringify(validate.errors));
  const first = report.passes[0].pages[0];
  assert.deepEqual(first.banner, { ours: false, others: [] });
  const requests = first.requests.map((request) => `${request.host} ${request.kind}: ${request.label.service} (${request.label.category})`).sort();
  assert.deepEqual(requests, [
    'ad.doubleclick.net image: Google Ads (marketing)',
    'cdn.jsdelivr.net stylesheet: JSDelivr CDN (null)',
    'static.hotjar.com script: Hotjar (analytics)',
    'widgets.unknown-vendor.test image: unknown (null)',
    'www.google-analytics.com beacon/fetch: Google Analytics (analytics)',
    'www.google-analytics.com script: Google Analytics (analytics)',
    'www.youtube-nocookie.com frame: YouTube (content)',
  ]);
  assert.equal(report.passes[1].clicked, null);
  assert.match(report.passes[1].clickError, /no <cookie-consent>/);
  const reviewed = report.findings.filter((finding) => finding.severity === 'review' && finding.pass === 'before-choice').map((finding) => finding.name);
  assert.deepEqual(reviewed.sort(), ['cdn.jsdelivr.net', `${site.origin}/no-banner`, 'widgets.unknown-vendor.test']);
  assert.ok(first.storage.some((entry) => entry.key === '_hjSessionStorageTest' && entry.label.service === 'Hotjar'));
  // The table goes to standard error when the JSON takes standard output.
  assert.match(stderr, /✗ before any choice: third-party cookie IDE \(ad\.doubleclick\.net, 13 months\): Google Ads, marketing/);
});
