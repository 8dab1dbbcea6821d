// The classic script on a page that is not declared UTF-8 (served as windows-1252, no <meta charset>):
// the script inherits the page's encoding, so its texts must survive it (the build writes ASCII only).
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { chromium } from 'playwright-core';

const root = new URL('../../../', import.meta.url).pathname;
const file = `${root}dist/cookie-consent.min.js`;

test('French texts and curly quotes read right on a windows-1252 page', async () => {
  if (!existsSync(file)) execSync('npx rollup -c --silent', { cwd: root, stdio: 'inherit' });
  const script = readFileSync(file);
  const server = createServer((request, response) => {
    if (request.url === '/cookie-consent.min.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      return response.end(script);
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
    response.end('<!doctype html><html lang="fr"><head><script src="/cookie-consent.min.js"></script></head><body><p>Page</p></body></html>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const text = await page.locator('cookie-consent').evaluate(async (element) => {
      await element.updateComplete;
      return element.shadowRoot.querySelector('[part~="banner"]').textContent;
    });
    assert.match(text, /Nous utilisons des cookies nécessaires/);
    assert.match(text, /Paramètres|Personnaliser/);
    assert.doesNotMatch(text, /Ã|â€/);
  } finally {
    await browser.close();
    server.close();
  }
});
