// Takes the README's screenshots with headless Chromium: the banner and the preferences, light and dark,
// English and French, 1280 and 360 px wide, on the demo site served from the build (run `npm run build`
// first; `npm run screenshots` does both), and the configurator. Output: docs/screenshots/*.png.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}docs/screenshots/`;
let port;

/** Starts demo/server.mjs on a free port and resolves once it listens. */
function startServer() {
  const server = spawn(process.execPath, ['demo/server.mjs'], { cwd: root, env: { ...process.env, PORT: '0' } });
  return new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      port = /127\.0\.0\.1:(\d+)/.exec(String(chunk))?.[1];
      if (port) resolve(server);
    });
    server.on('exit', (code) => reject(new Error(`demo server exited (${code})`)));
  });
}

/** The configurator (demo/configure.html) with a few choices made, for the README. */
async function shootConfigurator(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  const config = { categories: [
    { name: 'analytics', offered: true, label: 'Audience measurement', description: '', cookies: [] },
    { name: 'content', offered: true, label: '', description: '', cookies: [] },
    { name: 'marketing', offered: true, label: '', description: '', cookies: [] },
    { name: 'preferences', offered: false, label: '', description: '', cookies: [] },
  ], 'privacy-url': '/privacy', theme: 'light', style: { accent: '#0f6e6e' } };
  await page.goto(`http://127.0.0.1:${port}/configure#config=${encodeURIComponent(JSON.stringify(config))}`);
  await page.waitForSelector('html[data-preview-ready]');
  await page.frameLocator('#preview').locator('cookie-consent').evaluate((element) => element.updateComplete);
  await page.screenshot({ path: `${out}configurator.png` });
  await page.close();
  console.log('docs/screenshots/configurator.png');
}

// The demo declares its categories in English; the French shots get them in French, as a French site would.
const french = `
  <consent-category name="analytics" label="Mesure d’audience">
    Nous comptons les visites avec un Matomo auto-hébergé pour savoir quelles pages aident les planificateurs.
    <consent-cookie name="_pk_id.*" provider="Shiftwise (Matomo)" duration="13 mois"></consent-cookie>
    <consent-cookie name="_pk_ses.*" provider="Shiftwise (Matomo)" duration="30 minutes"></consent-cookie>
  </consent-category>
  <consent-category name="content" label="Vidéos et cartes">
    Les vidéos de clients et les cartes sont servies par leurs fournisseurs, qui peuvent déposer des cookies.
  </consent-category>`;

async function shoot(browser, { name, width, height, lang, theme, view, position = 'bottom' }) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: width < 500 ? 2 : 1 });
  await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(
    async ({ lang, theme, view, position, french }) => {
      const element = document.querySelector('cookie-consent');
      document.documentElement.lang = lang;
      element.setAttribute('theme', theme);
      element.setAttribute('position', position);
      if (lang === 'fr') {
        element.querySelectorAll('consent-category').forEach((category) => category.remove());
        element.insertAdjacentHTML('afterbegin', french);
      }
      if (view === 'preferences') element.showPreferences();
      await element.updateComplete;
    },
    { lang, theme, view, position, french },
  );
  await page.screenshot({ path: `${out}${name}.png` });
  await page.close();
  console.log(`docs/screenshots/${name}.png`);
}

await mkdir(out, { recursive: true });
const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  await shoot(browser, { name: 'demo-banner', width: 1280, height: 720, lang: 'en', theme: 'light', view: 'banner' });
  await shoot(browser, { name: 'demo-preferences', width: 1280, height: 720, lang: 'en', theme: 'light', view: 'preferences' });
  await shootConfigurator(browser);
  for (const lang of ['en', 'fr']) {
    for (const theme of ['light', 'dark']) {
      for (const [width, height] of [[1280, 800], [360, 740]]) {
        for (const view of ['banner', 'preferences']) {
          await shoot(browser, { name: `${view}-${lang}-${theme}-${width}`, width, height, lang, theme, view });
        }
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
