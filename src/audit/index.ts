/**
 * `cookie-consent-element/audit`: what a site stores and sends before any choice, after Reject all and
 * after Accept all, in a real headless browser (SPEC 14). The command line is `cli.ts`; this is its API.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Cookie } from 'playwright-core';
import { AuditSetupError, findBrowser, launchBrowser } from './browser.js';
import { otherConsentCookies } from './inspect.js';
import { consentProviderCategory, entityCategory, findEntity, Labeller } from './labels.js';
import { cookieKey, runPass, type PassSettings, type RawPass, type SiteFacts } from './passes.js';
import type { AuditReport, CookieSeen, PassName, PassResult } from './report.js';
import { findingsOf, verdictOf } from './verdict.js';

export type * from './report.js';
export { AuditSetupError } from './browser.js';
export { markupFor, collapseCookieNames } from './markup.js';
export { describeLifetime, findingsOf, verdictOf } from './verdict.js';

export interface AuditOptions {
  /** Pages to visit; with `pages`, same-origin links of the first are followed. */
  urls: string[];
  /** Visit up to this many pages in all (default 1: the URLs given). */
  pages?: number;
  /** Milliseconds to wait after each page's load and scroll, for tags that start on a timer (default 4000). */
  wait?: number;
  /** Milliseconds a page load or click may take (default 30000). */
  timeout?: number;
  /** The browser's executable; else `CHROME_PATH`, else the usual locations. */
  browser?: string;
  /** hostname → origin that serves it instead (for tests and staging: nothing reaches the real host). */
  mapHost?: Record<string, string>;
  onProgress?: PassSettings['onProgress'];
}

const version = (): string => {
  try {
    return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
};

const isThirdParty = (cookieDomain: string, pageHost: string) => {
  const domain = cookieDomain.replace(/^\./, '');
  return !(pageHost === domain || pageHost.endsWith(`.${domain}`) || domain.endsWith(`.${pageHost}`));
};

/** Labels the raw passes once every page's declarations are known. */
function labelPasses(raw: readonly RawPass[], site: SiteFacts, firstSeen: ReadonlyMap<string, PassName>, now: number): PassResult[] {
  const labeller = new Labeller(site.declarations, site.consentCookies);
  return raw.map((pass) => ({
    name: pass.name,
    clicked: pass.clicked,
    ...(pass.clickError ? { clickError: pass.clickError } : {}),
    pages: pass.pages.map((page) => {
      const host = new URL(page.url).hostname;
      const cookie = (found: Cookie): CookieSeen => {
        const party = isThirdParty(found.domain, host) ? 'third' : 'first';
        return {
          name: found.name,
          domain: found.domain,
          path: found.path,
          party,
          lifetime: found.expires > 0 ? Math.max(0, Math.round(found.expires - now / 1000)) : null,
          firstSetIn: firstSeen.get(cookieKey(found)) ?? pass.name,
          label: labeller.cookie(found.name, party === 'third' ? found.domain : undefined),
        };
      };
      // Consent managers also show by the hosts they load from.
      const providers = page.requests
        .map((request) => new URL(request.example).hostname)
        .filter((hostname) => entityCategory(hostname) === consentProviderCategory)
        .map((hostname) => findEntity(hostname)!.name);
      return {
        url: page.url,
        status: page.status,
        ...(page.error ? { error: page.error } : {}),
        banner: { ours: page.ours, others: [...new Set([...page.others, ...providers])] },
        cookies: page.cookies.map(cookie),
        storage: page.storage.map((key) => ({ ...key, label: labeller.cookie(key.key) })),
        requests: page.requests.map((request) => ({ ...request, label: labeller.url(new URL(request.example)) })),
        ...(page.heldHosts.length ? { heldInSource: [...new Set(page.heldHosts)] } : {}),
      };
    }),
  }));
}

/** Runs the three passes and returns the report. Throws `AuditSetupError` when no browser can be driven. */
export async function audit(options: AuditOptions): Promise<AuditReport> {
  const settings: PassSettings = {
    pages: Math.max(1, options.pages ?? 1),
    wait: options.wait ?? 4000,
    timeout: options.timeout ?? 30_000,
    mapHost: new Map(Object.entries(options.mapHost ?? {})),
    onProgress: options.onProgress,
  };
  const executable = findBrowser(options.browser);
  const browser: Browser = await launchBrowser(executable);
  const startedAt = new Date();
  const site: SiteFacts = { declarations: { services: [], cookies: [] }, consentCookies: new Set(otherConsentCookies) };
  const firstSeen = new Map<string, PassName>();
  try {
    const before = await runPass(browser, 'before-choice', options.urls, settings, site, firstSeen);
    const unreachable = before.pages.find((page) => page.error);
    if (unreachable && before.pages.every((page) => page.error)) throw new AuditSetupError(`Could not load ${unreachable.url}: ${unreachable.error}`);
    const pages = before.pages.map((page) => page.url);
    const reject = await runPass(browser, 'after-reject', pages, settings, site, firstSeen);
    const accept = await runPass(browser, 'after-accept', pages, settings, site, firstSeen);
    const passes = labelPasses([before, reject, accept], site, firstSeen, Date.now());
    const findings = findingsOf(passes);
    return {
      tool: { name: 'cookie-consent-element audit', version: version() },
      startedAt: startedAt.toISOString(),
      browser: `${executable} (${browser.version()})`,
      urls: options.urls,
      options: { pages: settings.pages, wait: settings.wait, timeout: settings.timeout },
      consentCookies: [...site.consentCookies],
      passes,
      verdict: verdictOf(findings),
      findings,
    };
  } finally {
    await browser.close();
  }
}
