/**
 * Running gated scripts (SPEC 8): each `<script type="text/plain">` becomes a real script, once, in the
 * order it was queued; an external one finishes loading and running before the next one starts.
 */
import { safeSource } from './embeds.js';

/** Attributes that describe the inert script and are not copied to the one that runs. */
const SKIPPED = ['type', 'nonce', 'data-src'];

/**
 * A real script built from a gated one: attributes copied, `data-type` as `type`, the CSP nonce read
 * from the property (browsers hide the attribute), `src` or `data-src` only when http(s).
 * Undefined when the URL is unsafe.
 */
export function activeCopy(original: HTMLScriptElement): HTMLScriptElement | undefined {
  const script = document.createElement('script');
  for (const { name, value } of original.attributes) {
    if (!SKIPPED.includes(name)) script.setAttribute(name === 'data-type' ? 'type' : name, value);
  }
  const src = original.getAttribute('data-src') ?? original.getAttribute('src');
  if (src !== null) {
    if (!safeSource(src, original)) return undefined;
    script.src = src;
  } else {
    script.text = original.text;
  }
  script.nonce = original.nonce;
  return script;
}

/** Runs gated scripts one after the other. */
export class ScriptQueue {
  private _queue: HTMLScriptElement[] = [];
  private _waiting = false;

  /** Queues a gated script; inline ones run before this returns unless an external one is loading. */
  add(original: HTMLScriptElement): void {
    this._queue.push(original);
    if (!this._waiting) this._drain();
  }

  private _drain(): void {
    let original: HTMLScriptElement | undefined;
    while ((original = this._queue.shift())) {
      const script = original.isConnected ? activeCopy(original) : undefined;
      if (!script) continue;
      if (script.src) {
        this._waiting = true;
        const next = () => {
          this._waiting = false;
          this._drain();
        };
        script.addEventListener('load', next, { once: true });
        script.addEventListener('error', next, { once: true });
      }
      // The real script takes the inert one's place, so that code which looks itself up finds it.
      original.replaceWith(script);
      if (this._waiting) return;
    }
  }
}
