// `npm run fuzz`: the full seeded fuzz run of test/fuzz/cookies.test.ts (1,200 values unless FUZZ_COUNT
// says otherwise; seed FUZZ_SEED, default 20261202), in Chromium unless BROWSERS names other engines
// (`BROWSERS=all npm run fuzz`). Bounded: it stops by itself. Prints each engine's per-kind table at the end
// and fails when any figure is not zero.
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// FUZZ_REPORT=file keeps the runs' reports (one JSON line per engine: table, every finding with its values).
const keep = !!process.env.FUZZ_REPORT;
const report = process.env.FUZZ_REPORT || join(tmpdir(), `cookie-consent-fuzz-${process.pid}.jsonl`);
if (keep) await rm(report, { force: true });
const env = {
  ...process.env,
  FUZZ_COUNT: process.env.FUZZ_COUNT || '1200',
  BROWSERS: process.env.BROWSERS || 'chromium',
  FUZZ_REPORT: report,
};
const args = ['test/browsers/run.mjs', '--config', 'test/fuzz/wtr.config.mjs'];
const code = await new Promise((resolve) => spawn(process.execPath, args, { env, stdio: 'inherit' }).on('close', resolve));

const runs = (await readFile(report, 'utf8').catch(() => '')).split('\n').filter(Boolean).map((line) => JSON.parse(line));
if (!keep) await rm(report, { force: true });
console.log('\n=== fuzz: per kind, values with each finding (goal: all zeros) ===');
for (const run of runs) {
  const failing = new Set(run.failures.map((failure) => failure.index)).size;
  console.log(`\n${run.summary}\n${failing ? `FAIL: ${failing} values with findings (listed above)` : 'ok: no findings'}`);
}
if (!runs.length) console.log('no report: the run did not finish');
process.exit(code === 0 && runs.length ? 0 : 1);
