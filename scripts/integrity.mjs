// Subresource Integrity of the classic script: a rollup plugin that prints the sha384 hash of
// dist/cookie-consent.min.js once it is written, for the CDN form of the script tag
// (`<script src="https://cdn.jsdelivr.net/npm/cookie-consent-element@0.1.0/dist/cookie-consent.min.js"
// integrity="sha384-…" crossorigin="anonymous">`). `node scripts/integrity.mjs [file]` prints it for a file.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The `integrity` attribute value of some bytes: `sha384-` and the base64 digest. */
export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Prints `integrity` of every chunk written by the build it is added to. */
export function printIntegrity() {
  return {
    name: 'print-integrity',
    writeBundle(options, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        console.log(`Subresource Integrity of dist/${name}: ${integrityOf(chunk.code)}`);
      }
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'dist/cookie-consent.min.js';
  console.log(`${file} ${integrityOf(readFileSync(file))}`);
}
