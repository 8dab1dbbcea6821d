/**
 * Google Consent Mode v2 and Microsoft UET consent (SPEC 10): a `default` that reaches the tag queues
 * before any tag can read consent, then an `update` from every choice in force.
 */
import type { ConsentRecord } from '../consent/record.js';
import { fallback } from '../element/config.js';
import type { ConsentController } from '../element/controller.js';

/** Which Consent Mode types each category grants. */
export type ConsentModeMapping = Record<string, string[]>;

/** The documented mapping; replace or edit `CookieConsent.consentModeMapping` to change it. */
export const defaultConsentModeMapping: ConsentModeMapping = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  preferences: ['functionality_storage', 'personalization_storage'],
};

type Mode = 'google' | 'microsoft';
interface TagQueue {
  push(...items: unknown[]): unknown;
}

const GRANTED = 'granted';

/** What UET reads: `ad_storage` follows `marketing`. */
const UET_MAPPING: ConsentModeMapping = { marketing: ['ad_storage'] };

/** The queue a site's tag reads (`window.dataLayer`, `window.uetq`), created as the tags' snippets do. */
const queue = (mode: Mode): TagQueue =>
  ((window as unknown as Record<string, TagQueue>)[mode === 'google' ? 'dataLayer' : 'uetq'] ??= []);

/** Queues that already hold our default: one per page, even when both the script and the element ask. */
const defaulted = new WeakSet<TagQueue>();

/** The `arguments` object of a call: how gtag.js pushes, and the only shape gtag.js and Google Tag Manager read. */
const toArguments = function (..._items: unknown[]) {
  return arguments;
};

/**
 * Pushes a consent command: `state` plus every type of the mode's mapping (UET: its own), granted when a
 * granted category maps to it, else denied.
 */
function pushConsent(
  mode: Mode,
  command: 'default' | 'update',
  granted: readonly string[],
  mapping: ConsentModeMapping,
  state: Record<string, unknown> = {},
): void {
  for (const [category, types] of Object.entries(mode === 'google' ? mapping : UET_MAPPING)) {
    for (const type of types) {
      if (granted.includes(category)) state[type] = GRANTED;
      else state[type] ??= 'denied';
    }
  }
  const target = queue(mode);
  if (mode === 'google') target.push(toArguments('consent', command, state));
  else target.push('consent', command, state);
}

/**
 * Starts the modes named in a `consent-mode` value (unknown names are warned about and skipped): pushes
 * each one's all-denied `default` (Google: with security_storage and wait_for_update), once per page.
 * Returns the modes, for their updates.
 */
export function startConsentModes(value: string | null | undefined): Mode[] {
  const modes = (value?.split(/[\s,]+/) ?? []).filter(
    (name) => name && (name === 'google' || name === 'microsoft' || fallback('consent-mode', name, undefined)),
  ) as Mode[];
  for (const mode of modes) {
    if (!defaulted.has(queue(mode))) {
      defaulted.add(queue(mode));
      pushConsent(mode, 'default', [], defaultConsentModeMapping, mode === 'google' ? { security_storage: GRANTED, wait_for_update: 500 } : {});
    }
  }
  return modes;
}

/** What the controller reads from the element: its attribute, and its class's mapping. */
export interface ConsentModeHost {
  consentMode: string | null;
  constructor: unknown;
}

/** Consent Mode for the element: defaults when it starts, an update for every choice in force. */
export class ConsentModeController implements ConsentController {
  private _modes: Mode[] = [];

  constructor(private _host: ConsentModeHost) {}

  consentStart(): void {
    this._modes = startConsentModes(this._host.consentMode);
  }

  consentApplied(record: ConsentRecord | null, previous: ConsentRecord | null): void {
    // With no choice at start the default stands; a reset (no choice after one) withdraws everything decided.
    if (!record && !previous) return;
    const { consentModeMapping } = this._host.constructor as { consentModeMapping: ConsentModeMapping };
    const granted = record?.granted ?? [];
    const denied = record?.denied ?? [...previous!.granted, ...previous!.denied];
    for (const mode of this._modes) {
      pushConsent(mode, 'update', granted, consentModeMapping);
      if (mode === 'google') queue(mode).push({ event: 'cookie_consent_update', granted, denied });
    }
  }
}
