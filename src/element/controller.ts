import type { ReactiveController } from 'lit';
import type { ConsentRecord } from '../consent/record.js';

/** Why the choice in force changed. */
export type ConsentReason =
  /** Read from the cookie when the element started (or no valid choice: null). */
  | 'restore'
  /** Saved on this page (visitor, API, GPC, placeholder). */
  | 'save'
  /** Saved in another tab of the same site. */
  | 'sync'
  /** Forgotten with `reset()`. */
  | 'reset';

/**
 * Non-UI logic that follows the visitor's choice: gating, Consent Mode, other tabs (receipts are sent from `_save`).
 * Added with `addController()` in the element's constructor; Lit calls `hostConnected`/`hostDisconnected`.
 */
export interface ConsentController extends ReactiveController {
  /** The element starts, before the stored choice is read: the place for defaults (Consent Mode). */
  consentStart?(): void;
  /** The choice in force is now `record` (null: none); `previous` is the one before. */
  consentApplied?(record: ConsentRecord | null, previous: ConsentRecord | null, reason: ConsentReason): void;
}
