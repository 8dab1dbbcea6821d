/**
 * Pure decisions of the gate (SPEC 8): what a `data-category` expression means, whether it holds under
 * a choice, which URLs may be loaded, and where a declared cookie may live. No DOM here.
 */

/** The terms of a `data-category` expression: category names, `!name` for a refused one. */
export const parseCondition = (value: string): string[] => value.split(/[\s,]+/).filter(Boolean);

/** Whether every term names `necessary` or an offered category; an empty condition names none. */
export const allOffered = (terms: string[], offered: readonly string[]): boolean =>
  terms.length > 0 && terms.every((term) => ['necessary', ...offered].includes(term.replace(/^!/, '')));

/**
 * Whether a condition holds under a choice (null: none yet). A term holds when its category is
 * granted (`necessary` always is); a negated term only when the visitor refused it.
 */
export const conditionMet = (terms: string[], choice: { granted: string[]; denied: string[] } | null): boolean =>
  terms.every((term) =>
    term[0] === '!' ? choice?.denied.includes(term.slice(1)) : term === 'necessary' || choice?.granted.includes(term),
  );

/** The URL `value` means on this page, or undefined when it is none. */
export function parseUrl(value: string, base: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** Only http(s) URLs (relative ones resolve to the page's) are loaded: never `javascript:` or `data:`. */
export const isSafeUrl = (value: string, base: string): boolean => /^https?:$/.test(parseUrl(value, base)?.protocol as string);

/** Whether a cookie name matches a declared name, which may end in `*`. */
export const cookieMatches = (pattern: string, name: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

/**
 * The `Domain` values a cookie seen on `host` may have been set with: the host and each parent
 * domain, longest first, without the top-level label (browsers refuse those anyway). An IP address or
 * a single-label host has none: its cookies are host-only.
 */
export function cookieDomains(host: string): string[] {
  const domains: string[] = [];
  if (!/^[\d.]+$|:/.test(host)) for (; host.includes('.'); host = host.slice(host.indexOf('.') + 1)) domains.push(host);
  return domains;
}
