// `npm run bench`: builds, serves bench pages on 127.0.0.1, drives /usr/bin/chromium with
// playwright-core and prints the table of issue 6; results go to bench/results/<time>.json (and
// bench/results/reference.json with BENCH_REFERENCE=1). BENCH_RUNS=3 for a quick look (default 15),
// BENCH_NO_BUILD=1 to measure the dist/ already built.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { measure } from '../scripts/check-size.mjs';
import { frame, pages } from './pages.mjs';
import { scenarios } from './scenarios.mjs';
import { summarize, table } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 15);
const bundlePath = `${root}dist/cookie-consent.min.js`;

if (!process.env.BENCH_NO_BUILD) execSync('npm run --silent build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const bundle = readFileSync(bundlePath);
// Measured now: another build may replace dist/ while the runs go on; the pages get this copy.
const size = measure(bundle);

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const pair = pages[url.pathname];
  let body = pair?.[url.searchParams.has('baseline') ? 1 : 0];
  let type = 'text/html; charset=utf-8';
  if (url.pathname === '/dist/cookie-consent.min.js') [body, type] = [bundle, 'text/javascript'];
  else if (!pair) body = frame;
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  chromiumSandbox: false,
  args: [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const probe = readFileSync(new URL('probe.js', import.meta.url), 'utf8');

/**
 * A fresh context and page, probe injected, CPU throttled by `cpu`, optionally with a stored choice;
 * `vendors`: every request to another host is answered here (a script records `window.__vendorRuns`)
 * and listed in `vendorRequests`, so nothing leaves the machine.
 */
async function open({ cpu = 1, stored = false, vendors = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const vendorRequests = [];
  if (vendors) {
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
      const request = route.request();
      vendorRequests.push(request.url());
      if (request.resourceType() !== 'script') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Vendor</title>' });
      route.fulfill({ contentType: 'text/javascript', body: `(window.__vendorRuns??=[]).push(performance.now())` });
    });
  }
  if (stored) {
    const record = {
      v: 1,
      id: '3f0c9a6e-8d1b-4f57-9a0e-2a4b6c8d0e1f',
      rev: '1',
      ts: new Date().toISOString(),
      granted: ['analytics', 'content'],
      denied: [],
      action: 'accept-all',
      lang: 'en',
    };
    await context.addCookies([{ name: 'cookie_consent', value: encodeURIComponent(JSON.stringify(record)), url: origin }]);
  }
  const page = await context.newPage();
  await page.addInitScript(probe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { context, page, cdp, origin, vendorRequests };
}

const samples = {};
const add = (name, value) => (samples[name] ??= []).push(value);
const started = Date.now();
for (let run = 0; run < runs; run++) {
  for (const scenario of scenarios) {
    // Interleaved: the baseline and the page alternate which goes first.
    const order = run % 2 ? ['page', 'baseline'] : ['baseline', 'page'];
    const result = {};
    for (const side of order) {
      if (side === 'baseline' && !scenario.baseline) continue;
      const session = await open(scenario.options);
      try {
        result[side] = await scenario[side](session);
      } catch (error) {
        console.error(`${scenario.name} ${side} run ${run + 1}: ${error.message.split('\n')[0]}`);
        result[side] = null;
      } finally {
        await session.context.close();
      }
    }
    for (const [key, value] of Object.entries(scenario.collect(result))) add(key, value);
  }
  process.stderr.write(`run ${run + 1}/${runs} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}
await browser.close();
server.close();

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    browser: `Chromium ${browser.version()}`,
    node: process.version,
  },
  runs,
  seconds: Math.round((Date.now() - started) / 1000),
  size,
  metrics: summarize(samples),
};
console.log(table(results));
mkdirSync(`${root}bench/results`, { recursive: true });
const json = `${JSON.stringify(results, null, 2)}\n`;
writeFileSync(`${root}bench/results/${results.date.replace(/[:.]/g, '-')}.json`, json);
writeFileSync(`${root}bench/results/latest.json`, json);
if (process.env.BENCH_REFERENCE) writeFileSync(`${root}bench/results/reference.json`, json);
