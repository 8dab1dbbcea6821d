/**
 * Type test, compiled by `tsc -p tsconfig.test.json` (part of `npm test`) and never run: the element's
 * events are typed for TypeScript users without casts. A `@ts-expect-error` line fails the compile
 * when its error disappears, so an untyped (`any`) detail would fail this file.
 */
import type { CookieConsent, ConsentRecord } from '../../src/index.js';

declare const element: CookieConsent;

element.addEventListener('consent-change', (e) => e.detail.consent.granted);
document.addEventListener('consent-change', (event) => {
  const granted: string[] = event.detail.consent.granted;
  const previous: ConsentRecord | null = event.detail.previous;
  const changed: string[] = event.detail.changed;
  return [granted, previous, changed, event.detail.action];
});
// The README's framework snippets name the event type this way.
const onChange = (event: HTMLElementEventMap['consent-change']) => event.detail.consent.granted;
element.addEventListener('consent-change', onChange);
window.addEventListener('consent-ready', (event) => event.detail.consent?.id);
document.querySelector('cookie-consent')?.addEventListener('consent-show', (event) => event.detail.view);

// @ts-expect-error: the detail is typed, not `any`
element.addEventListener('consent-change', (event) => event.detail.consent.notAField);
// @ts-expect-error: `consent` may be null before a choice
element.addEventListener('consent-ready', (event) => event.detail.consent.granted);
