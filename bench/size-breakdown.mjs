// Which modules weigh most in dist/cookie-consent.min.js: `node bench/size-breakdown.mjs`.
// Each module's rendered code is minified and gzipped on its own, so the figures overstate what a
// module adds to the whole (gzip shares a dictionary across modules) but rank them fairly.
import { rollup } from 'rollup';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import configs from '../rollup.config.mjs';

const config = configs.find((c) => c.output.format === 'iife');
const bundle = await rollup({ ...config, onwarn() {}, plugins: config.plugins.filter((p) => p && !/terser/.test(p.name)) });
const { output } = await bundle.generate({ format: 'es' });
const rows = [];
for (const [id, module] of Object.entries(output[0].modules)) {
  if (!module.code) continue;
  const { code } = await minify(module.code, { compress: { passes: 2 }, mangle: true });
  rows.push([id.slice(id.indexOf(id.includes('node_modules') ? 'node_modules' : 'src/')), code.length, gzipSync(code, { level: 9 }).length]);
}
rows.sort((a, b) => b[2] - a[2]);
console.log('  min B  gzip B  module');
for (const [id, raw, gz] of rows) console.log(`${String(raw).padStart(7)} ${String(gz).padStart(7)}  ${id}`);
const lit = rows.filter((r) => r[0].startsWith('node_modules')).reduce((a, r) => a + r[2], 0);
console.log(`separately gzipped: dependencies ${lit} B, our modules ${rows.reduce((a, r) => a + r[2], 0) - lit} B`);
