/**
 * Loading gated embeds (SPEC 8): `<iframe>`, `<img>`, `<video>`, `<audio>`, `<source>`, `<embed>` and
 * `<link>` get their real `src` / `srcset` / `href` from the `data-` attribute when granted.
 */
import { warn } from '../warn.js';
import { isSafeUrl } from './rules.js';

/** The URL attributes a gated (or held) element keeps in `data-*`. */
export const URLS = ['src', 'srcset', 'href'];

/** Whether `url` may load (http(s)); if not, a warning: `javascript:` and `data:` never load. */
export function safeSource(url: string, element: Element): boolean {
  const safe = isSafeUrl(url, document.baseURI);
  if (!safe) warn(`"${url}" is not an http(s) URL; it never loads.`, element);
  return safe;
}

/** Sets the real URL attributes of a gated embed (and of a media element's ungated sources). */
export function loadEmbed(embed: Element): void {
  for (const element of [embed, ...embed.querySelectorAll('source:not([data-category])')]) {
    for (const name of URLS) {
      const url = element.getAttribute(`data-${name}`);
      // A srcset lists image candidates only: no scheme in it can run code.
      if (url !== null && (name === 'srcset' || safeSource(url, element))) element.setAttribute(name, url);
    }
  }
  // A media element picks its new sources up only when told to.
  embed.closest<HTMLMediaElement>('audio,video')?.load();
}
