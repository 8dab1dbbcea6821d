/**
 * Labels: which service a host, cookie or storage key belongs to, and the consent category it needs.
 * In order: what the page itself declares (`<consent-category>` with `<consent-service>` and
 * `<consent-cookie>`), our service catalogue, the third-party-web entities (for hosts only), else unknown.
 */
import { readFileSync } from 'node:fs';
import { services, findService, type Service } from '../blocking/catalogue.js';
import type { Label } from './report.js';

/** What pages declared inside their consent element. */
export interface Declarations {
  /** `<consent-service name [match]>` per category. */
  services: { category: string; name: string; match: string[] }[];
  /** `<consent-cookie name provider>` per category. */
  cookies: { category: string; name: string; provider: string }[];
}

/** third-party-web entity categories that need consent, and the consent category they map to. */
const entityCategories: Record<string, string> = {
  ad: 'marketing',
  marketing: 'marketing',
  social: 'marketing',
  analytics: 'analytics',
  video: 'content',
  content: 'content',
  'customer-success': 'content',
};

interface EntityData {
  source: string;
  /** [name, third-party-web category] */
  entities: [string, string][];
  /** domain (`host` or `*.host`) → index in `entities` */
  domains: Record<string, number>;
}

let entityData: EntityData | undefined;

/** The extract of third-party-web shipped beside this module (`entities.json`, made by the build). */
function entities(): EntityData {
  if (!entityData) {
    try {
      entityData = JSON.parse(readFileSync(new URL('./entities.json', import.meta.url), 'utf8')) as EntityData;
    } catch {
      entityData = { source: 'none', entities: [], domains: {} };
    }
  }
  return entityData;
}

/** The third-party-web entity of a host: the host itself, then each parent domain, exact or `*.` entries. */
export function findEntity(host: string): { name: string; category: string } | undefined {
  const { entities: list, domains } = entities();
  const labels = host.toLowerCase().split('.');
  for (let start = 0; start < labels.length - 1; start++) {
    const domain = labels.slice(start).join('.');
    const index = domains[start === 0 ? domain : `*.${domain}`] ?? domains[`*.${domain}`];
    if (index !== undefined) return { name: list[index][0], category: list[index][1] };
  }
  return undefined;
}

/** Whether a name matches a pattern whose `*` stands for any run of characters. */
export function matchesName(pattern: string, name: string): boolean {
  const parts = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`).test(name);
}

/** Whether a `host[/path]` pattern (`*` wildcards) matches a URL. */
function matchesUrl(pattern: string, url: URL): boolean {
  const slash = pattern.indexOf('/');
  const host = slash < 0 ? pattern : pattern.slice(0, slash);
  const path = slash < 0 ? '' : pattern.slice(slash);
  const hostOk = host.startsWith('*.')
    ? url.hostname === host.slice(2) || matchesName(host, url.hostname)
    : matchesName(host, url.hostname);
  return hostOk && url.pathname.startsWith(path);
}

const unknown: Label = { service: 'unknown', category: null, source: 'unknown' };

/** Labels hosts, cookies and storage keys with what the pages declared, the catalogue and third-party-web. */
export class Labeller {
  constructor(
    private readonly declarations: Declarations,
    private readonly consentCookies: ReadonlySet<string>,
  ) {}

  /** A catalogue service, in the category the page moved it to, if it did. */
  private fromCatalogue(service: Service): Label {
    const moved = this.declarations.services.find((declared) => declared.match.length === 0 && declared.name === service.name);
    return moved
      ? { service: service.name, category: moved.category, source: 'site' }
      : { service: service.name, category: service.category, source: 'catalogue' };
  }

  /** The label of a request's URL (its host and path). */
  url(url: URL): Label {
    const declared = this.declarations.services.find((service) => service.match.some((pattern) => matchesUrl(pattern, url)));
    if (declared) return { service: declared.name, category: declared.category, source: 'site' };
    const service = findService(url);
    if (service) return this.fromCatalogue(service);
    const entity = findEntity(url.hostname);
    if (entity) return { service: entity.name, category: entityCategories[entity.category] ?? null, source: 'third-party-web' };
    return unknown;
  }

  /** The label of a cookie (or a storage key, which tags name the same way); third-party ones also by their domain. */
  cookie(name: string, domain?: string): Label {
    if (this.consentCookies.has(name)) return { service: 'consent banner', category: 'necessary', source: 'site' };
    const declared = this.declarations.cookies.find((cookie) => matchesName(cookie.name, name));
    if (declared) return { service: declared.provider || 'declared by the site', category: declared.category, source: 'site' };
    const service = services.find((candidate) => candidate.cookies.some((pattern) => matchesName(pattern, name)));
    if (service) return this.fromCatalogue(service);
    if (domain) {
      const host = domain.replace(/^\./, '');
      return this.url(new URL(`https://${host}/`));
    }
    return unknown;
  }

  /** The catalogue's cookie pattern a name matched, to collapse names in `--markup`. */
  static cataloguePattern(name: string): string | undefined {
    for (const service of services) {
      const pattern = service.cookies.find((candidate) => matchesName(candidate, name));
      if (pattern) return pattern;
    }
    return undefined;
  }
}

/** The entity category names third-party-web uses for consent managers (to name other banners by their hosts). */
export const consentProviderCategory = 'consent-provider';

/** The raw third-party-web category of a host, if the host is a known entity's. */
export function entityCategory(host: string): string | undefined {
  return findEntity(host)?.category;
}
