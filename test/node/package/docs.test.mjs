// The README keeps up with the code: every export of the module entries is in its Exports table, the
// React typing snippet declares every attribute the element observes, and the Browsers table writer
// (test/browsers/versions-table.mjs) writes the versions a run used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { withVersions } from '../../browsers/versions-table.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const readme = await readFile(`${root}README.md`, 'utf8');
const section = (name) => readme.slice(readme.indexOf(`<!-- section:${name} -->`), readme.indexOf(`<!-- /section:${name} -->`));

/** The names a TypeScript module re-exports (`export { a, type B } from`, `export { c }`, `export * from`). */
async function exportsOf(file) {
  const source = await readFile(`${root}src/${file}`, 'utf8');
  const names = [...source.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)].flatMap((match) =>
    match[1].split(',').map((name) => name.trim().replace(/^type\s+/, '').split(/\s+as\s+/).at(-1)).filter(Boolean));
  for (const [, from] of source.matchAll(/export \* from '\.\/(.*)\.js'/g)) names.push(...(await exportsOf(`${from}.ts`)));
  return names;
}

test('every export of both entries is documented in the README (Exports)', async () => {
  const names = new Set([...(await exportsOf('index.ts')), ...(await exportsOf('element.ts'))]);
  assert.ok(names.has('defineCookieConsent') && names.has('CookieConsent') && names.has('ConsentRecord'), [...names].join());
  const table = section('exports');
  for (const name of names) assert.match(table, new RegExp(`\\| \`${name}[(\`]|/ \`${name}\``), `${name} documented`);
});

test('the React typing snippet declares every attribute of <cookie-consent>', async () => {
  const source = await readFile(`${root}src/element/cookie-consent.ts`, 'utf8');
  // The attribute of each reactive property: its own `attribute`, else Lit's default (the name in lower
  // case); internal state (`state: true`) has none.
  const block = source.slice(source.indexOf('static override properties'), source.indexOf('static registerLanguage'));
  const attributes = [...block.matchAll(/^\s+(\w+): \{(.*)\},$/gm)]
    .filter(([, , options]) => !options.includes('state: true'))
    .map(([, name, options]) => options.match(/attribute: '([\w-]+)'/)?.[1] ?? name.toLowerCase());
  assert.ok(attributes.length >= 12, `attributes found: ${attributes}`);
  const frameworks = section('frameworks');
  const snippet = frameworks.slice(frameworks.indexOf('interface CookieConsentAttributes'), frameworks.indexOf("declare module 'react'"));
  for (const attribute of attributes) {
    assert.match(snippet, new RegExp(`^\\s+'?${attribute}'?\\?:`, 'm'), `${attribute} in the React typing snippet`);
  }
});

test('the Browsers table is written from the versions a run used, other rows kept', () => {
  const text = [
    'before', '<!-- browsers:table -->', '| engine | x | y |', '|---|---|---|',
    '| Chromium | Chromium 1 | c |', '| Gecko | Mozilla Firefox 2 (old) | f |', '| WebKit | WebKitGTK 3 | w |',
    '<!-- /browsers:table -->', 'after',
  ].join('\n');
  const next = withVersions(text, { chromium: 'Chromium 156.0.1 built on Debian', webkit: 'WebKitGTK 2.50.6' });
  assert.match(next, /\| Chromium \| Chromium 156\.0\.1 built on Debian, headless/);
  assert.match(next, /\| WebKit \| WebKitGTK 2\.50\.6 MiniBrowser/);
  assert.match(next, /\| Gecko \| Mozilla Firefox 2 \(old\) \| f \|/, 'a row not run is kept');
  assert.doesNotMatch(next, /Chromium 1 \|/);
  assert.ok(next.startsWith('before\n') && next.endsWith('\nafter'));
  assert.equal(withVersions('no markers', { chromium: 'x' }), 'no markers');
  assert.match(withVersions(text, { firefox: 'not installed' }), /Mozilla Firefox 2 \(old\)/, 'a missing engine keeps its row');
});
