// Where the main thread goes while a first visit loads: `node bench/profile.mjs [path] [runs]`.
// Bundles src/bundle.ts with esbuild, unminified (production Lit), so functions keep their names, loads
// a bench page with the CPU profiler on and prints the functions by total (inclusive) time per load.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { frame, pages } from './pages.mjs';

const [path = '/first-visit', runs = '6'] = process.argv.slice(2);
const bundle = execSync(
  'npx esbuild src/bundle.ts --bundle --format=iife --global-name=CookieConsent --conditions=production --target=es2021 --log-level=error',
);
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const script = url.pathname.endsWith('.js');
  response.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html' });
  response.end(script ? bundle : (pages[url.pathname]?.[0] ?? frame));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  chromiumSandbox: false,
  args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const inclusive = new Map();
for (let run = 0; run < Number(runs); run++) {
  const context = await browser.newContext();
  // /returning: a valid choice is stored, as bench/run.mjs stores it.
  if (path === '/returning') {
    const record = { v: 1, id: '3f0c9a6e-8d1b-4f57-9a0e-2a4b6c8d0e1f', rev: '1', ts: new Date().toISOString(), granted: ['analytics', 'content'], denied: [], action: 'accept-all', lang: 'en' };
    await context.addCookies([{ name: 'cookie_consent', value: encodeURIComponent(JSON.stringify(record)), url: `http://127.0.0.1:${server.address().port}` }]);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
  await page.waitForTimeout(200);
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const seen = new Set();
    for (let at = id; at; at = parents.get(at)) {
      const name = nodes.get(at).callFrame.functionName || '(anonymous)';
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  });
  await context.close();
}
await browser.close();
server.close();
console.log(`ms per load (inclusive), ${runs} loads of ${path}:`);
for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${(ms / Number(runs)).toFixed(2).padStart(8)}  ${name}`);
}
