/**
 * Running gated scripts (SPEC 8): each `<script type="text/plain">` becomes a real script, once, in the
 * order it was queued; an external one finishes loading and running before the next one starts.
 */
import { givenUrls } from '../blocking/hooks.js';
import { warn } from '../warn.js';
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
    // One held by automatic blocking was never started: it runs itself, with the handlers page code gave it.
    const reuse = gated.hasAttribute('data-consent-service');
    const script = reuse ? gated : document.createElement('script');
    if (!reuse) {
      for (const { name, value } of gated.attributes) script.setAttribute(name, value);
      script.text = gated.text;
      script.nonce = gated.nonce;
    }
    script.type = gated.dataset.type ?? '';
    if (src !== null) {
      // The queue waits for it.
      loading = true;
      const next = () => {
        loading = false;
        runScript();
      };
      script.addEventListener('load', next, { once: true });
      script.addEventListener('error', next, { once: true });
      try {
        // As page code gave it (a TrustedScriptURL under Trusted Types), else the markup's text.
        script.src = (givenUrls.get(gated) ?? src) as string;
      } catch (error) {
        // Trusted Types refuses a plain URL without a `default` policy: this one cannot run.
        warn(`${src} cannot run: ${error}`);
        loading = false;
        continue;
      }
    }
    // The real script takes the inert one's place, so that code which looks itself up finds it.
    if (!reuse) gated.replaceWith(script);
  }
}
