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
const DENIED = 'denied';
const GOOGLE_TYPES = Object.values(defaultConsentModeMapping).flat();

/** The queue a site's tag reads (`window.dataLayer`, `window.uetq`), created as the tags' snippets do. */
const queue = (mode: Mode): TagQueue =>
  ((window as unknown as Record<string, TagQueue>)[mode === 'google' ? 'dataLayer' : 'uetq'] ??= []);

/** Queues that already hold our default: one per page, even when both the script and the element ask. */
const defaulted = new WeakSet<TagQueue>();

/** Pushes a consent command as each tag reads it: gtag.js and Google Tag Manager only as `arguments` objects. */
function pushConsent(mode: Mode, command: 'default' | 'update', state: object): void {
  const target = queue(mode);
  if (mode === 'microsoft') target.push('consent', command, state);
  else
    (function (..._command: unknown[]) {
      target.push(arguments);
    })('consent', command, state);
}

/** The modes named in a `consent-mode` value; unknown names are warned about and skipped. */
export function parseConsentModes(value: string | null | undefined): Mode[] {
  const modes: Mode[] = [];
  for (const name of value?.split(/[\s,]+/) ?? []) {
    if (name === 'google' || name === 'microsoft') modes.push(name);
    else if (name) fallback('consent-mode', name, undefined);
  }
  return modes;
}

/** Pushes each mode's all-denied `default`, once per page. */
export function pushConsentDefaults(modes: readonly Mode[]): void {
  for (const mode of modes) {
    if (defaulted.has(queue(mode))) continue;
    defaulted.add(queue(mode));
    pushConsent(
      mode,
      'default',
      mode === 'microsoft'
        ? { ad_storage: DENIED }
        : { ...Object.fromEntries(GOOGLE_TYPES.map((type) => [type, DENIED])), security_storage: GRANTED, wait_for_update: 500 },
    );
  }
}

/** Pushes each mode's `update`; a type is granted when a granted category maps to it (UET: `marketing`). */
export function pushConsentUpdates(
  modes: readonly Mode[],
  granted: string[],
  denied: string[],
  mapping: ConsentModeMapping,
): void {
  for (const mode of modes) {
    const update: Record<string, string> = {};
    for (const [category, types] of Object.entries(mode === 'google' ? mapping : { marketing: ['ad_storage'] })) {
      for (const type of types) if (update[type] !== GRANTED) update[type] = granted.includes(category) ? GRANTED : DENIED;
    }
    pushConsent(mode, 'update', update);
    if (mode === 'google') queue(mode).push({ event: 'cookie_consent_update', granted, denied });
  }
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
    this._modes = parseConsentModes(this._host.consentMode);
    pushConsentDefaults(this._modes);
  }

  consentApplied(record: ConsentRecord | null, previous: ConsentRecord | null): void {
    const { consentModeMapping } = this._host.constructor as { consentModeMapping: ConsentModeMapping };
    // With no choice at start the default stands; a reset (no choice after one) withdraws everything decided.
    if (record) pushConsentUpdates(this._modes, record.granted, record.denied, consentModeMapping);
    else if (previous) pushConsentUpdates(this._modes, [], [...previous.granted, ...previous.denied], consentModeMapping);
  }
}
