/**
 * The configuration in force: the element's attributes as values in use (the script tag's `data-*` fill
 * in the ones the element lacks), parsed once per change by the element's properties
 * (src/element/properties.ts). The element itself is this object: the consent, gate and integrations
 * read only this, and what the children declare (src/config/markup.ts).
 */
import type { Blocking, ConsentModeName, GpcSetting, Position, Theme } from './attributes.js';

/** Where the consent cookie lives. */
export interface CookieOptions {
  cookieName: string;
  /** `.example.com` to share the choice across subdomains; null for the current host. */
  cookieDomain: string | null;
  expiresDays: number;
}

/** The element's attributes as values in use: the element itself is the configuration its parts read. */
export interface Config extends CookieOptions {
  /** The optional categories offered, in display order (`necessary` is implied). */
  readonly categories: readonly string[];
  privacyUrl: string | null;
  revision: string;
  position: Position;
  theme: Theme;
  gpc: GpcSetting;
  readonly consentMode: readonly ConsentModeName[];
  logEndpoint: string | null;
  reloadOnRevoke: boolean;
  /** Automatic blocking of known services (SPEC 13): `auto` or `off`. */
  blocking: Blocking;
}
