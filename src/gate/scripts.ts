/**
 * Running gated scripts (SPEC 8): each `<script type="text/plain">` becomes a real script, once, in the
 * order it was queued; an external one finishes loading and running before the next one starts.
 */
import { safeSource } from './embeds.js';

/** Gated scripts of the page not run yet, in order: one queue, even when one element gives way to another. */
const queue: HTMLScriptElement[] = [];
/** An external script is loading: the queue waits for it. */
let loading = false;

/**
 * Queues a gated script (none: the external one that was loading is done) and runs what may run now:
 * inline ones before this returns, unless an external one is loading.
 *
 * Each becomes a real script made anew (a clone of a script parsed by `innerHTML` would never run):
 * attributes copied, `data-type` as `type` (none: classic), the CSP nonce read from the property
 * (browsers hide the attribute), `data-src` or `src` only when http(s), else it does not run.
 */
export function runScript(original?: HTMLScriptElement): void {
  if (original) queue.push(original);
  while (!loading && queue.length) {
    const gated = queue.shift()!;
    const src = gated.getAttribute('data-src') ?? gated.getAttribute('src');
    if (!gated.isConnected || (src !== null && !safeSource(src, gated))) continue;
    const script = document.createElement('script');
    for (const { name, value } of gated.attributes) script.setAttribute(name, value);
    script.type = gated.dataset.type ?? '';
    script.text = gated.text;
    script.nonce = gated.nonce;
    if (src !== null) {
      script.src = src;
      // The queue waits for it.
      loading = true;
      script.onload = script.onerror = () => {
        loading = false;
        runScript();
      };
    }
    // The real script takes the inert one's place, so that code which looks itself up finds it.
    gated.replaceWith(script);
  }
}
