// The package as a user gets it: `npm pack` of a fresh checkout (which builds through `prepare`),
// installed from the tarball into an empty folder, imported in Node (server-side rendering: no DOM,
// nothing may throw), and its classic script loaded by a page in Chromium, which shows the banner.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
let folder;
let packed;

/**
 * A checkout of the repository as git would give it (tracked and new files, nothing ignored: no dist/, no
 * custom-elements.json), with the repo's node_modules linked in for the build tools. Packing it proves that
 * `prepare` builds, and leaves the repo's own dist/ alone (other tests serve it meanwhile).
 */
async function checkout(into) {
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, maxBuffer: 1 << 24 });
  const files = stdout.split('\0').filter(Boolean);
  await Promise.all(files.map(async (file) => {
    await mkdir(dirname(join(into, file)), { recursive: true });
    await copyFile(join(root, file), join(into, file)).catch((error) => {
      if (error.code !== 'ENOENT') throw error; // deleted in the work tree, not yet in git
    });
  }));
  await symlink(join(root, 'node_modules'), join(into, 'node_modules'));
}

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cookie-consent-pack-'));
  const source = join(folder, 'source');
  await checkout(source);
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', folder], { cwd: source, maxBuffer: 1 << 24 });
  // The build's output comes before the JSON report, which starts a line with `[` and the next with `{`.
  [packed] = JSON.parse(stdout.slice(stdout.search(/^\[\s*\{/m)));
  const app = join(folder, 'app');
  await run('mkdir', [app]);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  const tarball = join(folder, packed.filename);
  try {
    // lit and js-cookie come from npm's cache (the repo's own `npm ci` put them there).
    await run('npm', ['install', ...quiet, '--offline', tarball], { cwd: app });
  } catch {
    await run('npm', ['install', ...quiet, tarball], { cwd: app });
  }
});

after(() => rm(folder, { recursive: true, force: true }));

test('npm pack holds the build, the manifest, the licence and the README', () => {
  const files = packed.files.map((file) => file.path);
  for (const file of ['dist/cookie-consent.min.js', 'dist/index.js', 'dist/index.d.ts', 'dist/element.js', 'dist/element.d.ts',
    'custom-elements.json', 'LICENSE', 'README.md', 'package.json']) {
    assert.ok(files.includes(file), `${file} in the tarball`);
  }
  assert.ok(!files.some((file) => file.startsWith('src/') || file.startsWith('test/')), 'no sources or tests');
});

test('the installed package has the MIT licence text and its two dependencies', async () => {
  const app = join(folder, 'app');
  const licence = await readFile(join(app, 'node_modules/cookie-consent-element/LICENSE'), 'utf8');
  assert.match(licence, /^MIT License/);
  assert.match(licence, /Copyright \(c\) 2026 cookie-consent-element contributors/);
  const lock = JSON.parse(await readFile(join(app, 'package-lock.json'), 'utf8'));
  assert.ok(lock.packages['node_modules/lit'], 'lit installed');
  assert.ok(lock.packages['node_modules/js-cookie'], 'js-cookie installed');
});

test('Node imports both entries and the manifest without a DOM, and nothing throws', async () => {
  const script = `
    const main = await import('cookie-consent-element');
    const element = await import('cookie-consent-element/element');
    const { default: manifest } = await import('cookie-consent-element/custom-elements.json', { with: { type: 'json' } });
    console.log(JSON.stringify({
      main: Object.keys(main).sort(),
      sameClass: main.CookieConsent === element.CookieConsent,
      defined: main.defineCookieConsent(),
      tag: manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName)?.tagName,
    }));`;
  const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: join(folder, 'app') });
  const result = JSON.parse(stdout);
  for (const name of ['CookieConsent', 'defineCookieConsent', 'registerLanguage', 'parseRecord', 'validateRecord']) {
    assert.ok(result.main.includes(name), `exports ${name}`);
  }
  assert.equal(result.sameClass, true);
  assert.equal(result.defined, undefined, 'no customElements in Node: nothing registered, nothing thrown');
  assert.equal(result.tag, 'cookie-consent');
  assert.doesNotMatch(stderr, /Error/);
});

test("a page loading the installed dist/cookie-consent.min.js shows the banner", async () => {
  const app = join(folder, 'app');
  const page = `<!doctype html><html lang="en"><head>
    <script src="/node_modules/cookie-consent-element/dist/cookie-consent.min.js" data-categories="analytics marketing"
      data-privacy-url="/privacy"></script></head><body><h1>Shop</h1></body></html>`;
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (!path.startsWith('/node_modules/cookie-consent-element/') || path.includes('..')) return response.writeHead(404).end();
    try {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(join(app, path)));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    const banner = tab.locator('cookie-consent [part="banner"]');
    await banner.waitFor({ state: 'visible', timeout: 10000 });
    assert.equal(await tab.evaluate(() => typeof window.CookieConsent), 'function');
    // The switches come from the script tag's data-categories.
    const switches = await tab.locator('cookie-consent').evaluate(async (el) => {
      el.showPreferences();
      await el.updateComplete;
      return [...el.shadowRoot.querySelectorAll('dialog[open] [role="switch"]:not([disabled])')].map((s) => s.dataset.category);
    });
    assert.deepEqual(switches, ['analytics', 'marketing']);
    assert.ok(await banner.getByRole('button', { name: 'Accept all' }).isVisible());
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
