// Builds the classic script in memory (nothing written to dist/) and prints its gzip -9 size, so that
// several people can measure size changes at once: `node scripts/measure-size.mjs`.
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';
import { measure } from './check-size.mjs';

const config = configs.find((c) => c.output.format === 'iife');
const bundle = await rollup({ ...config, onwarn() {} });
const { output } = await bundle.generate(config.output);
const { raw, gzip, brotli } = measure(Buffer.from(output[0].code));
console.log(`cookie-consent.min.js: ${raw} B raw, ${gzip} B gzip -9 (ceiling 18432: ${gzip <= 18432 ? "fits" : `over by ${gzip - 18432}`}, goal 16384), ${brotli} B brotli`);
