// Size budget of the classic script (issue 6): prints raw, gzip -9 and brotli sizes of
// dist/cookie-consent.min.js and exits non-zero above the budget. Run after the build.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const file = process.argv[2] ?? 'dist/cookie-consent.min.js';
const budget = Number(process.env.SIZE_BUDGET_KB ?? 14) * 1024;
const goal = 12 * 1024;

/** Raw, gzip -9 and brotli (quality 11) byte counts of a file. */
export function measure(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  let size;
  try {
    size = measure(file);
  } catch {
    console.error(`size: ${file} is missing; run the build first.`);
    process.exit(1);
  }
  const verdict = size.gzip > budget ? `OVER the ${kb(budget)} budget` : size.gzip > goal ? `within budget, above the ${kb(goal)} goal` : 'within the goal';
  console.log(`size: ${file} ${kb(size.raw)} raw, ${kb(size.gzip)} gzip -9, ${kb(size.brotli)} brotli: ${verdict}`);
  if (size.gzip > budget) process.exit(1);
}
