/**
 * The element's events (SPEC 9). All bubble and are composed; their `detail` types are declared in
 * `GlobalEventHandlersEventMap`, so `addEventListener('consent-change', (e) => e.detail.consent)` is
 * typed without casts.
 */
import type { ConsentAction, ConsentRecord } from './consent/record.js';

/** `consent-ready`: once per page load, after the stored choice is read and gating applied. */
export interface ConsentReadyDetail {
  consent: ConsentRecord | null;
}

/** `consent-change`: after each saved choice (never on page-load restore). */
export interface ConsentChangeDetail {
  consent: ConsentRecord;
  previous: ConsentRecord | null;
  /** Categories whose granted state differs from `previous` (no previous: from all denied). */
  changed: string[];
  action: ConsentAction;
}

/** `consent-show` / `consent-hide`: a layer opens or closes. */
export interface ConsentViewDetail {
  view: 'banner' | 'preferences';
}

export interface ConsentEventMap {
  'consent-ready': CustomEvent<ConsentReadyDetail>;
  'consent-change': CustomEvent<ConsentChangeDetail>;
  'consent-show': CustomEvent<ConsentViewDetail>;
  'consent-hide': CustomEvent<ConsentViewDetail>;
}

/** Dispatches one of the element's events on `target`. */
export function emit<K extends keyof ConsentEventMap>(
  target: EventTarget,
  type: K,
  detail: ConsentEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap extends ConsentEventMap {}
}
