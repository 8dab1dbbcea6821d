// The pages the benchmark loads: one article page, with and without the element, in the variants the
// scenarios need. Every page is built here and served from memory by bench/run.mjs on 127.0.0.1.

const SCRIPT = '/dist/cookie-consent.min.js';
/** One-line install (SPEC 2): the script tag in <head> carries the element's attributes. */
const install = `<script src="${SCRIPT}" data-categories="analytics content" data-privacy-url="/privacy"></script>`;

const paragraph = (n) =>
  `<p>Paragraph ${n}. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.</p>`;

const article = `<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav></header>
<main><h1>An ordinary article page</h1>${Array.from({ length: 12 }, (_, i) => paragraph(i + 1)).join('\n')}</main>
<footer><a href="/privacy">Privacy</a></footer>`;

const style = `<style>body{font:16px/1.6 system-ui,sans-serif;margin:0 auto;max-width:42rem;padding:1rem}
header,footer{padding:1rem 0}</style>`;

function page({ head = '', body = '', withElement = true, markup = false }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Bench</title>${style}
${withElement ? install : ''}${head}</head><body>${markup ? '<cookie-consent></cookie-consent>' : ''}
${article}${body}</body></html>`;
}

/** A script that notes when it ran: `window.__ran[name] = performance.now()`. */
const note = (name, gated) =>
  `<script${gated ? ` type="text/plain" data-category="${gated}"` : ''}>(window.__ran??={})[${JSON.stringify(name)}]=performance.now()</script>`;

/** 10,000 nodes added in 100 tasks of 100, the way a busy single-page app or tag manager adds them. */
const churn = `<script>
window.__churn = () => new Promise((resolve) => {
  const channel = new MessageChannel();
  let batch = 0;
  const start = performance.now();
  channel.port1.onmessage = () => {
    if (batch === 100) return resolve(performance.now() - start);
    const box = document.createElement('div');
    for (let i = 0; i < 100; i++) {
      const item = document.createElement(i % 10 ? 'span' : 'p');
      item.className = 'item';
      item.textContent = batch + '.' + i;
      box.append(item);
    }
    document.body.append(box);
    batch++;
    channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
});
</script>`;

const manyScripts = Array.from(
  { length: 1000 },
  () => `<script type="text/plain" data-category="analytics">window.__n=(window.__n||0)+1;if(window.__n===1000)window.__done=performance.now()</script>`,
).join('');
const manyFrames = Array.from(
  { length: 200 },
  () => `<iframe data-category="content" data-src="/frame" width="20" height="20" loading="lazy"></iframe>`,
).join('');

/**
 * Five vendors' snippets as published (gtag.js, Meta Pixel, Hotjar, Clarity, LinkedIn) and a YouTube embed:
 * as pasted (`auto`), or hand-marked with `data-category` for the page with `data-blocking="off"`. Their
 * hosts are answered by a local stand-in (bench/run.mjs, `vendors` option).
 */
const loader = (url) =>
  `<script>(function(d){var s=d.createElement('script');s.async=true;s.src=${JSON.stringify(url)};var f=d.getElementsByTagName('script')[0];f.parentNode.insertBefore(s,f)})(document)</script>`;
const vendorTags = (marked) => {
  const inline = (category, code) => (marked ? code.replace('<script>', `<script type="text/plain" data-category="${category}">`) : code);
  return {
    head: `${marked ? '<script type="text/plain" data-category="analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-BENCH"></script>' : '<script async src="https://www.googletagmanager.com/gtag/js?id=G-BENCH"></script>'}
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-BENCH');</script>
${inline('marketing', loader('https://connect.facebook.net/en_US/fbevents.js'))}
${inline('analytics', loader('https://static.hotjar.com/c/hotjar-1.js?sv=6'))}
${inline('analytics', loader('https://www.clarity.ms/tag/bench'))}
${inline('marketing', loader('https://snap.licdn.com/li.lms-analytics/insight.min.js'))}`,
    body: marked
      ? '<iframe data-category="content" data-src="https://www.youtube-nocookie.com/embed/bench" width="560" height="315" title="Video"></iframe>'
      : '<iframe src="https://www.youtube-nocookie.com/embed/bench" width="560" height="315" title="Video"></iframe>',
  };
};
const vendorInstall = (blocking) =>
  `<script src="${SCRIPT}" data-categories="analytics content marketing" data-blocking="${blocking}"></script>`;
const vendorPage = (marked) => {
  const { head, body } = vendorTags(marked);
  return page({ withElement: false, head: vendorInstall(marked ? 'off' : 'auto') + head, body });
};

/** path → [page with the element, baseline without it] */
export const pages = {
  '/first-visit': [page({}), page({ withElement: false })],
  '/first-visit-markup': [page({ markup: true }), page({ withElement: false })],
  // The analytics tag sits in <head> right after the consent script, where sites put it.
  // `script` notes when our script has run (a plain script right after it, in both pages), which splits
  // the delay into our script's own run and the gate's.
  '/returning': [
    page({ head: note('script') + note('analytics', 'analytics') }),
    page({ withElement: false, head: note('script') + note('analytics') }),
  ],
  '/accept': [
    page({ body: note('a', 'analytics') + note('c', 'content') + note('ac', 'analytics content') }),
    page({ withElement: false }),
  ],
  '/scale': [page({ body: manyScripts + manyFrames }), page({ withElement: false })],
  '/churn': [page({ head: churn }), page({ withElement: false, head: churn })],
  // Not a baseline without the element: the same vendors hand-marked, with data-blocking="off".
  '/vendors': [vendorPage(false), vendorPage(true)],
};

export const frame = '<!doctype html><title>frame</title>';
