// The command line: --pages N follows same-origin links and visits N pages, no more, in each pass; usage
// and setup errors exit 2 with a message saying what to do (no browser, no playwright-core).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { page, root, runAudit, serve, startSite } from './fixtures.mjs';

let site;
const links = (...paths) => paths.map((path) => `<a href="${path}">${path}</a>`).join(' ');

before(async () => {
  site = await startSite({
    '/': page(links('/#top', 'https://elsewhere.example/', 'mailto:hello@example.com', '/two', '/three', '/four', '/five')),
    '/two': page(links('/', '/six')),
    '/three': page(links('/')),
    '/four': page(''),
    '/five': page(''),
    '/six': page(''),
  });
});
after(() => site.close());

test('--pages 3 visits three same-origin pages and no more, in each pass', async () => {
  const { code, stderr } = await runAudit(['audit', `${site.origin}/`, '--pages', '3', '--wait', '0', '--json', '-']);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /after Accept all: page 3\/3 http:\/\/127\.0\.0\.1:\d+\/three/);
  const fetched = site.log.map((entry) => entry.path).filter((path) => !['/cookie-consent.min.js', '/favicon.ico'].includes(path));
  assert.deepEqual([...new Set(fetched)].sort(), ['/', '/three', '/two']);
  // Three passes of three pages, plus the first page once more in the two passes that click the banner.
  assert.equal(fetched.length, 11);
});

test('usage errors exit 2 with the usage, and so does a site that does not load', async () => {
  for (const args of [['audit'], ['audit', 'ftp://example.com/'], ['audit', 'http://127.0.0.1/', '--pages', 'many'], ['scan', 'http://127.0.0.1/'], ['audit', 'http://127.0.0.1/', '--map-host', 'nohost']]) {
    const { code, stderr } = await runAudit(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /Usage: cookie-consent-element audit/);
  }
  const gone = await serve(() => {});
  await gone.close();
  const unreachable = await runAudit(['audit', `${gone.origin}/`, '--timeout', '5000']);
  assert.equal(unreachable.code, 2);
  assert.match(unreachable.stderr, new RegExp(`Could not load ${gone.origin}/: .*ERR_CONNECTION_REFUSED`));
  const help = await runAudit(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--map-host HOST=URL/);
});

test('a browser that is not there, or no playwright-core, exits 2 saying what to install', async () => {
  const missing = await runAudit(['audit', `${site.origin}/`, '--browser', '/nowhere/chrome']);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /No browser at \/nowhere\/chrome \(from --browser\)/);
  // The compiled command alone, where no node_modules can be found: as in a site that did not install the peer.
  const alone = mkdtempSync(`${tmpdir()}/audit-alone-`);
  cpSync(`${root}dist/node`, alone, { recursive: true });
  const run = spawnSync(process.execPath, [`${alone}/audit/cli.js`, 'audit', `${site.origin}/`], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /playwright-core, an optional peer dependency.*`npm install --save-dev playwright-core`/);
});
