// A page server on 127.0.0.1 (port 0) for the blocking tests, and a browser whose every request to
// another host is answered locally by a stand-in that records it: nothing leaves the machine.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Serves `/dist/*` from the build and `/page/<file>` from this folder, with `headers` (e.g. a CSP). */
export async function startServer(headers = {}) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    try {
      if (path.startsWith('/dist/')) {
        response.setHeader('content-type', 'text/javascript');
        response.end(await readFile(`${root}${path}`));
      } else if (path.startsWith('/page/')) {
        response.setHeader('content-type', 'text/html; charset=utf-8');
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        response.end(await readFile(new URL(path.slice(6), import.meta.url)));
      } else {
        response.statusCode = 404;
        response.end();
      }
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Chromium with a context whose requests to any host but 127.0.0.1 go to a stand-in: a script that
 * records that it ran (`window.vendorRuns`), else a small page (frames) or an empty answer.
 * `requests` lists every such URL asked for, in order.
 */
export async function vendorBrowser() {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const context = await browser.newContext();
  const requests = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    const request = route.request();
    requests.push(request.url());
    const type = request.resourceType();
    if (type === 'script') {
      return route.fulfill({ contentType: 'text/javascript', body: `(window.vendorRuns = window.vendorRuns || []).push(${JSON.stringify(request.url())});` });
    }
    if (type === 'document') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Vendor</title><p>Vendor content</p>' });
    return route.fulfill({ status: 204, body: '' });
  });
  return { browser, context, requests };
}
