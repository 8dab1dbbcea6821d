/**
 * The three passes, each in a fresh browser context: before any choice (load, wait, scroll to the end);
 * after Reject all and after Accept all (click the banner's button on the first page, then visit the
 * pages again). Records raw facts per page; labels and the verdict come later.
 */
import type { Browser, BrowserContext, Cookie, Page, Request } from 'playwright-core';
import { inspectPage, scrollToEnd, storageKeys, type StorageKey } from './inspect.js';
import type { Declarations } from './labels.js';
import type { PassName, RequestKind } from './report.js';

export interface PassSettings {
  pages: number;
  wait: number;
  timeout: number;
  /** hostname → origin that serves it instead (`--map-host`). */
  mapHost: ReadonlyMap<string, string>;
  onProgress?: (progress: { pass: PassName; index: number; total: number; url: string }) => void;
}

export interface RawRequest {
  host: string;
  kind: RequestKind;
  count: number;
  example: string;
}

export interface RawPage {
  url: string;
  status: number | null;
  error?: string;
  ours: boolean;
  others: string[];
  /** Cookies first held during this page's visit, in this pass. */
  cookies: Cookie[];
  storage: StorageKey[];
  requests: RawRequest[];
  /** Hosts automatic blocking held in the page source (see `PageFacts`). */
  heldHosts: string[];
}

export interface RawPass {
  name: PassName;
  clicked: 'reject-all' | 'accept-all' | null;
  clickError?: string;
  pages: RawPage[];
}

/** What all passes learnt about the site as a whole. */
export interface SiteFacts {
  declarations: Declarations;
  consentCookies: Set<string>;
}

export const cookieKey = (cookie: Pick<Cookie, 'name' | 'domain' | 'path'>) => `${cookie.name}|${cookie.domain}|${cookie.path}`;

function requestKind(request: Request, page: Page): RequestKind {
  switch (request.resourceType()) {
    case 'script':
      return 'script';
    case 'document':
      return request.frame() === page.mainFrame() ? 'document' : 'frame';
    case 'image':
      return 'image';
    case 'stylesheet':
      return 'stylesheet';
    case 'font':
      return 'font';
    case 'media':
      return 'media';
    case 'xhr':
    case 'fetch':
    case 'ping':
    case 'beacon':
    case 'eventsource':
    case 'websocket':
      return 'beacon/fetch';
    default:
      return 'other';
  }
}

/** Serves each mapped hostname from its local origin (`--map-host`), from Node: nothing reaches the real host. */
async function mapHosts(context: BrowserContext, mapHost: ReadonlyMap<string, string>): Promise<void> {
  if (!mapHost.size) return;
  await context.route(
    (url) => mapHost.has(url.hostname),
    async (route) => {
      const request = route.request();
      const target = new URL(request.url());
      const origin = new URL(mapHost.get(target.hostname)!);
      target.protocol = origin.protocol;
      target.host = origin.host;
      try {
        const headers = await request.allHeaders();
        const response = await fetch(target, {
          method: request.method(),
          headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith(':') && name !== 'host')),
          body: ['GET', 'HEAD'].includes(request.method()) ? undefined : new Uint8Array(request.postDataBuffer() ?? Buffer.alloc(0)),
          redirect: 'manual',
        });
        const responseHeaders: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          if (name !== 'set-cookie' && name !== 'content-encoding' && name !== 'content-length') responseHeaders[name] = value;
        });
        const setCookies = response.headers.getSetCookie();
        if (setCookies.length) responseHeaders['set-cookie'] = setCookies.join('\n');
        await route.fulfill({ status: response.status, headers: responseHeaders, body: Buffer.from(await response.arrayBuffer()) });
      } catch {
        await route.abort('connectionrefused').catch(() => {});
      }
    },
  );
}

/** Opens a page and waits for its load event; a page whose load never ends (a hanging request) is audited as it stands. */
async function open(page: Page, url: string, timeout: number) {
  const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForLoadState('load', { timeout }).catch(() => {});
  return response;
}

