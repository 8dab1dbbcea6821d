/**
 * Running gated scripts (SPEC 8): each `<script type="text/plain">` becomes a real script, once, in the
 * order it was queued; an external one finishes loading and running before the next one starts.
 */
import { givenUrls } from '../blocking/hooks.js';
import { warn } from '../warn.js';
import { safeSource } from './embeds.js';

/**
 * Under Trusted Types (`require-trusted-types-for 'script'`), the policy named `cookie-consent` turns
 * a gated script's own text and URL, written by the page in its markup, into the trusted values a
 * script needs. A page that lists allowed policies adds it: `trusted-types cookie-consent lit-html`.
 * Without Trusted Types (or when the page does not allow the name) plain strings are used.
 */
type Passed = (text: string) => string;
let policy: { createScript: Passed; createScriptURL: Passed } | undefined;
try {
  const pass: Passed = (text) => text;
  policy = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): typeof policy } }).trustedTypes?.createPolicy('cookie-consent', {
    createScript: pass,
    createScriptURL: pass,
  });
} catch {
  // The page's `trusted-types` directive does not allow this name: activation fails where TT is enforced, with a warning.
}

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
    const type = gated.dataset.type ?? '';
    if (!gated.isConnected || (src !== null && !safeSource(src, gated))) continue;
    // Still inert once "activated": it would be found and activated again, forever.
    if (/^\s*text\/plain\s*$/i.test(type)) {
      warn(`data-type="${type}" never runs.`, gated);
      continue;
    }
    // One held by automatic blocking was never started: it runs itself, with the handlers page code gave it.
    const reuse = gated.hasAttribute('data-consent-service');
    const script = reuse ? gated : document.createElement('script');
    try {
      if (!reuse) {
        for (const { name, value } of gated.attributes) if (name !== 'src') script.setAttribute(name, value);
        script.text = (policy?.createScript(gated.text) ?? gated.text) as string;
        script.nonce = gated.nonce;
      }
      script.type = type;
      if (src !== null) {
        // As page code gave it (a TrustedScriptURL under Trusted Types), else through our policy.
        script.src = (givenUrls.get(gated) ?? policy?.createScriptURL(src) ?? src) as string;
        // The queue waits for it.
        loading = true;
        const next = () => {
          loading = false;
          runScript();
        };
        script.addEventListener('load', next, { once: true });
        script.addEventListener('error', next, { once: true });
      }
    } catch {
      // Trusted Types refused our policy's values: the page's policy list lacks `cookie-consent`.
      warn('Trusted Types: allow the policy "cookie-consent" to run gated scripts.', gated);
      loading = false;
      continue;
    }
    // The real script takes the inert one's place, so that code which looks itself up finds it.
    if (!reuse) gated.replaceWith(script);
  }
}
