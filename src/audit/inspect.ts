/**
 * What one page shows once visited, read inside the browser: our banner (through its contract), other
 * consent managers, what the page declares in its consent element, its same-origin links, storage keys.
 */
import type { Frame, Page } from 'playwright-core';
import type { Declarations } from './labels.js';

/** Other consent managers, by the markup they add to the page. */
const otherBanners: Record<string, string> = {
  OneTrust: '#onetrust-banner-sdk, #onetrust-consent-sdk',
  Cookiebot: '#CybotCookiebotDialog',
  'vanilla-cookieconsent': '#cc-main, #cc--main',
  'Osano cookieconsent': '.cc-window',
  tarteaucitron: '#tarteaucitronRoot',
  Klaro: '.klaro',
  Didomi: '#didomi-host',
  Usercentrics: '#usercentrics-root, #usercentrics-cmp-ui',
  Complianz: '#cmplz-cookiebanner-container',
  Borlabs: '#BorlabsCookieBox',
  iubenda: '#iubenda-cs-banner',
  'Quantcast Choice': '.qc-cmp2-container',
};

/** Consent cookies of other known banners: necessary to remember a refusal. */
export const otherConsentCookies = [
  'OptanonConsent',
  'OptanonAlertBoxClosed',
  'CookieConsent',
  'cc_cookie',
  'cookieconsent_status',
  'tarteaucitron',
  'klaro',
  'didomi_token',
  'cmplz_banner-status',
  'borlabs-cookie',
];

export interface PageFacts {
  ours: boolean;
  /** The consent cookie name our element uses on this page. */
  cookieName?: string;
  others: string[];
  declarations: Declarations;
  links: string[];
  /**
   * Hosts of the tags automatic blocking holds in this page (`data-consent-service`): tags of the page
   * source, which the browser may request before any script acts (tags made by code are held before).
   */
  heldHosts: string[];
}

/** Reads the page's banner, declarations and links. */
export async function inspectPage(page: Page): Promise<PageFacts> {
  return page.evaluate((selectors) => {
    const hasContract = (element: Element) =>
      !!element.shadowRoot?.querySelector('[data-action="accept-all"]') && !!element.shadowRoot.querySelector('[data-action="reject-all"]');
    const element = document.querySelector('cookie-consent') ?? [...document.querySelectorAll('*')].find(hasContract) ?? null;
    const declarations: Declarations = { services: [], cookies: [] };
    for (const category of element?.querySelectorAll('consent-category[name]') ?? []) {
      const name = category.getAttribute('name') ?? '';
      for (const service of category.querySelectorAll('consent-service[name]')) {
        const match = (service.getAttribute('match') ?? '').split(/\s+/).filter(Boolean);
        declarations.services.push({ category: name, name: service.getAttribute('name') ?? '', match });
      }
      for (const cookie of category.querySelectorAll('consent-cookie[name]')) {
        declarations.cookies.push({ category: name, name: cookie.getAttribute('name') ?? '', provider: cookie.getAttribute('provider') ?? '' });
      }
    }
    const cookieName = element
      ? String((element as Element & { cookieName?: unknown }).cookieName ?? element.getAttribute('cookie-name') ?? 'cookie_consent')
      : undefined;
    const links = new Set<string>();
    for (const anchor of document.querySelectorAll('a[href]')) {
      const url = new URL((anchor as HTMLAnchorElement).href, location.href);
      url.hash = '';
      if (url.origin === location.origin && /^https?:$/.test(url.protocol)) links.add(url.href);
    }
    return {
      ours: !!element && (element.localName === 'cookie-consent' || hasContract(element)),
      cookieName,
      others: Object.entries(selectors).filter(([, selector]) => document.querySelector(selector)).map(([name]) => name),
      declarations,
      links: [...links],
      heldHosts: [...document.querySelectorAll('[data-consent-service]')].flatMap((held) => {
        const url = held.getAttribute('data-src') ?? held.getAttribute('data-href') ?? held.getAttribute('data-srcset')?.split(/[\s,]/)[0];
        try {
          return url ? [new URL(url, location.href).host] : [];
        } catch {
          return [];
        }
      }),
    };
  }, otherBanners);
}

/** Scrolls to the end of the page in screen-high steps, so that lazy content and scroll-triggered tags load. */
export async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let step = 0; step < 20; step++) {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (window.scrollY === before) break;
    }
  });
}

export interface StorageKey {
  origin: string;
  area: 'localStorage' | 'sessionStorage';
  key: string;
}

/** The localStorage and sessionStorage keys of the page and each of its frames. */
export async function storageKeys(page: Page): Promise<StorageKey[]> {
  const keys: StorageKey[] = [];
  const read = async (frame: Frame) => {
    try {
      const found = await frame.evaluate(() => ({
        origin: location.origin,
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
      }));
      if (found.origin === 'null') return;
      for (const key of found.local) keys.push({ origin: found.origin, area: 'localStorage', key });
      for (const key of found.session) keys.push({ origin: found.origin, area: 'sessionStorage', key });
    } catch {
      // A frame that navigated away or denies storage: nothing to read.
    }
  };
  await Promise.all(page.frames().map(read));
  return keys;
}
