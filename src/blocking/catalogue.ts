/**
 * Known services (SPEC 13): each service's name, URL patterns, default consent category and cookies.
 * A minimal stand-in of the catalogue automatic blocking uses, with the same shape; the audit command
 * relies only on `Service`, `services` and `findService`.
 */

/** A known third-party service. */
export interface Service {
  name: string;
  category: 'analytics' | 'marketing' | 'content' | string;
  /** `host[/path]` patterns; `*.host` also matches the host's subdomains. */
  match: string[];
  /** Cookie names it sets; a name may end in `*`. */
  cookies: string[];
  privacy?: string;
}

export const services: readonly Service[] = [
  { name: 'Google Analytics', category: 'analytics', match: ['*.google-analytics.com', 'analytics.google.com', 'www.googletagmanager.com/gtag'], cookies: ['_ga', '_ga_*', '_gid', '_gat*'] },
  { name: 'Google Tag Manager', category: 'analytics', match: ['www.googletagmanager.com'], cookies: [] },
  { name: 'Matomo Cloud', category: 'analytics', match: ['*.matomo.cloud', 'cdn.matomo.cloud'], cookies: ['_pk_id.*', '_pk_ses.*'] },
  { name: 'Hotjar', category: 'analytics', match: ['*.hotjar.com', '*.hotjar.io'], cookies: ['_hj*'] },
  { name: 'Microsoft Clarity', category: 'analytics', match: ['*.clarity.ms'], cookies: ['_clck', '_clsk', 'CLID'] },
  { name: 'Google Ads', category: 'marketing', match: ['*.doubleclick.net', 'www.googleadservices.com', '*.googlesyndication.com'], cookies: ['IDE', 'test_cookie', '_gcl_*'] },
  { name: 'Meta Pixel', category: 'marketing', match: ['connect.facebook.net', 'www.facebook.com/tr'], cookies: ['_fbp', 'fr'] },
  { name: 'LinkedIn Insight Tag', category: 'marketing', match: ['snap.licdn.com', 'px.ads.linkedin.com'], cookies: ['li_*', 'bcookie', 'lidc', 'UserMatchHistory'] },
  { name: 'Microsoft Advertising (UET)', category: 'marketing', match: ['bat.bing.com'], cookies: ['_uetsid', '_uetvid', 'MUID'] },
  { name: 'TikTok Pixel', category: 'marketing', match: ['analytics.tiktok.com'], cookies: ['_ttp', 'ttwid'] },
  { name: 'YouTube', category: 'content', match: ['www.youtube.com', 'www.youtube-nocookie.com', '*.ytimg.com'], cookies: ['VISITOR_INFO1_LIVE', 'YSC', 'PREF'] },
  { name: 'Vimeo', category: 'content', match: ['player.vimeo.com', '*.vimeocdn.com'], cookies: ['vuid'] },
  { name: 'Google Maps', category: 'content', match: ['www.google.com/maps', 'maps.googleapis.com', 'maps.gstatic.com'], cookies: ['NID'] },
];

/** Whether `pattern` (`host[/path]`, `*.host`) matches the URL. */
function matchesPattern(pattern: string, url: URL): boolean {
  const slash = pattern.indexOf('/');
  const host = slash < 0 ? pattern : pattern.slice(0, slash);
  const path = slash < 0 ? '' : pattern.slice(slash);
  const hostname = url.hostname.toLowerCase();
  const hostMatches = host.startsWith('*.')
    ? hostname === host.slice(2) || hostname.endsWith(host.slice(1))
    : hostname === host;
  return hostMatches && url.pathname.startsWith(path);
}

/** The first service whose patterns match `url`, in catalogue order (more specific patterns come first). */
export function findService(url: string | URL, list: readonly Service[] = services): Service | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  return list.find((service) => service.match.some((pattern) => matchesPattern(pattern, parsed)));
}
