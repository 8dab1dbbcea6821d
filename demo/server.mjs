// Serves the demo site (demo/) and the build (dist/) on 127.0.0.1. `npm start` builds first.
// Small endpoints stand in for what a real site talks to (see `routes`).
import { createServer } from 'node:http';
import { appendFile, readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.mp4': 'video/mp4',
};

/** Extra endpoints: path → handler(request, response). Features add theirs here. */
export const routes = new Map();

// Consent receipts (the element's `log-endpoint`): POST appends the receipt, with the server's time, as
// one JSON line to demo/receipts.jsonl; GET returns the last 20, newest first (demo/receipts.html).
const receiptsFile = join(root, 'demo', 'receipts.jsonl');
routes.set('/api/consent-receipts', async (request, response) => {
  if (request.method === 'POST') {
    let body = '';
    for await (const chunk of request) {
      body += chunk;
      if (body.length > 16_384) return send(response, 413, 'Too large');
    }
    let receipt;
    try {
      receipt = JSON.parse(body);
    } catch {
      return send(response, 400, 'Not JSON');
    }
    if (typeof receipt !== 'object' || receipt === null || Array.isArray(receipt)) return send(response, 400, 'Not a receipt');
    await appendFile(receiptsFile, `${JSON.stringify({ ...receipt, received: new Date().toISOString() })}\n`);
    response.writeHead(204).end();
    return;
  }
  const lines = (await readFile(receiptsFile, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(lines.slice(-20).reverse().map((line) => JSON.parse(line))));
});

// Third-party stand-ins (demo/assets/analytics-standin.js, demo/assets/video-embed.html) report here;
// each request is logged, so the terminal shows that nothing arrives before consent.
routes.set('/api/third-party', (request, response) => {
  const { searchParams } = new URL(request.url, 'http://127.0.0.1');
  console.log(`[third party] ${new Date().toISOString()} ${searchParams.get('source')} hit from ${searchParams.get('page')}`);
  response.writeHead(204).end();
});

async function serveFile(pathname, response) {
  // /dist/* from the build, everything else from demo/; no path may climb out.
  const base = pathname.startsWith('/dist/') ? root : join(root, 'demo');
  let file = normalize(join(base, decodeURIComponent(pathname)));
  if (!file.startsWith(base)) return send(response, 403, 'Forbidden');
  if (file.endsWith('/')) file = join(file, 'index.html');
  if (!extname(file)) file += '.html';
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(body);
  } catch {
    send(response, 404, 'Not found');
  }
}

function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://127.0.0.1');
  const route = routes.get(pathname);
  if (route) return route(request, response);
  return serveFile(pathname, response);
});

// PORT=0 picks a free port (tests): the line printed names the one in use.
server.listen(port, '127.0.0.1', () => {
  console.log(`Demo site with the cookie banner: http://127.0.0.1:${server.address().port}/`);
});
