// The README's Browsers table, written from the engine versions a test run used (test/browsers/run.mjs
// calls it after each run): the rows between `<!-- browsers:table -->` and `<!-- /browsers:table -->`.
// Engines the run did not use keep their row.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const readme = fileURLToPath(new URL('../../README.md', import.meta.url));
const START = '<!-- browsers:table -->';
const END = '<!-- /browsers:table -->';

/** Each engine's row: its name, how the suite runs it, and what visitors' browsers it stands for. */
const rows = {
  chromium: (version) => `| Chromium | ${version}, headless, with code coverage | Chrome, Edge, Opera, Samsung Internet |`,
  firefox: (version) => `| Gecko | ${version} (Debian \`firefox-esr\`), headless over WebDriver BiDi | Firefox |`,
  webkit: (version) => `| WebKit | ${version} MiniBrowser (Debian \`webkit2gtk-driver\`) under Xvfb | Safari (macOS, iOS) |`,
};
const order = Object.keys(rows);

/** The README's text with the table updated for `versions` ({ engine: version }); unchanged without markers. */
export function withVersions(text, versions) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return text;
  const old = text.slice(start + START.length, end).split('\n');
  const lines = order.map((engine) => {
    if (versions[engine] && !/not installed/.test(versions[engine])) return rows[engine](versions[engine]);
    // A row of an engine not run this time stays as the last run wrote it.
    const name = rows[engine]('').split('|')[1];
    return old.find((line) => line.split('|')[1] === name) ?? rows[engine]('not run yet');
  });
  const table = ['', '| engine | as tested (written by the last `test/browsers/run.mjs`) | stands for |', '|---|---|---|', ...lines, ''];
  return `${text.slice(0, start + START.length)}${table.join('\n')}${text.slice(end)}`;
}

/** Rewrites the README's table when a version differs; returns whether it changed. */
export function updateBrowsersTable(versions) {
  const text = readFileSync(readme, 'utf8');
  const next = withVersions(text, versions);
  if (next !== text) writeFileSync(readme, next);
  return next !== text;
}
