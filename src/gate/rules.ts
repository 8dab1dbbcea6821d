/**
 * Pure decisions of the gate (SPEC 8): what a `data-category` expression means, whether it holds under
 * a choice, which URLs may be loaded, and where a declared cookie may live. No DOM here.
 */

/** One term of a `data-category` expression: a category, negated with a leading `!`. */
export interface Term {
  name: string;
  negated: boolean;
}

/** `analytics`, `!analytics`, `analytics marketing` (every term must hold). */
export const parseCondition = (value: string): Term[] =>
  value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((word) => (word[0] === '!' ? { name: word.slice(1), negated: true } : { name: word, negated: false }));

/** Names in a condition that are not offered; an empty condition counts as one unknown name. */
export const unknownNames = (terms: Term[], offered: readonly string[]): string[] =>
  terms.length
    ? terms.map(({ name }) => name).filter((name) => name !== 'necessary' && !offered.includes(name))
    : [''];

/**
 * Whether a condition holds under a choice (null: none yet). A term holds when its category is
 * granted (`necessary` always is); a negated term only when the visitor refused it.
 */
export const conditionMet = (terms: Term[], choice: { granted: string[]; denied: string[] } | null): boolean =>
  terms.every(({ name, negated }) =>
    negated ? !!choice?.denied.includes(name) : name === 'necessary' || !!choice?.granted.includes(name),
  );

/** Only http(s) URLs (relative ones resolve to the page's) are loaded: never `javascript:` or `data:`. */
export function isSafeUrl(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

/** Whether a cookie name matches a declared name, which may end in `*`. */
export const cookieMatches = (pattern: string, name: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

/**
 * The `Domain` values a cookie seen on `host` may have been set with: the host and each parent
 * domain, longest first, without the top-level label (browsers refuse those anyway). An IP address or
 * a single-label host has none: its cookies are host-only.
 */
export function cookieDomains(host: string): string[] {
  if (/^[\d.]+$|:/.test(host)) return [];
  const labels = host.split('.');
  return labels.slice(0, -1).map((_, index) => labels.slice(index).join('.'));
}
