/**
 * What the page declares as children of `<cookie-consent>` (SPEC 3): `<consent-category>` with its
 * `<consent-cookie>` list and `<consent-service>` children (SPEC 13), and `<consent-texts>` string overrides. Read as plain data, once per change of
 * the element's children; shown as text, never as HTML.
 */
import { services as catalogue, type Service } from '../blocking/catalogue.js';
import { camelCase, en, type Strings } from '../i18n/index.js';
import { warn } from '../warn.js';

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

/** One `<consent-texts>`: its strings, for one language or (no `lang`) for all. */
export interface DeclaredTexts {
  lang?: string;
  strings: Partial<Strings>;
}

/** Everything the element's children declare. */
export interface Markup {
  /** The `<consent-category>` children by name. */
  categories: ReadonlyMap<string, CategoryInfo>;
  texts: readonly DeclaredTexts[];
  /** The `<consent-service>` children: catalogue services moved, new ones declared with `match`. */
  services: readonly Service[];
}

/**
 * A `<consent-service>` in a named `<consent-category>`: a catalogue service (by name, any case) moved
 * there, or with `match` (space-separated patterns) a new one; its `<consent-cookie>` names added to the
 * catalogue's (a bare `*` never: its category's reading warns about it). Undefined, with a warning, for one
 * that is neither.
 */
export function readService(element: Element): Service | undefined {
  const name = element.getAttribute('name') ?? '';
  const known = catalogue.find((service) => service.name.toLowerCase() === name.toLowerCase());
  const match = element.getAttribute('match')?.split(/\s+/).filter(Boolean) ?? [];
  const category = element.parentElement?.closest('consent-category')?.getAttribute('name');
  if (!category || !(match.length || known)) {
    warn(`<consent-service name="${name}"> needs a named <consent-category> around it, and a match unless the catalogue knows it; ignored.`, element);
    return undefined;
  }
  const cookies = [...element.querySelectorAll('consent-cookie')].flatMap((cookie) => {
    const name = cookie.getAttribute('name') ?? '';
    return name.trim() === '*' ? [] : [name];
  });
  return { ...known, name: known?.name ?? name, category, match: match.length ? match : known!.match, cookies: [...(known?.cookies ?? []), ...cookies] };
}

/** A declared cookie's name or `prefix*` pattern; a bare `*` would match every cookie of the site. */
function cookieName(cookie: Element): string | undefined {
  const name = cookie.getAttribute('name') ?? '';
  if (name.trim() !== '*') return name;
  warn('<consent-cookie name="*"> is ignored: name a prefix, e.g. "_ga*".', cookie);
  return undefined;
}

/** Reads the element's children. Bad markup (a nameless category, an unknown string key) is warned about and skipped. */
export function readMarkup(host: Element): Markup {
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
      if (node.nodeType === Node.TEXT_NODE) description += node.textContent;
    }
    categories.set(name, {
      label: element.getAttribute('label') ?? undefined,
      description: description.replace(/\s+/g, ' ').trim() || undefined,
      cookies: [...element.querySelectorAll('consent-cookie')].flatMap((cookie) => {
        const name = cookieName(cookie);
        return name === undefined
          ? []
          : [{ name, provider: cookie.getAttribute('provider') ?? cookie.closest('consent-service')?.getAttribute('name') ?? '', duration: cookie.getAttribute('duration') ?? '' }];
      }),
    });
  }
  const texts: DeclaredTexts[] = [];
  for (const element of host.querySelectorAll('consent-texts')) {
    const strings: Partial<Strings> = {};
    for (const { name, value } of element.attributes) {
      if (name === 'lang') continue;
      const key = camelCase(name);
      // An own key of the English strings only: `constructor` or `__proto__` is no string of ours.
      if (Object.hasOwn(en, key)) strings[key as keyof Strings] = value;
      else warn(`<consent-texts> has no string "${name}".`);
    }
    texts.push({ lang: element.getAttribute('lang')?.toLowerCase() || undefined, strings });
  }
  const services = [...host.querySelectorAll('consent-service')].map(readService).filter((service) => !!service);
  return { categories, texts, services };
}

/**
 * The declared strings for `lang`: those without `lang` first, then those for `lang` or its region
 * (`lang="fr"` also covers `fr-BE`), which win.
 */
export function textsFor(texts: readonly DeclaredTexts[], lang: string): Partial<Strings> {
  const generic = texts.filter((declared) => !declared.lang);
  const specific = texts.filter(({ lang: own }) => own && (own === lang || own.split('-')[0] === lang));
  return Object.assign({}, ...[...generic, ...specific].map((declared) => declared.strings));
}
