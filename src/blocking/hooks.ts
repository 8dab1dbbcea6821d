/**
 * Between the gate (src/gate/) and automatic blocking (./intercept.ts, which only the classic script
 * installs): tags of known services are held as gated markup, and the gate activates them.
 */
import type { Config } from '../config/config.js';
import type { Markup } from '../config/markup.js';
import type { Service } from './catalogue.js';

export const blocking: {
  /** The configuration and choice in force (granted categories, or null for none yet): what stays held. */
  apply?(config: Config, markup: Markup, granted: readonly string[] | null): void;
  /** Decides for an element held where it already was in the document (set by the gate). */
  decide?(element: Element): void;
  /** The services recognised on this page, in the order seen. */
  seen?: Set<Service>;
} = {};

/**
 * The services on this page: those declared in the markup, which win by name (a service moved to another
 * category is in that one only), and those automatic blocking recognised.
 */
export const servicesOnPage = (declared: readonly Service[]): Service[] => [
  ...new Map([...(blocking.seen ?? []), ...declared].map((service) => [service.name, service])).values(),
];

/** Held elements the gate activated: their URLs go through. */
export const released = new WeakSet<Element>();

/** The URL page code gave a held script, as given: a Trusted Types `TrustedScriptURL` stays one. */
export const givenUrls = new WeakMap<Element, unknown>();
