// The demo site on phones (360 and 390 px wide, Chromium): every page fits the width, the header keeps all
// its links in view, the hero's buttons sit apart on the same left edge, the receipts page shows its caption
// and cards whole with nothing but the footer's white below the footer, and "Forget my cookie choice" is
// a styled button. Served by demo/server.mjs on a free port; the build must exist (`npm run build`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let server;
let base;
let browser;

before(async () => {
  server = spawn(process.execPath, ['demo/server.mjs'], { cwd: root, env: { ...process.env, PORT: '0' } });
  base = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(chunk));
      if (url) resolve(url[0].slice(0, -1));
    });
    server.on('exit', (code) => reject(new Error(`demo server exited (${code})`)));
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** A page at `width`, as a returning visitor who refused (no banner over the layout) unless `banner`. */
async function open(path, width, { banner = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 740 } });
  if (!banner) {
    const record = { v: 1, id: 'f2a4c6e8-0b1d-4f3a-9c5e-7a9b1d3f5a7c', rev: '1', ts: new Date().toISOString(), granted: [], denied: ['analytics', 'content'], action: 'reject-all', lang: 'en' };
    await context.addCookies([{ name: 'cookie_consent', value: encodeURIComponent(JSON.stringify(record)), url: base }]);
  }
  // Receipts come from the demo server's log: a fixed list, so the cards are there to measure.
  await context.route('**/api/consent-receipts', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify([{ received: '2026-12-02T10:00:00.000Z', id: '3f0c9a6e-8d1b-4f57-9a0e-2a4b6c8d0e1f', action: 'custom', granted: ['analytics'], denied: ['content'], rev: '1', lang: 'en', url: `${base}/a/rather/long/path/of/the/demo/site` }]),
  }));
  const page = await context.newPage();
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  return page;
}

for (const width of [360, 390]) {
  test(`${width} px: every page fits, and the header shows all its links`, async () => {
    for (const path of ['/', '/privacy', '/receipts', '/configure']) {
      const page = await open(path, width);
      const layout = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - innerWidth,
        links: [...document.querySelectorAll('header nav a')].map((a) => {
          const box = a.getBoundingClientRect();
          return { text: a.textContent, visible: a.checkVisibility() && box.left >= 0 && box.right <= innerWidth };
        }),
      }));
      assert.equal(layout.overflow, 0, `${path} scrolls sideways`);
      assert.deepEqual(layout.links.map((link) => link.text), ['Product', 'Customers', 'Privacy', 'Configure'], path);
      assert.ok(layout.links.every((link) => link.visible), `${path}: ${JSON.stringify(layout.links)}`);
      await page.context().close();
    }
  });

  test(`${width} px: the hero's buttons have a gap and the same left edge; the reset button is styled`, async () => {
    const page = await open('/', width);
    const [first, second] = await page.locator('.hero .cta').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().toJSON()));
    const heading = await page.locator('.hero h1').evaluate((h) => h.getBoundingClientRect().left);
    const gap = second.top >= first.bottom ? second.top - first.bottom : second.left - first.right;
    assert.ok(gap >= 8, `gap between the hero buttons: ${gap}px`);
    if (second.top >= first.bottom) assert.equal(second.left, first.left, 'stacked buttons share their left edge');
    assert.equal(first.left, heading, 'no indent before the first button');
    const reset = await page.getByRole('button', { name: 'Forget my cookie choice' }).evaluate((button) => {
      const style = getComputedStyle(button);
      return { background: style.backgroundColor, color: style.color, radius: style.borderTopLeftRadius, height: button.getBoundingClientRect().height };
    });
    assert.equal(reset.background, 'rgb(15, 110, 110)', 'brand background');
    assert.equal(reset.color, 'rgb(255, 255, 255)');
    assert.notEqual(reset.radius, '0px');
    assert.ok(reset.height >= 32, `a tap target: ${reset.height}px`);
    await page.context().close();
  });

  test(`${width} px: the receipts page shows its caption and cards whole, white below the footer`, async () => {
    for (const banner of [false, true]) {
      const page = await open('/receipts', width, { banner });
      const result = await page.evaluate(async (banner) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        // With the banner, the element makes room under it a frame after it shows.
        for (let tries = 0; banner && tries < 120 && getComputedStyle(document.documentElement).paddingBottom === '0px'; tries++) await frame();
        const inside = (element) => {
          const box = element.getBoundingClientRect();
          return box.left >= 0 && box.right <= innerWidth && element.scrollWidth <= element.clientWidth + 1;
        };
        scrollTo(0, document.documentElement.scrollHeight);
        await frame();
        await frame();
        const footer = document.querySelector('footer.site').getBoundingClientRect();
        const bar = document.querySelector('cookie-consent').shadowRoot.querySelector('[part~="banner"]');
        return {
          caption: inside(document.querySelector('table.receipts caption')),
          cells: [...document.querySelectorAll('#receipts td')].every(inside),
          cellCount: document.querySelectorAll('#receipts td').length,
          // What shows below the footer (the element's room under its bar, a short page) is the canvas.
          canvas: getComputedStyle(document.documentElement).backgroundColor,
          footer: getComputedStyle(document.querySelector('footer.site')).backgroundColor,
          // The footer's last line is above the banner (or the window's bottom), not under it.
          footerClear: footer.bottom <= (bar?.checkVisibility() ? bar.getBoundingClientRect().top : innerHeight) + 0.5,
        };
      }, banner);
      assert.ok(result.caption, 'caption whole');
      assert.equal(result.cellCount, 8);
      assert.ok(result.cells, 'every receipt cell within the page');
      assert.equal(result.canvas, result.footer, 'the band below the footer is the footer’s colour');
      assert.ok(result.footerClear, `the footer in view${banner ? ', clear of the banner' : ''}`);
      await page.context().close();
    }
  });
}
