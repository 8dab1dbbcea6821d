/** Runs `then` once the document is parsed: at its DOMContentLoaded, or in a microtask when it is already. */
export function whenParsed(then: () => unknown): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', then, { once: true });
  else queueMicrotask(then);
}
