// What one run measures: each scenario loads its page (and, where it has one, the baseline page
// without the element) in a fresh browser context and returns numbers; `collect` names them.

const FIRST_PAINT = `(() => {
  const entry = performance.getEntriesByName('first-paint')[0];
  return entry && { start: entry.startTime, paint: entry.paintTime ?? entry.startTime };
})()`;

/** Resolves once `expression` is truthy in the page, checked every animation frame. */
const until = (page, expression, timeout = 10000) => page.waitForFunction(expression, null, { polling: 'raf', timeout });

/** Waits for the banner (or, on the baseline, the first paint), then reads the page's numbers. */
async function firstVisit({ page, cdp, origin }, path, withBanner, cost) {
  await page.goto(`${origin}${path}${withBanner ? '' : '?baseline'}`);
  // The first-paint entry can come after the banner is seen (it is reported once the paint is shown).
  await until(page, `${withBanner ? 'window.__probe.opaque !== null && ' : ''}${FIRST_PAINT} !== undefined`);
  const seen = await page.evaluate(`({ probe: window.__probe, fp: ${FIRST_PAINT} })`);
  // Main-thread cost half a second after the banner is there (the baseline: after its first paint).
  if (cost) await until(page, `performance.now() >= ${(seen.probe.visible ?? seen.fp.start) + 500}`);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value;
  const cls = await page.evaluate('window.__probe.cls');
  return {
    visible: seen.probe.visible,
    opaque: seen.probe.opaque,
    firstPaint: seen.fp.start,
    // The banner is in the first paint when it was visible in a frame that ran before that paint.
    inFirstPaint: seen.probe.visible !== null && seen.probe.visible <= seen.fp.paint ? 1 : 0,
    script: metric('ScriptDuration') * 1000,
    task: metric('TaskDuration') * 1000,
    heap: metric('JSHeapUsedSize') / 1024,
    cls,
  };
}

/** `cost`: also read main-thread cost and heap (half a second more per page). */
const firstVisitScenario = (name, path, cpu, cost = false) => ({
  name,
  options: { cpu },
  baseline: (session) => firstVisit(session, path, false, cost),
  page: (session) => firstVisit(session, path, true, cost),
  collect: ({ page, baseline }) => {
    if (!page) return {};
    const out = {
      [`${name}.visible`]: page.visible,
      [`${name}.afterFirstPaint`]: page.visible - page.firstPaint,
      [`${name}.inFirstPaint`]: page.inFirstPaint,
      [`${name}.opaque`]: page.opaque,
      [`${name}.cls`]: baseline ? page.cls - baseline.cls : page.cls,
    };
    if (baseline) {
      out[`${name}.visibleVsBaselineFP`] = page.visible - baseline.firstPaint;
      out[`${name}.firstPaintDelta`] = page.firstPaint - baseline.firstPaint;
    }
    if (baseline && cost) {
      out[`${name}.scriptDelta`] = page.script - baseline.script;
      out[`${name}.taskDelta`] = page.task - baseline.task;
      out[`${name}.heapDelta`] = page.heap - baseline.heap;
    }
    return out;
  },
});

/** Time from navigation start to the analytics tag running. */
async function analyticsStart({ page, origin }, baseline) {
  await page.goto(`${origin}/returning${baseline ? '?baseline' : ''}`);
  await until(page, 'window.__ran?.analytics !== undefined');
  return page.evaluate(`({
    analytics: window.__ran.analytics,
    script: window.__ran.script,
    fetched: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.min.js'))?.responseEnd,
  })`);
}

/** Clicks Accept all in the page and waits until `done` (a page expression) holds; ms from the click. */
async function acceptAll({ page, origin }, path, done) {
  await page.goto(`${origin}${path}`);
  await until(page, 'window.__probe.visible !== null');
  return page.evaluate(
    `new Promise((resolve) => {
      const frames = [...document.querySelectorAll('iframe[data-category]')];
      let framesAt = frames.length ? null : 0;
      new MutationObserver(() => {
        if (framesAt === null && frames.every((f) => f.hasAttribute('src'))) framesAt = performance.now();
      }).observe(document.body, { subtree: true, attributeFilter: ['src'] });
      const button = document.querySelector('cookie-consent').shadowRoot.querySelector('[data-action="accept-all"]');
      const start = performance.now();
      button.click();
      const clickReturned = performance.now() - start;
      const check = () => {
        const at = ${done};
        if (at !== undefined && framesAt !== null) resolve({ scripts: at - start, frames: framesAt && framesAt - start, clickReturned });
        else if (performance.now() - start > 10000) resolve(null);
        else setTimeout(check);
      };
      check();
    })`,
  );
}

