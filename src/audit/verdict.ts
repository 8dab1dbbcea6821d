/**
 * The verdict (pure): the before-choice and after-reject passes may show only what is necessary, that is
 * the consent cookie and what the site declared necessary. Anything labelled with a consent category, and
 * any other cookie, fails; hosts and storage keys in no consent category are listed for review.
 */
import type { CookieSeen, Finding, PassResult, RequestSeen, StorageSeen } from './report.js';

const passLabel = { 'before-choice': 'before any choice', 'after-reject': 'after Reject all', 'after-accept': 'after Accept all' } as const;

/** A cookie's lifetime in words: `session`, `30 minutes`, `13 months`, `2 years`. */
export function describeLifetime(seconds: number | null): string {
  if (seconds === null) return 'session';
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (seconds < 3600) return plural(Math.max(1, Math.round(seconds / 60)), 'minute');
  if (seconds < 86_400) return plural(Math.round(seconds / 3600), 'hour');
  const days = Math.round(seconds / 86_400);
  if (days < 31) return plural(days, 'day');
  const months = Math.round(days / 30.44);
  return months % 12 === 0 ? plural(months / 12, 'year') : plural(months, 'month');
}

function cookieFinding(cookie: CookieSeen): Pick<Finding, 'severity' | 'detail'> | undefined {
  if (cookie.label.category === 'necessary') return undefined;
  const who = cookie.label.service === 'unknown' ? 'not declared by the site and of no known service' : `${cookie.label.service}, ${cookie.label.category ?? 'no consent category'}`;
  return {
    severity: 'fail',
    detail: `${cookie.party}-party cookie ${cookie.name} (${cookie.domain}, ${describeLifetime(cookie.lifetime)}): ${who}`,
  };
}

function requestFinding(request: RequestSeen, heldInSource: readonly string[] = []): Pick<Finding, 'severity' | 'detail'> | undefined {
  const { category, service } = request.label;
  if (category === 'necessary') return undefined;
  const what = `${request.count} ${request.kind} request${request.count === 1 ? '' : 's'} to ${request.host}`;
  if (category === null) return { severity: 'review', detail: `${what} (${service}, in no consent category: check it is necessary)` };
  // Held by automatic blocking (it never ran), but the browser requested it while parsing: only markup stops that.
  const source = heldInSource.includes(request.host)
    ? `; requested before consent from the page source: mark it up (type="text/plain" data-category="${category}" data-src=…)`
    : '';
  return { severity: 'fail', detail: `${what} (${service}, needs ${category} consent)${source}` };
}

function storageFinding(entry: StorageSeen): Pick<Finding, 'severity' | 'detail'> | undefined {
  const { category, service } = entry.label;
  if (category === 'necessary') return undefined;
  const what = `${entry.area} key ${entry.key} (${entry.origin})`;
  if (category === null) return { severity: 'review', detail: `${what}: check it is necessary` };
  return { severity: 'fail', detail: `${what} (${service}, needs ${category} consent)` };
}

/** Every finding of the passes that must show only what is necessary. */
export function findingsOf(passes: readonly PassResult[]): Finding[] {
  const findings: Finding[] = [];
  for (const pass of passes) {
    if (pass.name === 'after-accept') continue;
    if (pass.clickError) {
      findings.push({ severity: 'review', pass: pass.name, page: pass.pages[0]?.url ?? '', type: 'banner', name: 'reject-all', detail: `Could not click Reject all: ${pass.clickError}` });
    }
    for (const page of pass.pages) {
      if (page.error || (page.status !== null && page.status >= 400)) {
        findings.push({ severity: 'review', pass: pass.name, page: page.url, type: 'page', name: page.url, detail: `${passLabel[pass.name]}: the page did not load (${page.error ?? `HTTP ${page.status}`})` });
      }
      if (pass.name === 'before-choice' && !page.banner.ours && !page.banner.others.length && !page.error) {
        findings.push({ severity: 'review', pass: pass.name, page: page.url, type: 'banner', name: page.url, detail: 'No consent banner found on this page' });
      }
      const add = (type: Finding['type'], name: string, label: Finding['label'], found: Pick<Finding, 'severity' | 'detail'> | undefined) => {
        if (found) findings.push({ ...found, detail: `${passLabel[pass.name]}: ${found.detail}`, pass: pass.name, page: page.url, type, name, label });
      };
      for (const cookie of page.cookies) add('cookie', cookie.name, cookie.label, cookieFinding(cookie));
      for (const request of page.requests) add('request', request.host, request.label, requestFinding(request, page.heldInSource));
      for (const entry of page.storage) add('storage', entry.key, entry.label, storageFinding(entry));
    }
  }
  return findings;
}

/** `pass` when nothing fails; review items do not fail the audit. */
export const verdictOf = (findings: readonly Finding[]): 'pass' | 'fail' => (findings.some((finding) => finding.severity === 'fail') ? 'fail' : 'pass');
