// Test-server endpoints for the integration tests (wired into web-test-runner.config.mjs as middleware):
//   POST /__receipts/<key>   records the body (a consent receipt); GET returns the ones recorded, as JSON
//   POST /__receipts-500     answers 500, like a broken receipts endpoint
//   GET  /__bundle.js        src/bundle.ts built as the classic script (IIFE), to test the script tag;
//                            ?entry=blocking: with test-only catalogue services (test/blocking/bundle-entry.ts)
//   GET  /__fuzz             the fuzz harness's settings (test/fuzz): `{ seed, count, rejectEvery }` from FUZZ_SEED,
//                            FUZZ_COUNT (200: the slice `npm test` runs), FUZZ_REJECT_EVERY; POST appends the
//                            run's report (JSON, one line) to the file FUZZ_REPORT when set
//   GET  /__two-part?page=P  the HTML file P (a path in the repo) sent in two parts: everything up to its
//                            `<!-- pause -->`, then, 300 ms later, the rest (frames are painted in between)
import { build } from 'esbuild';
import { appendFile, readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';

const receipts = new Map();

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export async function integrationEndpoints(context, next) {
  const { method, path } = context;
  if (path === '/__receipts-500') {
    await readBody(context.req);
    context.status = 500;
    context.body = 'broken on purpose';
  } else if (path.startsWith('/__receipts/')) {
    const list = receipts.get(path) ?? [];
    receipts.set(path, list);
    if (method === 'POST') {
      list.push(JSON.parse(await readBody(context.req)));
      context.status = 204;
    } else {
      context.type = 'application/json';
      context.body = JSON.stringify(list);
    }
  } else if (path === '/__two-part') {
    const page = context.query.page;
    if (typeof page !== 'string' || !/^\/test\/[\w/.-]+\.html$/.test(page) || page.includes('..')) {
      context.status = 400;
      return;
    }
    const [first, rest = ''] = (await readFile(`.${page}`, 'utf8')).split('<!-- pause -->');
    const body = new PassThrough();
    context.type = 'text/html; charset=utf-8';
    context.set('cache-control', 'no-store');
    context.body = body;
    body.write(first);
    setTimeout(() => body.end(rest), 300);
  } else if (path === '/__fuzz') {
    if (method === 'POST') {
      const report = await readBody(context.req);
      if (process.env.FUZZ_REPORT) await appendFile(process.env.FUZZ_REPORT, `${report}\n`);
      context.status = 204;
    } else {
      const setting = (name, fallback) => Number(process.env[name] || fallback);
      context.type = 'application/json';
      context.body = JSON.stringify({ seed: setting('FUZZ_SEED', 20261202), count: setting('FUZZ_COUNT', 200), rejectEvery: setting('FUZZ_REJECT_EVERY', 1) });
    }
  } else if (path === '/__bundle.js') {
    const built = await build({
      entryPoints: [context.query.entry === 'blocking' ? 'test/blocking/bundle-entry.ts' : 'src/bundle.ts'],
      // The test entry only imports (package.json's `sideEffects` would drop those imports).
      ignoreAnnotations: context.query.entry === 'blocking',
      bundle: true,
      format: 'iife',
      target: 'es2021',
      write: false,
      // Lit's default (production) build, as in dist/cookie-consent.min.js.
      conditions: ['production'],
    });
    context.type = 'text/javascript';
    context.body = built.outputFiles[0].text;
  } else {
    return next();
  }
}
