/**
 * What the page declares as children of `<cookie-consent>` (SPEC 3): `<consent-category>` with its
 * `<consent-cookie>` list, and `<consent-texts>` string overrides. Read as plain data; shown as text.
 */
import { camelCase, en, type Strings } from '../i18n/index.js';
import { warn } from './config.js';

/** A cookie declared for a category. `name` may end in `*`. */
export interface DeclaredCookie {
  name: string;
  provider: string;
  duration: string;
}

/** What the page says about one category. */
export interface CategoryInfo {
  label?: string;
  description?: string;
  cookies: DeclaredCookie[];
}

/** The `<consent-category>` children by name. */
export function readCategories(host: Element): Map<string, CategoryInfo> {
  const categories = new Map<string, CategoryInfo>();
  for (const element of host.querySelectorAll('consent-category')) {
    const name = element.getAttribute('name');
    if (!name) {
      warn('a <consent-category> without a name is ignored.', element);
      continue;
    }
    // The description is the element's own text, without that of its <consent-cookie> children.
    let description = '';
    for (const node of element.childNodes) {
      if (node.nodeType === 3) description += node.textContent; // a text node
    }
    categories.set(name, {
      label: element.getAttribute('label') ?? undefined,
      description: description.replace(/\s+/g, ' ').trim() || undefined,
      cookies: [...element.querySelectorAll('consent-cookie')].map((cookie) => ({
        name: cookie.getAttribute('name') ?? '',
        provider: cookie.getAttribute('provider') ?? '',
        duration: cookie.getAttribute('duration') ?? '',
      })),
    });
  }
  return categories;
}

/**
 * The `<consent-texts>` overrides for a language: those without `lang` first, then those for `lang`
 * (a language-specific value wins). Unknown keys are warned about once per read.
 */
export function readTexts(host: Element, lang: string): Partial<Strings> {
  const generic: Partial<Strings> = {};
  const specific: Partial<Strings> = {};
  for (const element of host.querySelectorAll('consent-texts')) {
    const textsLang = element.getAttribute('lang')?.toLowerCase();
    const target = textsLang ? specific : generic;
    const applies = !textsLang || textsLang === lang || textsLang.split('-')[0] === lang;
    for (const { name, value } of element.attributes) {
      if (name === 'lang') continue;
      const key = camelCase(name) as keyof Strings;
      if (!(key in en)) warn(`<consent-texts> has no string "${name}".`);
      else if (applies) target[key] = value;
    }
  }
  return { ...generic, ...specific };
}
