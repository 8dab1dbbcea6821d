/**
 * The configuration in force: the element's attributes as values in use (the script tag's `data-*` fill
 * in the ones the element lacks) and what its children declare, in one typed object. The element makes a
 * new one after any change of those (src/element/cookie-consent.ts); the consent, gate and integrations
 * read only this.
 */
import type { Blocking, ConsentModeName, GpcSetting, Position, Theme } from './attributes.js';
import type { Markup } from './markup.js';

/** Where the consent cookie lives. */
export interface CookieOptions {
  name: string;
  /** `.example.com` to share the choice across subdomains; null for the current host. */
  domain: string | null;
  expiresDays: number;
}

export interface Config {
  /** The optional categories offered, in display order (`necessary` is implied). */
  categories: readonly string[];
  privacyUrl: string | null;
  revision: string;
  cookie: CookieOptions;
  position: Position;
  theme: Theme;
  gpc: GpcSetting;
  consentModes: readonly ConsentModeName[];
  logEndpoint: string | null;
  reloadOnRevoke: boolean;
  /** Automatic blocking of known services (SPEC 13): `auto` or `off`. */
  blocking: Blocking;
  markup: Markup;
}
