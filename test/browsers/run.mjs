// `npm test`: the whole browser suite in each engine, one wtr run per engine (WebKit under xvfb-run),
// coverage in Chromium. Prints each engine's summary and fails when any engine fails.
// Usage: node test/browsers/run.mjs [wtr args...]   (BROWSERS=firefox,webkit to pick engines; default all)
import { spawn, execFileSync } from 'node:child_process';
import { selectedEngines } from './launchers.mjs';
import { updateBrowsersTable } from './versions-table.mjs';

const engines = selectedEngines(process.env.BROWSERS || 'all');
const extra = process.argv.slice(2);

/** The installed version of each engine, as the suite ran it. */
function version(engine) {
  const run = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'not installed';
    }
  };
  if (engine === 'chromium') return run(process.env.CHROME_PATH || '/usr/bin/chromium', ['--version']);
  if (engine === 'firefox') return run(process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', ['--version']);
  return `WebKitGTK ${run('dpkg-query', ['-W', '-f=${Version}', 'webkit2gtk-driver'])}`;
}

function runEngine(engine) {
  // Coverage (and its threshold) for the whole suite only: a few files alone cover less.
  const args = ['wtr', ...(engine === 'chromium' && !extra.length ? ['--coverage'] : []), ...extra];
  const [cmd, argv] =
    engine === 'webkit' && !process.env.DISPLAY ? ['xvfb-run', ['-a', 'npx', ...args]] : ['npx', args];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { env: { ...process.env, BROWSERS: engine }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      out += chunk;
    });
    child.on('error', (error) => resolve({ engine, code: 1, error: error.message, seconds: 0 }));
    child.on('close', (code) => resolve({ engine, code, out, seconds: Math.round((Date.now() - started) / 1000) }));
  });
}

/** The failed tests in a wtr log: the file, the ❌ line and the error's first lines. */
function failures(log) {
  const found = [];
  let file = '';
  const lines = log.split('\n');
  lines.forEach((line, index) => {
    if (/^\S.*\.test\.(ts|html):$/.test(line)) file = line.slice(0, -1);
    else if (line.includes('❌')) found.push([`${file}: ${line.trim()}`, ...lines.slice(index + 1, index + 4).map((l) => l.trim()).filter(Boolean)].join('\n  '));
  });
  return found;
}

const results = [];
for (const engine of engines) {
  console.log(`\n=== ${engine}: ${version(engine)} ===`);
  results.push(await runEngine(engine));
}

let passed = 0;
let failed = 0;
console.log('\n=== browser suite, per engine ===');
for (const { engine, code, out = '', error, seconds } of results) {
  // eslint-disable-next-line no-control-regex
  const plain = out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  const counts = [...plain.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
  const coverage = plain.match(/Code coverage: ([\d.]+ %)/);
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
  }
  const summary = counts ? counts[0] : error || 'no summary';
  const status = code === 0 ? 'ok  ' : 'FAIL';
  const extraInfo = coverage ? `, coverage ${coverage[1]}` : '';
  console.log(`${status} ${engine.padEnd(8)} ${version(engine)}: ${summary}${extraInfo} (${seconds}s)`);
  if (code !== 0 && counts?.[2] === '0') console.log(`     ${engine} exited with code ${code} (coverage under threshold?)`);
  // Each failed test again, with its file and first lines of error: CI keeps only the log's tail.
  for (const failure of failures(plain)) console.log(failure.replace(/^/gm, '     '));
}
console.log(`browsers: ${passed} passed, ${failed} failed`);
// The README's Browsers table says which versions were tested: the ones this run used.
if (updateBrowsersTable(Object.fromEntries(results.filter((r) => r.out).map((r) => [r.engine, version(r.engine)])))) {
  console.log('README.md: Browsers table updated with the versions this run used');
}
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
