import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import config from '/work/main/rollup.config.mjs';
import terser from '@rollup/plugin-terser';
const base = config[1];
const variants = JSON.parse(process.argv[2]);
const plugins = base.plugins.filter(Boolean).filter((p) => p.name !== 'terser');
const bundle = await rollup({ input: base.input, plugins });
const { output } = await bundle.generate({ ...base.output, file: undefined });
const code = output[0].code;
import { minify } from 'terser';
for (const v of variants) {
  const r = await minify(code, { ecma: 2021, compress: { passes: 3, pure_getters: true, ...v.compress }, mangle: { properties: { regex: /^_(?!\$)/ } }, format: { comments: false, ...v.format }, ...v.top });
  console.log(JSON.stringify(v), gzipSync(r.code, { level: 9 }).length);
}
