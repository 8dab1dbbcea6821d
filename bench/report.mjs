// Turns the samples of all runs into medians with min-max, and prints them against the goals of issue 6.

const median = (sorted) => {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n) => Math.round(n * 100) / 100;

/** name → { median, min, max, n, missing } over the runs (null samples are counted as missing). */
export function summarize(samples) {
  const out = {};
  for (const [name, values] of Object.entries(samples)) {
    const ok = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
    out[name] = ok.length
      ? { median: round(median(ok)), min: round(ok[0]), max: round(ok.at(-1)), n: ok.length, missing: values.length - ok.length }
      : { median: null, min: null, max: null, n: 0, missing: values.length };
  }
  return out;
}

/** Rows of the table: metric, label, unit, and the goal as a predicate on the summary. */
const rows = [
  ['first1x.visible', 'first visit 1x: banner visible (ms from navigation)', 'ms'],
  ['first1x.afterFirstPaint', 'first visit 1x: banner visible minus first-paint', 'ms'],
  ['first1x.inFirstPaint', 'first visit 1x: banner in the first paint (share of runs)', 'share', (s) => s.min === 1],
  ['first1x.opaque', 'first visit 1x: banner fully opaque', 'ms'],
  ['first1x.firstPaintDelta', 'first visit 1x: page first-paint minus baseline first-paint', 'ms'],
  ['first4x.visible', 'first visit 4x: banner visible', 'ms'],
  ['first4x.afterFirstPaint', 'first visit 4x: banner visible minus first-paint', 'ms'],
  ['first4x.inFirstPaint', 'first visit 4x: banner in the first paint (share of runs)', 'share', (s) => s.min === 1],
  ['first4x.opaque', 'first visit 4x: banner fully opaque', 'ms'],
  ['first4x.firstPaintDelta', 'first visit 4x: page first-paint minus baseline first-paint', 'ms'],
  ['markup1x.visible', 'element in markup 1x: banner visible', 'ms'],
  ['markup1x.inFirstPaint', 'element in markup 1x: banner in the first paint', 'share', (s) => s.min === 1],
  ['markup4x.visible', 'element in markup 4x: banner visible', 'ms'],
  ['markup4x.inFirstPaint', 'element in markup 4x: banner in the first paint', 'share', (s) => s.min === 1],
  ['first1x.cls', 'cumulative layout shift caused by the banner', '', (s) => s.max === 0],
  ['first1x.scriptDelta', 'ScriptDuration above baseline at banner+500 ms, 1x', 'ms', (s) => s.median <= 10],
  ['first1x.taskDelta', 'TaskDuration above baseline at banner+500 ms, 1x', 'ms'],
  ['first1x.heapDelta', 'JS heap above baseline', 'KB'],
  ['returning.analytics', 'returning visitor: gated analytics starts (ms from navigation)', 'ms'],
  ['returning.baseline', 'baseline: the same tag ungated starts', 'ms'],
  ['returning.delta', 'returning visitor: analytics later than baseline by', 'ms', (s) => s.median <= 10],
  ['returning.scriptRun', '  of which: our script, downloaded to done running', 'ms'],
  ['returning.gate', '  of which: the gate, our script done to the tag running', 'ms'],
  ['accept.activation', 'Accept all click → all 3 gated scripts ran', 'ms', (s) => s.median <= 2],
  ['scale.scripts', 'Accept all → 1,000 gated scripts ran', 'ms', (s) => s.median <= 20],
  ['scale.frames', 'Accept all → 200 gated iframes have src', 'ms'],
  ['churn.ratio', '10,000 nodes added in 100 tasks: time with element (blocking="auto") / without', 'x', (s) => s.median <= 1.05],
  ['vendors.auto.inFirstPaint', '5 vendors + embed, blocking="auto": banner in the first paint', 'share', (s) => s.min === 1],
  ['vendors.marked.inFirstPaint', '  same page hand-marked, blocking="off": banner in the first paint', 'share', (s) => s.min === 1],
  ['vendors.auto.byCode', '  auto: vendor requests before a choice, tags made by code', '', (s) => s.max === 0],
  ['vendors.marked.byCode', '  hand-marked: vendor requests before a choice, tags made by code', '', (s) => s.max === 0],
  ['vendors.auto.fromSource', '  auto: vendor requests before a choice, tags in the HTML source (the limit)', ''],
  ['vendors.marked.fromSource', '  hand-marked: vendor requests before a choice, tags in the HTML source', '', (s) => s.max === 0],
  ['vendors.auto.accept', '  auto: Accept all → all 5 vendor scripts ran', 'ms'],
  ['vendors.marked.accept', '  hand-marked: Accept all → all 5 vendor scripts ran', 'ms'],
];

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const cell = (s, unit) => {
  if (!s || s.median === null) return 'n/a';
  const fmt = (n) => (unit === 'share' ? n.toFixed(2) : unit === 'x' ? n.toFixed(3) : unit === 'KB' ? n.toFixed(0) : n.toFixed(1));
  return `${fmt(s.median)} (${fmt(s.min)} to ${fmt(s.max)})${s.missing ? `, ${s.missing} missing` : ''}`;
};

/** The Markdown table printed by `npm run bench` and pasted into the README. */
export function table({ size, metrics, runs, machine, date, seconds }) {
  const lines = [
    `Benchmark ${date.slice(0, 16)}Z: ${runs} runs in ${seconds} s, ${machine.browser}, ${machine.cpus} cores (${machine.cpu}), Node ${machine.node}`,
    '',
    '| metric | median (min to max) | unit | goal |',
    '|---|---|---|---|',
    `| dist/cookie-consent.min.js raw / gzip -9 / brotli | ${kb(size.raw)} / ${kb(size.gzip)} / ${kb(size.brotli)} | | ${size.gzip <= 16 * 1024 ? 'goal met (≤ 16 KB)' : size.gzip <= 19 * 1024 ? 'budget met (19 KB with blocking), goal 16 KB missed' : 'OVER the 19 KB budget (18 KB + 1 KB for blocking)'} |`,
  ];
  for (const [name, label, unit, goal] of rows) {
    const s = metrics[name];
    const verdict = !goal ? '' : !s || s.median === null ? 'not measured' : goal(s) ? 'met' : 'missed';
    lines.push(`| ${label} | ${cell(s, unit)} | ${unit} | ${verdict} |`);
  }
  return lines.join('\n');
}