/** Runs one pass over `urls` (the first pass also finds the pages, following same-origin links). */
export async function runPass(browser: Browser, name: PassName, urls: readonly string[], settings: PassSettings, site: SiteFacts, firstSeen: Map<string, PassName>): Promise<RawPass> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    await mapHosts(context, settings.mapHost);
    const page = await context.newPage();
    page.setDefaultTimeout(settings.timeout);
    let current: { host: string; requests: Map<string, RawRequest> } | undefined;
    context.on('request', (request) => {
      if (!current) return;
      let url: URL;
      try {
        url = new URL(request.url());
      } catch {
        return;
      }
      // Another host, or the same host on another port (another origin).
      if (!/^(https?|wss?):$/.test(url.protocol) || url.host === current.host) return;
      const kind = requestKind(request, page);
      const key = `${url.host}|${kind}`;
      const seen = current.requests.get(key);
      if (seen) seen.count++;
      else current.requests.set(key, { host: url.host, kind, count: 1, example: `${url.origin}${url.pathname}` });
    });

    const pass: RawPass = { name, clicked: null, pages: [] };
    const list = [...urls];
    const limit = name === 'before-choice' ? Math.max(settings.pages, urls.length) : urls.length;
    const seenCookies = new Set<string>();
    const seenStorage = new Set<string>();
    const action = name === 'after-reject' ? 'reject-all' : name === 'after-accept' ? 'accept-all' : null;
    current = { host: new URL(list[0]).host, requests: new Map() };

    if (action) {
      // The choice: on the first page, with the banner's own button (ours, through its contract).
      try {
        await open(page, list[0], settings.timeout);
        if (!(await inspectPage(page)).ours) throw new Error('no <cookie-consent> on the page');
        await page.locator(`[part~="banner"] [data-action="${action}"]`).first().click({ timeout: Math.min(settings.timeout, 10_000) });
        pass.clicked = action;
        await page.waitForTimeout(Math.min(settings.wait, 1000));
      } catch (error) {
        pass.clickError = `could not click the banner's "${action}" button on ${list[0]}: ${(error as Error).message.split('\n')[0]}`;
      }
    }

    for (let index = 0; index < list.length && index < limit; index++) {
      const url = list[index];
      settings.onProgress?.({ pass: name, index, total: limit, url });
      if (index > 0 || !action) current = { host: new URL(url).host, requests: new Map() };
      const result: RawPage = { url, status: null, ours: false, others: [], cookies: [], storage: [], requests: [], heldHosts: [] };
      try {
        const response = await open(page, url, settings.timeout);
        result.status = response?.status() ?? null;
        await scrollToEnd(page);
        await page.waitForTimeout(settings.wait);
        const facts = await inspectPage(page);
        result.ours = facts.ours;
        result.others = facts.others;
        result.heldHosts = facts.heldHosts;
        if (facts.cookieName) site.consentCookies.add(facts.cookieName);
        site.declarations.services.push(...facts.declarations.services);
        site.declarations.cookies.push(...facts.declarations.cookies);
        if (name === 'before-choice') {
          for (const link of facts.links) if (!list.includes(link) && list.length < limit) list.push(link);
        }
        result.storage = (await storageKeys(page)).filter((key) => {
          const id = `${key.origin}|${key.area}|${key.key}`;
          return !seenStorage.has(id) && !!seenStorage.add(id);
        });
      } catch (error) {
        result.error = (error as Error).message.split('\n')[0];
      }
      for (const cookie of await context.cookies()) {
        const key = cookieKey(cookie);
        if (seenCookies.has(key)) continue;
        seenCookies.add(key);
        if (!firstSeen.has(key)) firstSeen.set(key, name);
        result.cookies.push(cookie);
      }
      result.requests = [...current.requests.values()];
      pass.pages.push(result);
    }
    current = undefined;
    return pass;
  } finally {
    await context.close();
  }
}
