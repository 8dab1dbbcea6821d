/**
 * Consent receipts (SPEC 10): after every choice saved on this page, the record plus the page's `url`
 * (origin and path, no query) goes to `log-endpoint`. Best effort: nothing here can block or break the page.
 */
import type { Config } from '../config/config.js';
import type { ConsentListener, ConsentReason } from '../consent/choice.js';
import type { ConsentRecord } from '../consent/record.js';
import { warn } from '../warn.js';

/** A receipt: the saved record and where it was given. */
export type ConsentReceipt = ConsentRecord & { url: string };

/**
 * Sends one receipt with `sendBeacon` (it survives the page unloading), else `fetch` with `keepalive`.
 */
export function sendReceipt(endpoint: string, record: ConsentRecord): void {
  // A string body is sent as text/plain: no CORS preflight, so any endpoint can receive it.
  const body = JSON.stringify({ ...record, url: location.origin + location.pathname } satisfies ConsentReceipt);
  const failed = () => warn(`receipt to log-endpoint "${endpoint}" failed.`);
  try {
    navigator.sendBeacon?.(endpoint, body) ||
      fetch(endpoint, { method: 'POST', body, keepalive: true }).then((response) => response.ok || failed(), failed);
  } catch {
    // sendBeacon throws on a URL it cannot use (malformed).
    failed();
  }
}

/** A receipt for each choice saved on this page; none for restored choices or other tabs' (they sent theirs). */
export const receipts: ConsentListener = {
  consentApplied(record: ConsentRecord | null, _previous: ConsentRecord | null, reason: ConsentReason, config: Config) {
    if (record && reason === 'save' && config.logEndpoint) sendReceipt(config.logEndpoint, record);
  },
};
