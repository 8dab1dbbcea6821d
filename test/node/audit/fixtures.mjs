// Fixture sites for the audit tests, all on 127.0.0.1 (port 0): the site under audit (serves its pages and
// the element's classic script from dist/) and a second origin standing in for every vendor. The real
// vendor hostnames in the pages reach the vendor server through the audit's --map-host: nothing leaves
// the machine. Each server counts what was requested.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const cli = `${root}dist/node/audit/cli.js`;

const newest = (folder) =>
  readdirSync(`${root}${folder}`, { recursive: true }).reduce((time, file) => Math.max(time, statSync(`${root}${folder}/${file}`).mtimeMs), 0);

/** Builds what the tests need when missing or older than its source: the element's script, the audit command. */
export function build() {
  if (!existsSync(`${root}dist/cookie-consent.min.js`)) execFileSync('npx', ['rollup', '-c', '--silent'], { cwd: root, stdio: 'inherit' });
  const built = existsSync(`${root}dist/node/audit/entities.json`) ? statSync(cli).mtimeMs : 0;
  if (built < Math.max(newest('src/audit'), newest('src/blocking'))) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.audit.json'], { cwd: root, stdio: 'inherit' });
    execFileSync(process.execPath, ['scripts/build-audit-data.mjs'], { cwd: root, stdio: 'ignore' });
  }
}
build();

/** Starts a server answering from `handler(pathname, request, response)`; resolves with its origin and a request log. */
export async function serve(handler) {
  const log = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    log.push({ path: url.pathname, method: request.method });
    handler(url.pathname, request, response, url);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, log, close: () => new Promise((resolve) => server.close(resolve)) };
}

const gif = Buffer.from('R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==', 'base64');

/**
 * The vendor stand-in. analytics.js is a Google Analytics look-alike: first-party cookies `_ga` and
 * `_ga_ABC123` (2 years) and a beacon home. pixel.gif sets a third-party cookie (`IDE`, as DoubleClick
 * does), embed.html a third-party one too (`VISITOR_INFO1_LIVE`, as YouTube does).
 */
export function startVendor() {
  return serve((path, request, response) => {
    const send = (type, body, headers = {}) => {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      response.end(body);
    };
    if (path === '/analytics.js') {
      return send('text/javascript', `
        document.cookie = '_ga=GA1.1.' + Date.now() + '; Max-Age=63072000; Path=/; SameSite=Lax';
        document.cookie = '_ga_ABC123=GS1.1.' + Date.now() + '; Max-Age=63072000; Path=/; SameSite=Lax';
        navigator.sendBeacon('https://www.google-analytics.com/g/collect?v=2&dl=' + encodeURIComponent(location.href));`);
    }
    if (path === '/hotjar.js') {
      return send('text/javascript', `localStorage.setItem('_hjSessionStorageTest', '1'); document.cookie = '_hjSessionUser_42=1; Max-Age=31536000; Path=/';`);
    }
    if (path === '/pixel.gif') return send('image/gif', gif, { 'set-cookie': 'IDE=AHWqTUl; Max-Age=33696000; Path=/; SameSite=None; Secure' });
    if (path === '/embed.html') {
      return send('text/html', '<!doctype html><title>Video</title><p>A video player</p>', {
        'set-cookie': 'VISITOR_INFO1_LIVE=x1y2; Max-Age=15552000; Path=/; SameSite=None; Secure',
      });
    }
    if (path === '/messenger.html') {
      // A chat widget known to third-party-web only (Intercom): two cookies sharing a prefix.
      return send('text/html', '<!doctype html><title>Chat</title>', {
        'set-cookie': ['intercom-id-x7=1; Max-Age=23328000; Path=/; SameSite=None; Secure', 'intercom-session-x7=1; Max-Age=604800; Path=/; SameSite=None; Secure'],
      });
    }
    if (path.endsWith('.css')) return send('text/css', 'body { margin: 0 }');
    response.writeHead(204).end();
  });
}

/** The vendors' real hostnames, all served by the stand-in (`--map-host` arguments). */
export const vendorHosts = ['www.google-analytics.com', 'static.hotjar.com', 'ad.doubleclick.net', 'www.youtube-nocookie.com', 'cdn.jsdelivr.net', 'widgets.unknown-vendor.test', 'widget.intercom.io', 'js.stripe.com'];
export const mapHostArgs = (vendor) => vendorHosts.flatMap((host) => ['--map-host', `${host}=${vendor.origin}`]);

const script = readFileSync(`${root}dist/cookie-consent.min.js`, 'utf8');

/** A page: the element's one script tag in <head> unless `banner` is false, then `body`. */
export const page = (body, { banner = true, head = '' } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fixture</title>
${banner ? '<script src="/cookie-consent.min.js" data-categories="analytics content marketing"></script>' : ''}
${head}</head>
<body><main><h1>Fixture</h1><p style="height: 150vh">Content</p></main>${body}</body></html>`;

/** Starts the site under audit with `pages` (pathname → HTML, or `{ html, headers }`). */
export function startSite(pages) {
  return serve((path, request, response) => {
    if (path === '/cookie-consent.min.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      return response.end(script);
    }
    const found = pages[path];
    if (found === undefined) return response.writeHead(404).end('Not found');
    const { html, headers = {} } = typeof found === 'string' ? { html: found } : found;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
    response.end(html);
  });
}

/** Runs the command; resolves with its exit code, standard output and standard error. */
export function runAudit(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
