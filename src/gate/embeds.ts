/**
 * Loading gated embeds (SPEC 8): `<iframe>`, `<img>`, `<video>`, `<audio>`, `<source>`, `<embed>` and
 * `<link>` get their real `src` / `srcset` / `href` from the `data-` attribute when granted.
 */
import { warn } from '../element/config.js';
import { isSafeUrl } from './rules.js';

/** `value` when it is an http(s) URL; else a warning and undefined: `javascript:` and `data:` never load. */
export function safeSource(value: string, element: Element): string | undefined {
  if (isSafeUrl(value, document.baseURI)) return value;
  warn(`"${value}" is not an http(s) URL; it is never loaded.`, element);
  return undefined;
}

function setUrls(element: Element): void {
  for (const name of ['src', 'srcset', 'href']) {
    const value = element.getAttribute(`data-${name}`);
    // A srcset lists image candidates only: no scheme in it can run code.
    const url = value === null || name === 'srcset' ? value : safeSource(value, element);
    if (url != null) element.setAttribute(name, url);
  }
}

/** Sets the real URL attributes of a gated embed; a media element then loads its new sources. */
export function loadEmbed(element: Element): void {
  setUrls(element);
  const media = element instanceof HTMLMediaElement ? element : element.parentElement;
  if (media instanceof HTMLMediaElement) {
    if (media === element) media.querySelectorAll('source[data-src]:not([data-category])').forEach(setUrls);
    media.load();
  }
}

/** Takes a loaded iframe back to an empty document: its third party stops running. */
export function unloadFrame(frame: HTMLIFrameElement): void {
  frame.src = 'about:blank';
}
