/**
 * Google Consent Mode v2 and Microsoft UET consent (SPEC 10): a `default` that reaches the tag queues
 * before any tag can read consent, then an `update` from every choice in force.
 */
import type { ConsentModeName } from '../config/attributes.js';
import type { Config } from '../config/config.js';
import type { ConsentListener, ConsentReason } from '../consent/choice.js';
import type { ConsentRecord } from '../consent/record.js';
import { warn } from '../warn.js';

/** Which Consent Mode types each category grants. */
export type ConsentModeMapping = Record<string, string[]>;

/** The documented mapping; replace or edit `CookieConsent.consentModeMapping` to change it. */
export const defaultConsentModeMapping: ConsentModeMapping = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  preferences: ['functionality_storage', 'personalization_storage'],
};

type Mode = ConsentModeName;
interface TagQueue {
  push(...items: unknown[]): unknown;
}

const GRANTED = 'granted';

/** What UET reads: `ad_storage` follows `marketing`. */
const UET_MAPPING: ConsentModeMapping = { marketing: ['ad_storage'] };

/** Queues the page holds that are no queue (`window.dataLayer = {}`): warned about once, then left alone. */
const unusable = new Set<unknown>();

/**
 * The queue a site's tag reads (`window.dataLayer`, `window.uetq`), created as the tags' snippets do;
 * undefined when the page holds something else under that name (no integration, never a broken banner).
 */
function queue(mode: Mode): TagQueue | undefined {
  const name = mode === 'google' ? 'dataLayer' : 'uetq';
  const value = ((window as unknown as Record<string, unknown>)[name] ??= []);
  if (typeof (value as TagQueue | null)?.push === 'function' && typeof value === 'object') return value as TagQueue;
  if (!unusable.has(value)) {
    unusable.add(value);
    warn(`window.${name} is not a queue with push(); Consent Mode "${mode}" is off.`);
  }
  return undefined;
}

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
  if (mode === 'google') target?.push(toArguments('consent', command, state));
  else target?.push('consent', command, state);
}

/**
 * Pushes each mode's all-denied `default` (Google: with security_storage and wait_for_update), once per
 * page, even when both the script tag and the element ask.
 */
export function startConsentModes(modes: readonly Mode[]): void {
  for (const mode of modes) {
    const target = queue(mode);
    if (target && !defaulted.has(target)) {
      defaulted.add(target);
      pushConsent(mode, 'default', [], defaultConsentModeMapping, mode === 'google' ? { security_storage: GRANTED, wait_for_update: 500 } : {});
    }
  }
}

/** Consent Mode for the element: the defaults when it starts, an update for every choice in force. */
export class ConsentModes implements ConsentListener {
  /** @param _mapping - the element class's mapping (`CookieConsent.consentModeMapping`), read at each update. */
  constructor(private readonly _mapping: () => ConsentModeMapping) {}

  consentStart(config: Config): void {
    startConsentModes(config.consentMode);
  }

  consentApplied(record: ConsentRecord | null, previous: ConsentRecord | null, _reason: ConsentReason, config: Config): void {
    // With no choice at start the default stands; a reset (no choice after one) withdraws everything decided.
    if (!record && !previous) return;
    const granted = record?.granted ?? [];
    const denied = record?.denied ?? [...previous!.granted, ...previous!.denied];
    for (const mode of config.consentMode) {
      pushConsent(mode, 'update', granted, this._mapping());
      if (mode === 'google') queue(mode)?.push({ event: 'cookie_consent_update', granted, denied });
    }
  }
}
