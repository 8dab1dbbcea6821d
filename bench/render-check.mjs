// Does minification change what visitors see? Builds the classic script twice, with and without the
// css``/html`` template minifier (scripts/minify-templates.mjs), renders the banner, the preferences
// and a gated iframe's placeholder with each in Chromium, and compares the screenshots pixel for pixel.
// Also checks the global `CookieConsent` and that no page error occurs. `node bench/render-check.mjs`
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';

const build = (env) => {
  execSync('npx rollup -c --silent', { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  return readFileSync('dist/cookie-consent.min.js');
};
const bundles = { plain: build({ NO_MINIFY_TEMPLATES: '1' }), minified: build({}) };

const page = `<!doctype html><html lang="en"><head>
<script src="/bundle.js" data-categories="analytics content marketing" data-privacy-url="/privacy"></script></head>
<body><p>Page text.</p><cookie-consent><consent-category name="analytics" label="Statistics">We count visits.
<consent-cookie name="_pk_*" provider="Matomo" duration="13 months"></consent-cookie></consent-category></cookie-consent>
<iframe data-category="content" data-src="https://video.example/embed/1" width="400" height="220"></iframe></body></html>`;
let current;
const server = createServer((request, response) => {
  const script = request.url === '/bundle.js';
  response.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html' });
  response.end(script ? current : page);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  chromiumSandbox: false,
  args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const shots = {};
let failed = false;
for (const [name, bundle] of Object.entries(bundles)) {
  current = bundle;
  const tab = await browser.newPage({ viewport: { width: 1000, height: 700 }, reducedMotion: 'reduce' });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  const element = 'document.querySelector("cookie-consent")';
  await tab.waitForFunction(`${element}?.shadowRoot?.querySelector('[part~="banner"]')`);
  shots[name] = [await tab.screenshot()];
  await tab.evaluate(`${element}.showPreferences(); ${element}.updateComplete`);
  shots[name].push(await tab.screenshot());
  await tab.evaluate(`${element}.hide(); ${element}.updateComplete`);
  shots[name].push(await tab.screenshot());
  const global = await tab.evaluate('typeof CookieConsent === "function" && CookieConsent === customElements.get("cookie-consent")');
  console.log(`${name}: ${bundle.length} B, global CookieConsent ${global ? 'ok' : 'MISSING'}, page errors: ${errors.length ? errors.join('; ') : 'none'}`);
  failed ||= !global || errors.length > 0;
  await tab.close();
}
await browser.close();
server.close();
['banner', 'preferences', 'placeholder after closing'].forEach((view, index) => {
  const same = shots.plain[index].equals(shots.minified[index]);
  console.log(`${view}: ${same ? 'identical pixels' : 'DIFFERENT'}`);
  failed ||= !same;
});
process.exit(failed ? 1 : 0);
