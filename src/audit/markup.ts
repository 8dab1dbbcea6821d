/**
 * `--markup` (pure): the declarations for what the after-accept pass found, ready to paste inside
 * `<cookie-consent>`: one `<consent-category>` per consent category with its `<consent-service>` and
 * `<consent-cookie name provider duration>` children. Names sharing a prefix collapse to `prefix*`.
 */
import { services } from '../blocking/catalogue.js';
import { Labeller } from './labels.js';
import type { AuditReport, CookieSeen, Label } from './report.js';
import { describeLifetime } from './verdict.js';

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const commonPrefix = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return a.slice(0, length);
};

/** One provider's cookie names, collapsed: catalogue patterns first, then runs of names with a common prefix of 3+ characters. */
export function collapseCookieNames(cookies: readonly Pick<CookieSeen, 'name' | 'lifetime'>[]): { name: string; lifetime: number | null }[] {
  const longest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
  const groups = new Map<string, number | null>();
  const loose: Pick<CookieSeen, 'name' | 'lifetime'>[] = [];
  for (const cookie of cookies) {
    const pattern = Labeller.cataloguePattern(cookie.name);
    if (pattern?.includes('*')) groups.set(pattern, groups.has(pattern) ? longest(groups.get(pattern)!, cookie.lifetime) : cookie.lifetime);
    else loose.push(cookie);
  }
  const sorted = [...new Map(loose.map((cookie) => [cookie.name, cookie])).values()].sort((a, b) => a.name.localeCompare(b.name));
  for (let start = 0; start < sorted.length; ) {
    let prefix = sorted[start].name;
    let lifetime = sorted[start].lifetime;
    let end = start + 1;
    while (end < sorted.length && commonPrefix(prefix, sorted[end].name).length >= 3) {
      prefix = commonPrefix(prefix, sorted[end].name);
      lifetime = longest(lifetime, sorted[end].lifetime);
      end++;
    }
    groups.set(end - start > 1 ? `${prefix}*` : prefix, lifetime);
    start = end;
  }
  return [...groups].map(([name, lifetime]) => ({ name, lifetime }));
}

/** The markup for the report's after-accept pass. */
export function markupFor(report: AuditReport): string {
  const accept = report.passes.find((pass) => pass.name === 'after-accept');
  const categories = new Map<string, { services: Map<string, Set<string>>; cookies: Map<string, CookieSeen[]> }>();
  const entry = (category: string) => {
    let found = categories.get(category);
    if (!found) categories.set(category, (found = { services: new Map(), cookies: new Map() }));
    return found;
  };
  const unsorted: string[] = [];
  const needsConsent = (label: Label): label is Label & { category: string } => !!label.category && label.category !== 'necessary';
  for (const page of accept?.pages ?? []) {
    for (const request of page.requests) {
      if (!needsConsent(request.label)) continue;
      const hosts = entry(request.label.category).services;
      if (!hosts.has(request.label.service)) hosts.set(request.label.service, new Set());
      hosts.get(request.label.service)!.add(request.host);
    }
    for (const cookie of page.cookies) {
      if (cookie.label.category === 'necessary') continue;
      if (!needsConsent(cookie.label)) {
        unsorted.push(`${cookie.name} (${cookie.party} party, ${cookie.domain}, ${describeLifetime(cookie.lifetime)})`);
        continue;
      }
      const byProvider = entry(cookie.label.category).cookies;
      const provider = cookie.label.service === 'unknown' ? cookie.domain.replace(/^\./, '') : cookie.label.service;
      byProvider.set(provider, [...(byProvider.get(provider) ?? []), cookie]);
    }
  }
  const names = [...categories.keys()];
  const lines = [`<!-- cookie-consent-element audit (after Accept all): paste inside <cookie-consent categories="${escape(names.join(' '))}"> -->`];
  for (const [category, found] of categories) {
    lines.push(`<consent-category name="${escape(category)}">`);
    for (const [service, hosts] of found.services) {
      const known = services.some((candidate) => candidate.name === service);
      lines.push(known
        ? `  <consent-service name="${escape(service)}"></consent-service>`
        : `  <consent-service name="${escape(service)}" match="${escape([...hosts].join(' '))}"></consent-service>`);
    }
    for (const [provider, cookies] of found.cookies) {
      for (const cookie of collapseCookieNames(cookies)) {
        lines.push(`  <consent-cookie name="${escape(cookie.name)}" provider="${escape(provider)}" duration="${describeLifetime(cookie.lifetime)}"></consent-cookie>`);
      }
    }
    lines.push('</consent-category>');
  }
  if (unsorted.length) lines.push(`<!-- Cookies of no known service, to put under their category (or under "necessary"): ${escape([...new Set(unsorted)].join('; '))} -->`);
  return `${lines.join('\n')}\n`;
}
