/**
 * The built-in catalogue of known services (SPEC 13): what automatic blocking recognises, the category
 * each waits for, and the cookies each sets (for the preferences' table and withdrawal). Pure data and
 * one pure lookup: the classic script, the element and the audit command (Node) share it.
 *
 * A pattern is `host` or `host/path`. The host is exact, `*.host` is the host and its subdomains, `*`
 * any host. The path matches from the start of the URL's path up to a `/` or its end (`/tr` matches
 * `/tr` and `/tr/x`, not `/track`); `*` in it is any run of characters. Query and hash are not looked at.
 * The first service that matches wins, so a narrower one comes before a broader one on the same host.
 */

import { parseUrl } from '../gate/rules.js';

/** A known service: its name, URL patterns, default category, cookies, and privacy policy. */
export interface Service {
  name: string;
  category: string;
  /** `host[/path]` patterns; `*.host` wildcards. */
  match: string[];
  /** Cookie names it sets; a name may end in `*`. */
  cookies: string[];
  /** Its privacy policy. */
  privacy?: string;
}

/**
 * The catalogue, one service a line: name | category | match patterns | cookies | privacy policy
 * (without `https://`). A table in a string: the smallest form in the classic script.
 */
const table = `Google Analytics|analytics|www.googletagmanager.com/gtag/js *.google-analytics.com *.analytics.google.com|_ga* _gid|policies.google.com/privacy
Google Tag Manager|analytics|www.googletagmanager.com||policies.google.com/privacy
Google Ads|marketing|*.doubleclick.net *.googleadservices.com *.googlesyndication.com www.google.com/pagead www.google.com/ads|_gcl_*|policies.google.com/privacy
Google Maps|content|www.google.com/maps maps.google.com maps.googleapis.com maps.gstatic.com||policies.google.com/privacy
Meta Pixel|marketing|connect.facebook.net/*/fbevents.js connect.facebook.net/signals www.facebook.com/tr|_fbp|www.facebook.com/privacy/policy/
Facebook|content|connect.facebook.net *.facebook.com||www.facebook.com/privacy/policy/
Instagram|content|*.instagram.com *.cdninstagram.com||privacycenter.instagram.com/policy
LinkedIn Insight|marketing|snap.licdn.com px.ads.linkedin.com dc.ads.linkedin.com|li_sugr li_fat_id|www.linkedin.com/legal/privacy-policy
TikTok Pixel|marketing|analytics.tiktok.com|_ttp|www.tiktok.com/legal/privacy-policy
Microsoft UET|marketing|bat.bing.com|_uet*|privacy.microsoft.com/privacystatement
Microsoft Clarity|analytics|*.clarity.ms|_clck _clsk|privacy.microsoft.com/privacystatement
Hotjar|analytics|*.hotjar.com *.hotjar.io|_hj*|www.hotjar.com/legal/policies/privacy/
Matomo|analytics|*.matomo.cloud */*matomo.js */*piwik.js */*matomo.php */*piwik.php|_pk_*|matomo.org/privacy-policy/
HubSpot|marketing|*.hs-scripts.com *.hs-analytics.net *.hs-banner.com *.hsadspixel.net *.hscollectedforms.net *.hsforms.net *.hsforms.com *.hubspot.com *.usemessages.com|__hs* hubspotutk|legal.hubspot.com/privacy-policy
Pinterest|marketing|s.pinimg.com ct.pinterest.com assets.pinterest.com|_pin_unauth _epik|policy.pinterest.com/privacy-policy
Snapchat Pixel|marketing|sc-static.net tr.snapchat.com tr-shadow.snapchat.com|_scid* _sctr|values.snap.com/privacy/privacy-policy
X (Twitter) pixel|marketing|static.ads-twitter.com analytics.twitter.com ads-twitter.com t.co/i/adsct|_twclid|x.com/privacy
X (Twitter)|content|platform.twitter.com syndication.twitter.com platform.x.com||x.com/privacy
YouTube|content|*.youtube.com *.youtube-nocookie.com youtu.be|YSC VISITOR_INFO1_LIVE|policies.google.com/privacy
Vimeo|content|*.vimeo.com *.vimeocdn.com|vuid|vimeo.com/privacy
Spotify|content|open.spotify.com/embed open.spotify.com/embed-podcast embed.spotify.com||www.spotify.com/legal/privacy-policy/
SoundCloud|content|w.soundcloud.com *.sndcdn.com||soundcloud.com/pages/privacy`;

/**
 * Every service automatic blocking knows, narrower patterns first. Matomo Cloud, and a self-hosted
 * Matomo (or Piwik, its former name) on any host by its tracker's file names.
 */
export const services: readonly Service[] = table.split('\n').map((line) => {
  const [name, category, match, cookies, privacy] = line.split('|');
  return { name, category, match: match.split(' '), cookies: cookies ? cookies.split(' ') : [], privacy: `https://${privacy}` };
});

/** Compiled patterns, by pattern. */
const compiled = new Map<string, RegExp>();

/** The regular expression a pattern means, matched against `host/path`. */
function patternExpression(pattern: string): RegExp {
  let expression = compiled.get(pattern);
  if (!expression) {
    const [, subdomains, host, path] = /^(\*\.)?([^/]*)(.*)/s.exec(pattern)!;
    const escape = (part: string, star: string) =>
      part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, star);
    const expressionText = `^${subdomains ? '([^/]+\\.)?' : ''}${escape(host, '[^/]*')}${escape(path, '.*')}(/|$)`;
    compiled.set(pattern, (expression = new RegExp(expressionText)));
  }
  return expression;
}

/**
 * The service `url` belongs to, from `list` (the built-in catalogue by default), or undefined. Only
 * http(s) URLs belong to one; a relative URL is read against the document's base where there is one.
 */
export function findService(url: string | URL, list: readonly Service[] = services): Service | undefined {
  // Without a document (the audit command), a relative URL is none: `new URL` without a base.
  const parsed = parseUrl(String(url), globalThis.document?.baseURI as string);
  if (!parsed || !/^https?:$/.test(parsed.protocol)) return undefined;
  const subject = parsed.hostname.replace(/\.$/, '') + parsed.pathname;
  return list.find((known) => known.match.some((pattern) => patternExpression(pattern).test(subject)));
}
