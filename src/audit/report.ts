/**
 * The audit's report (`--json FILE`): the same data as the terminal table. Its JSON schema is
 * `report.schema.json` beside this file (package export `cookie-consent-element/audit/report.schema.json`).
 */

/** The three passes, in the order they run. */
export type PassName = 'before-choice' | 'after-reject' | 'after-accept';

/** What kind of resource a request fetched. */
export type RequestKind = 'script' | 'frame' | 'image' | 'beacon/fetch' | 'stylesheet' | 'font' | 'media' | 'document' | 'other';

/** Who a cookie, storage key or host belongs to, and the consent category it needs. */
export interface Label {
  /** The service's or entity's name, or `unknown`. */
  service: string;
  /** `necessary`, a consent category (`analytics`, `marketing`, `content`, ...), or null: in no consent category (to review). */
  category: string | null;
  /** Where the label comes from: the page's own declarations, our service catalogue, the third-party-web entities, or none. */
  source: 'site' | 'catalogue' | 'third-party-web' | 'unknown';
}

/** A cookie first seen in a pass, on the page that was being visited. */
export interface CookieSeen {
  name: string;
  domain: string;
  path: string;
  party: 'first' | 'third';
  /** Seconds until it expires when first seen; null for a session cookie. */
  lifetime: number | null;
  /** The first pass of this audit in which the browser held it. */
  firstSetIn: PassName;
  label: Label;
}

/** A localStorage or sessionStorage key found after a page's visit. */
export interface StorageSeen {
  origin: string;
  area: 'localStorage' | 'sessionStorage';
  key: string;
  label: Label;
}

/** Requests to one other host, of one kind, during a page's visit. */
export interface RequestSeen {
  host: string;
  kind: RequestKind;
  count: number;
  /** The first URL requested (query string removed). */
  example: string;
  label: Label;
}

/** Consent banners found on the page. */
export interface BannerFound {
  /** A `<cookie-consent>` (or a subclass) found through its contract: its shadow root's `data-action` buttons. */
  ours: boolean;
  /** Other consent managers recognised by their markup or by the hosts they load from. */
  others: string[];
}

/** One page visited in one pass. */
export interface PageResult {
  url: string;
  /** The HTTP status of the page's response; null when it did not load. */
  status: number | null;
  error?: string;
  banner: BannerFound;
  cookies: CookieSeen[];
  storage: StorageSeen[];
  requests: RequestSeen[];
  /** Hosts of tags in the page source that automatic blocking held: requested by the browser, never run. */
  heldInSource?: string[];
}

/** One pass: a fresh browser context, the choice it made, and the pages. */
export interface PassResult {
  name: PassName;
  /** The banner button clicked before the pages were visited again (none in the first pass). */
  clicked: 'reject-all' | 'accept-all' | null;
  /** Why the button could not be clicked (no banner of ours, say). */
  clickError?: string;
  pages: PageResult[];
}

/** One thing the verdict is about: `fail` breaks the law before consent, `review` is for a person to judge. */
export interface Finding {
  severity: 'fail' | 'review';
  pass: PassName;
  page: string;
  type: 'cookie' | 'request' | 'storage' | 'banner' | 'page';
  /** The cookie's or storage key's name, the host, or the page (for `banner` and `page`). */
  name: string;
  /** A human sentence: what was seen and why it matters. */
  detail: string;
  label?: Label;
}

/** The whole report. */
export interface AuditReport {
  tool: { name: string; version: string };
  startedAt: string;
  /** The browser used (its version string). */
  browser: string;
  /** The URLs given on the command line. */
  urls: string[];
  options: { pages: number; wait: number; timeout: number };
  /** The consent cookie names treated as necessary (ours from the page's element, and known other banners'). */
  consentCookies: string[];
  passes: PassResult[];
  verdict: 'pass' | 'fail';
  findings: Finding[];
}
