// The seeded fuzz harness (issue 16): generated consent-cookie values of eight kinds, each judged against
// SPEC 6 by the independent oracle, in one page at a deep path (cookies of several paths reach it).
// `npm test` runs a 200-value slice; `npm run fuzz` the full run (FUZZ_COUNT, FUZZ_SEED; test/fuzz/run.mjs).
// Fails when any figure is not zero, and prints the per-kind table either way.
import { expect } from '@open-wc/testing';
import { openFrame } from '../gate/page.js';
import { choiceInForce } from '../consent/oracle.js';
import { COOKIE_NAME, KINDS, PAGE, VISIBLE_PATHS, fuzzCases, type FuzzCase, type Kind } from './cookie-values.js';
import { FIGURES, FuzzPage, type Figure, type Finding } from './harness.js';

interface Settings {
  seed: number;
  count: number;
  /** Every n-th round of the kinds also gets Reject all and a new element (1: every value). */
  rejectEvery: number;
}

interface Row {
  values: number;
  valid: number;
  invalid: number;
  borderline: number;
  rejected: number;
  figures: Record<Figure, number>;
}

interface Failure extends Finding, FuzzCase {
  stored: string[];
}

const SHORT: Record<Figure, string> = {
  'uncaught errors': 'errors',
  'gated runs w/o consent': 'ungated',
  'tracker hits': 'tracker',
  'invalid w/o banner': 'no-banner',
  'valid mismatch': 'mismatch',
  'leak after Reject all': 'leak',
  'no consent-ready': 'no-ready',
};

const emptyRow = (): Row => ({
  values: 0,
  valid: 0,
  invalid: 0,
  borderline: 0,
  rejected: 0,
  figures: Object.fromEntries(FIGURES.map((figure) => [figure, 0])) as Record<Figure, number>,
});

const engine = () => {
  const agent = navigator.userAgent;
  return /Firefox\/([\d.]+)/.exec(agent)?.[0] ?? /Chrome\/([\d.]+)/.exec(agent)?.[0] ?? `WebKit ${/AppleWebKit\/([\d.]+)/.exec(agent)?.[1]}`;
};

/** The per-kind table, as the runner's log shows it. */
function table(rows: Map<Kind, Row>, heading: string): string {
  const head = ['kind'.padEnd(17), 'values', 'valid', 'invalid', 'skip', 'reject', '|', ...FIGURES.map((figure) => SHORT[figure])];
  const line = (name: string, row: Row) =>
    [name.padEnd(17), ...[row.values, row.valid, row.invalid, row.borderline, row.rejected].map((n, i) => String(n).padStart(head[i + 1].length)), '|',
      ...FIGURES.map((figure) => String(row.figures[figure]).padStart(SHORT[figure].length))].join(' ');
  const total = emptyRow();
  for (const row of rows.values()) {
    for (const key of ['values', 'valid', 'invalid', 'borderline', 'rejected'] as const) total[key] += row[key];
    for (const figure of FIGURES) total.figures[figure] += row.figures[figure];
  }
  const legend = FIGURES.map((figure) => `${SHORT[figure]} = ${figure}`).join('; ');
  return [heading, head.join(' '), ...[...rows].map(([kind, row]) => line(kind, row)), line('total', total),
    `(values with at least one finding; skip = borderline in time, not judged; reject = Reject all + new element; ${legend})`].join('\n');
}

const shorten = (text: string) => (text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text);

