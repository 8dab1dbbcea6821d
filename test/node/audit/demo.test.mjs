// The demo site passes the audit (exit 0): its analytics stand-in runs, and sets its cookies, only after
// Accept all, and --markup declares them. Served by demo/server.mjs on a free port.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { root, runAudit } from './fixtures.mjs';

let server;
let origin;
before(async () => {
  server = spawn(process.execPath, ['demo/server.mjs'], { cwd: root, env: { ...process.env, PORT: '0' } });
  origin = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(String(chunk));
      if (found) resolve(found[0]);
    });
    server.on('exit', (code) => reject(new Error(`demo server exited (${code})`)));
  });
});
after(() => server.kill());

test('the demo site passes, and its analytics cookies appear after Accept all only', async () => {
  const { code, stdout, stderr } = await runAudit(['audit', `${origin}/`, '--pages', '2', '--wait', '300', '--markup']);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /PASS: before any choice and after Reject all, only what is necessary/);
  assert.match(stderr, /After Accept all \(clicked accept-all\)\n.*\n(.*\n)*? {4}cookie +_pk_id\.1\.d3m0 +first party 127\.0\.0\.1 +13 months +Shiftwise \(Matomo\) · analytics/);
  assert.match(stdout, /<consent-category name="analytics">\n {2}<consent-cookie name="_pk_\*" provider="Shiftwise \(Matomo\)" duration="13 months"><\/consent-cookie>/);
});