/**
 * The vendors' page: banner in the first paint, requests to vendor hosts before a choice (those of tags
 * in the HTML source and of tags made by code), then Accept all → all five vendor scripts ran (ms).
 */
async function vendors(session, marked) {
  const { page, origin, vendorRequests } = session;
  await page.goto(`${origin}/vendors${marked ? '?baseline' : ''}`);
  await until(page, `window.__probe.visible !== null && ${FIRST_PAINT} !== undefined`);
  const seen = await page.evaluate(`({ probe: window.__probe, fp: ${FIRST_PAINT} })`);
  await page.waitForLoadState('load');
  const inSource = ['https://www.googletagmanager.com/gtag/js?id=G-BENCH', 'https://www.youtube-nocookie.com/embed/bench'];
  const before = { source: vendorRequests.filter((url) => inSource.includes(url)).length, code: vendorRequests.filter((url) => !inSource.includes(url)).length };
  const ran = await page.evaluate(`new Promise((resolve) => {
    const start = performance.now();
    document.querySelector('cookie-consent').acceptAll();
    const check = () => (window.__vendorRuns?.length >= 5 ? resolve(Math.max(...window.__vendorRuns) - start) : performance.now() - start > 10000 ? resolve(null) : setTimeout(check));
    check();
  })`);
  return { inFirstPaint: seen.probe.visible !== null && seen.probe.visible <= seen.fp.paint ? 1 : 0, before, ran, ranBefore: 0 };
}

async function churn({ page, origin }, baseline) {
  await page.goto(`${origin}/churn${baseline ? '?baseline' : ''}`);
  return page.evaluate('window.__churn()');
}

export const scenarios = [
  firstVisitScenario('first1x', '/first-visit', 1, true),
  firstVisitScenario('first4x', '/first-visit', 4),
  firstVisitScenario('markup1x', '/first-visit-markup', 1),
  firstVisitScenario('markup4x', '/first-visit-markup', 4),
  {
    name: 'returning',
    options: { stored: true },
    baseline: (session) => analyticsStart(session, true),
    page: (session) => analyticsStart(session, false),
    collect: ({ page, baseline }) => ({
      'returning.analytics': page?.analytics ?? null,
      'returning.baseline': baseline?.analytics ?? null,
      'returning.delta': page && baseline ? page.analytics - baseline.analytics : null,
      // Our script from downloaded to run; then the gate, from our script run to the tag running.
      'returning.scriptRun': page ? page.script - page.fetched : null,
      'returning.gate': page ? page.analytics - page.script : null,
    }),
  },
  {
    name: 'accept',
    page: (session) =>
      acceptAll(session, '/accept', "['a', 'c', 'ac'].every((k) => window.__ran?.[k]) ? Math.max(...Object.values(window.__ran)) : undefined"),
    collect: ({ page }) => ({ 'accept.activation': page?.scripts ?? null, 'accept.clickReturned': page?.clickReturned ?? null }),
  },
  {
    name: 'scale',
    page: (session) => acceptAll(session, '/scale', 'window.__done'),
    collect: ({ page }) => ({ 'scale.scripts': page?.scripts ?? null, 'scale.frames': page?.frames ?? null }),
  },
  {
    name: 'vendors',
    options: { vendors: true },
    baseline: (session) => vendors(session, true),
    page: (session) => vendors(session, false),
    collect: ({ page, baseline }) => ({
      'vendors.auto.inFirstPaint': page?.inFirstPaint ?? null,
      'vendors.marked.inFirstPaint': baseline?.inFirstPaint ?? null,
      'vendors.auto.byCode': page?.before.code ?? null,
      'vendors.marked.byCode': baseline?.before.code ?? null,
      'vendors.auto.fromSource': page?.before.source ?? null,
      'vendors.marked.fromSource': baseline?.before.source ?? null,
      'vendors.auto.accept': page?.ran ?? null,
      'vendors.marked.accept': baseline?.ran ?? null,
    }),
  },
  {
    name: 'churn',
    options: { stored: true },
    baseline: (session) => churn(session, true),
    page: (session) => churn(session, false),
    collect: ({ page, baseline }) => ({
      'churn.page': page,
      'churn.baseline': baseline,
      'churn.ratio': page != null && baseline ? page / baseline : null,
    }),
  },
];