describe('fuzz: generated consent-cookie values against SPEC 6', () => {
  let frame: HTMLIFrameElement | undefined;
  let page: FuzzPage | undefined;

  afterEach(() => {
    page?.clearCookies();
    frame?.remove();
  });

  it('every value: no error, nothing gated without consent, the banner exactly when the oracle finds no valid choice, Reject all holds', async function () {
    const settings = (await (await fetch('/__fuzz')).json()) as Settings;
    this.timeout(settings.count * 1000 + 30000);
    frame = await openFrame(PAGE);
    const win = frame.contentWindow as Window & typeof globalThis & { ran: string[] };
    await win.customElements.whenDefined('cookie-consent');
    const trackerKey = `fuzz-${settings.seed}-${Date.now().toString(36)}`;
    page = new FuzzPage(win, trackerKey);

    const rows = new Map<Kind, Row>(KINDS.map((kind) => [kind, emptyRow()]));
    const failures: Failure[] = [];
    const kindOf = new Map<number, FuzzCase>();
    const started = performance.now();
    const record = (fuzzCase: FuzzCase, stored: string[], findings: Finding[]) => {
      const row = rows.get(fuzzCase.kind)!;
      for (const figure of new Set(findings.map((finding) => finding.figure))) row.figures[figure] += 1;
      for (const finding of findings) failures.push({ ...finding, ...fuzzCase, stored });
    };
    for (const fuzzCase of fuzzCases(settings.seed, settings.count, Date.now)) {
      kindOf.set(fuzzCase.index, fuzzCase);
      // Whole rounds of the kinds, so that every kind gets its share of Reject all.
      const outcome = await page.run(fuzzCase, Math.floor(fuzzCase.index / KINDS.length) % settings.rejectEvery === 0);
      const row = rows.get(fuzzCase.kind)!;
      row.values += 1;
      row[outcome.verdict] += 1;
      if (outcome.rejected) row.rejected += 1;
      record(fuzzCase, outcome.stored, outcome.findings);
    }
    const seconds = (performance.now() - started) / 1000;

    // The network's view: every tracker image the page fetched (Resource Timing) and the server's count.
    const allowed = [...page.imageAllowed].filter(([, yes]) => yes).map(([path]) => path);
    const seen = () => new Set(page!.fetched.map((url) => new URL(url).pathname));
    for (let wait = 0; wait < 30 && !allowed.every((path) => seen().has(path)); wait += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    const seenPaths = seen();
    for (const path of seenPaths) {
      if (page.imageAllowed.get(path) !== false) continue;
      const index = Number(/\/(\d+)-[^/]*$/.exec(path)![1]);
      const fuzzCase = kindOf.get(index)!;
      if (!failures.some((failure) => failure.index === index && failure.detail.includes(path))) {
        record(fuzzCase, [], [{ figure: path.includes('-reload-') ? 'leak after Reject all' : 'tracker hits', detail: `${path} fetched (Resource Timing)` }]);
      }
    }
    const serverHits = Number(await (await fetch(`/__tracker/count/${trackerKey}`)).text());
    const unseen = serverHits - seenPaths.size;

    const heading = `fuzz seed ${settings.seed}: ${settings.count} values in ${seconds.toFixed(1)} s, ${engine()}; ` +
      `tracker: ${serverHits} requests, ${allowed.length} allowed, ${unseen} not seen by the page`;
    const summary = table(rows, heading);
    // One paragraph per failing value: what was set, what the browser stored, and every finding.
    const byValue = new Map<number, Failure[]>();
    for (const failure of failures) byValue.set(failure.index, [...(byValue.get(failure.index) ?? []), failure]);
    const examples = [...byValue.values()].slice(0, 20).map((found) =>
      [`#${found[0].index} ${found[0].kind} (seed ${settings.seed}, expires-days ${found[0].expiresDays})`, ...found.map(({ figure, detail }) => `  [${figure}] ${detail}`),
        `  set: ${shorten(JSON.stringify(found[0].cookies))}`, `  stored: ${shorten(JSON.stringify(found[0].stored))}`].join('\n'));
    console.log([summary, ...examples].join('\n'));
    await fetch('/__fuzz', {
      method: 'POST',
      body: JSON.stringify({ engine: engine(), ...settings, seconds, serverHits, unseen, summary, rows: Object.fromEntries(rows), failures }),
    });

    expect(unseen, 'tracker requests the page did not see').to.equal(0);
    expect(byValue.size, `values with findings (the table and the values are in the log above)`).to.equal(0);
    // Both sides well exercised, or the comparison proves little.
    const total = [...rows.values()].reduce((sum, row) => ({ valid: sum.valid + row.valid, invalid: sum.invalid + row.invalid }), { valid: 0, invalid: 0 });
    expect(total.valid, 'valid values').to.be.greaterThan(settings.count / 5);
    expect(total.invalid, 'invalid values').to.be.greaterThan(settings.count / 3);
  });
});

describe('fuzz: the generated values', () => {
  it('are the same for the same seed, and each kind holds valid and invalid values by the oracle', () => {
    const now = () => Date.parse('2026-12-02T12:00:00.000Z');
    const cases = (seed: number) => [...fuzzCases(seed, 800, now)];
    expect(JSON.stringify(cases(7))).to.equal(JSON.stringify(cases(7)));
    expect(JSON.stringify(cases(8))).not.to.equal(JSON.stringify(cases(7)));
    const verdicts = new Map<Kind, { valid: number; invalid: number }>(KINDS.map((kind) => [kind, { valid: 0, invalid: 0 }]));
    for (const { kind, expiresDays, cookies } of cases(7)) {
      // What a browser would send this page, before any of its own limits.
      const values = cookies.filter(({ name, path }) => name === COOKIE_NAME && VISIBLE_PATHS.includes(path)).map(({ value }) => value);
      const choice = choiceInForce(values, { revision: '3', expiresDays, categories: ['analytics', 'content'], now: now() });
      verdicts.get(kind)![choice ? 'valid' : 'invalid'] += 1;
    }
    for (const [kind, { valid, invalid }] of verdicts) {
      expect(invalid, `${kind}: invalid`).to.be.at.least(10);
      if (kind !== 'random bytes') expect(valid, `${kind}: valid`).to.be.at.least(8);
    }
  });
});
