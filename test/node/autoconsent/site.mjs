// The site the privacy-tool tests visit: a static server on 127.0.0.1 (port 0) serving the demo (demo/),
// the build (/dist/), extra pages the tests write, and optional extra folders (a Consent-O-Matic checkout).
// It records every request, so a test can say what the page fetched: a gated tag, a consent receipt.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Builds dist/ when it is missing (`npm test` builds it in its size step, a lone run may not have). */
export function ensureBuilt() {
  if (existsSync(join(root, 'dist', 'cookie-consent.min.js'))) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'rollup', 'dist', 'bin', 'rollup'), '-c', '--silent'], { cwd: root, stdio: 'inherit' });
}

/**
 * A page like the demo's, with the one script tag, a gated analytics tag and a gated video, and the
 * `<cookie-consent>` element given `attributes` and `children` (what a site may configure).
 */
export const sitePage = ({ attributes = '', children = '', htmlLang = 'en', categories = 'analytics content' } = {}) => `<!doctype html>
<html lang="${htmlLang}">
<head>
  <meta charset="utf-8">
  <title>A site with cookie-consent-element</title>
  <script src="/dist/cookie-consent.min.js"></script>
</head>
<body>
  <main>
    <h1>Staff planning</h1>
    <p>Some page content the visitor came for.</p>
    <iframe title="Customer story video" data-category="content" data-src="/assets/video-embed.html"></iframe>
  </main>
  <cookie-consent categories="${categories}" privacy-url="/privacy" log-endpoint="/api/consent-receipts" ${attributes}>${children}</cookie-consent>
  <script type="text/plain" data-category="analytics" src="/assets/analytics-standin.js"></script>
</body>
</html>`;

/** What a site may choose; a rule must work for each (it finds controls by data-action, never by text). */
export const variantPages = {
  '/center': sitePage({ attributes: 'position="center"' }),
  '/texts': sitePage({
    children: `<span slot="title">Your privacy, your call</span>
      <consent-texts accept-all="Sure, go ahead" reject-all="No, thank you" customize="Let me pick"></consent-texts>`,
  }),
  '/french': sitePage({ htmlLang: 'fr', attributes: 'lang="fr"' }),
  '/renamed-cookie': sitePage({ attributes: 'cookie-name="shiftwise_choice"' }),
  '/gpc-ignored': sitePage({ attributes: 'gpc="ignore"' }),
  // The one-line install: no element in the page, the script creates it from its data-* attributes.
  '/one-line': sitePage().replace('<script src="/dist/cookie-consent.min.js">', '<script src="/dist/cookie-consent.min.js" data-categories="analytics content" data-log-endpoint="/api/consent-receipts">').replace(/<cookie-consent [^>]*><\/cookie-consent>/, ''),
  '/every-built-in-category': sitePage({ categories: 'preferences analytics content marketing' }),
  // Someone else's element of the same name (no shadow root of ours): a rule must not claim it.
  '/other-element': `<!doctype html><html lang="en"><body><cookie-consent><button>Reject all</button></cookie-consent></body></html>`,
};

/**
 * Starts the site. `pages`: path → HTML; `folders`: URL prefix → directory. Resolves to
 * `{ origin, requests, close }`, `requests` listing `{ method, path }` in arrival order.
 */
export async function startSite({ pages = {}, folders = {} } = {}) {
  const requests = [];
  const mounts = { '/dist/': join(root, 'dist'), ...folders };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    requests.push({ method: request.method, path: url.pathname + url.search });
    if (url.pathname.startsWith('/api/')) {
      request.resume();
      response.writeHead(204).end();
      return;
    }
    if (pages[url.pathname] !== undefined) {
      response.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' });
      response.end(pages[url.pathname]);
      return;
    }
    const prefix = Object.keys(mounts).find((mount) => url.pathname.startsWith(mount));
    const base = prefix ? mounts[prefix] : join(root, 'demo');
    let file = normalize(join(base, decodeURIComponent(prefix ? url.pathname.slice(prefix.length) : url.pathname)));
    if (!file.startsWith(base)) return response.writeHead(403).end();
    if (file.endsWith('/')) file = join(file, 'index.html');
    if (!extname(file)) file += '.html';
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * A fresh visitor opens `path` on a site of its own (so that what it fetched is its own while tests run
 * side by side), after `prepare(context)` installed the privacy tool. Requests to any other host are
 * refused and counted in `offSite` (nothing may leave the machine). `close()` ends the visit.
 */
export async function visitSite(browser, path, { folders, prepare } = {}) {
  const site = await startSite({ pages: variantPages, folders });
  const context = await browser.newContext();
  const offSite = [];
  await context.route((url) => url.host !== new URL(site.origin).host, (route) => {
    offSite.push(route.request().url());
    return route.abort();
  });
  const tool = await prepare?.(context);
  const page = await context.newPage();
  await page.goto(site.origin + path);
  const bannerVisible = () =>
    page.evaluate(() => {
      const banner = document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]');
      return Boolean(banner && banner.checkVisibility());
    });
  const close = () => Promise.all([context.close(), site.close()]);
  return { site, context, page, tool, requests: () => site.requests, offSite, bannerVisible, close };
}

/** What the visitor's browser fetched that only consent may load: the analytics tag, the video, their hits. */
export const gatedRequests = (requests) =>
  requests.filter(({ path }) => /^\/assets\/(analytics-standin\.js|video-embed\.html)|^\/api\/third-party/.test(path));

/** The consent receipts the element posted (one per saved choice). */
export const receipts = (requests) => requests.filter(({ method, path }) => method === 'POST' && path === '/api/consent-receipts');

/** The stored choice in the cookie `name` of `context`, decoded as a server would (SPEC 6), or undefined. */
export async function storedChoice(context, name = 'cookie_consent') {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === name);
  return cookie && JSON.parse(decodeURIComponent(cookie.value));
}

/** Resolves once `predicate()` is truthy (checked every 25 ms), or rejects after `timeout` ms with `what`. */
export async function until(predicate, what, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
