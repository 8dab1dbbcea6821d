// The configurator's configuration: its defaults, what the shared URL holds, and the plan both the live
// preview and the snippet are made from (attributes, light-DOM markup, CSS custom properties), so the two
// can never disagree. Pure: no DOM.

export const BUILT_IN_CATEGORIES = ['analytics', 'content', 'marketing', 'preferences'];
export const LANGUAGES = ['en', 'fr', 'nl', 'de'];

/** The `<consent-texts>` keys offered per language (kebab-case), with the English default as a hint. */
export const TEXT_KEYS = {
  'title': 'Cookies',
  'message': 'We use necessary cookies and, with your consent, optional ones…',
  'accept-all': 'Accept all',
  'reject-all': 'Reject all',
  'customize': 'Customize',
  'privacy-link': 'Privacy policy',
  'banner-label': 'Cookie consent',
  'preferences-title': 'Cookie settings',
  'preferences-intro': 'Choose which optional cookies to allow.',
  'save': 'Save choices',
  'close': 'Close',
  'always-on': 'Always on',
  'open-button': 'Cookie settings',
  'saved': 'Choices saved.',
  'gpc-notice': 'Optional cookies refused per your browser’s Global Privacy Control signal.',
  'cookies-caption': 'Cookies used',
  'placeholder-label': 'Blocked content from {provider}',
  'placeholder-text': 'Loading this may let {provider} set “{category}” cookies.',
  'load': 'Load',
  'allow': 'Always allow',
};

/** The documented CSS custom properties the form offers (README, Theming), without `--cookie-consent-`. */
export const COLOUR_PROPERTIES = ['background', 'color', 'muted-color', 'accent', 'accent-color', 'border-color', 'focus-color'];
export const SIZE_PROPERTIES = ['font-family', 'font-size', 'radius', 'spacing', 'max-width'];

/** A value typed for a CSS property, if it cannot leave its declaration (no `;`, braces, `<` or `\`). */
export const safeCssValue = (value) => (/^[\w\s#%(),.'"+-]*$/.test(value) ? value.trim() : '');

/** The attributes the form sets, in the order the snippet writes them. */
export const ATTRIBUTES = ['categories', 'privacy-url', 'revision', 'expires-days', 'cookie-name', 'cookie-domain', 'lang',
  'position', 'theme', 'gpc', 'blocking', 'consent-mode', 'log-endpoint', 'reload-on-revoke'];

/** A fresh configuration: the element's defaults, and the demo's script URL. */
export function defaults() {
  return {
    src: '/cookie-consent.min.js',
    form: 'script', // 'script': the script tag's data-*; 'element': the element's own attributes
    categories: BUILT_IN_CATEGORIES.map((name) => ({ name, offered: name === 'analytics' || name === 'content', label: '', description: '', cookies: [] })),
    'privacy-url': '',
    revision: '1',
    'expires-days': '182',
    'cookie-name': '',
    'cookie-domain': '',
    lang: '',
    position: 'bottom',
    theme: 'auto',
    gpc: 'honor',
    blocking: 'auto',
    'consent-mode': [],
    'log-endpoint': '',
    'reload-on-revoke': false,
    style: {},
    texts: {}, // language ('' for all) → key → text
  };
}

const ELEMENT_DEFAULTS = { revision: '1', 'expires-days': '182', position: 'bottom', theme: 'auto', gpc: 'honor', blocking: 'auto' };

/** The element's attributes for a configuration, defaults left out: [name, value] pairs ('' for a boolean). */
export function attributesOf(config) {
  const pairs = [];
  const categories = config.categories.filter((category) => category.offered && category.name).map((category) => category.name).join(' ');
  if (categories !== 'analytics content') pairs.push(['categories', categories]);
  for (const name of ATTRIBUTES.slice(1)) {
    const value = config[name];
    if (name === 'consent-mode') {
      if (value.length) pairs.push([name, value.join(' ')]);
    } else if (name === 'reload-on-revoke') {
      if (value) pairs.push([name, '']);
    } else if (typeof value === 'string' && value.trim() && value.trim() !== ELEMENT_DEFAULTS[name]) {
      pairs.push([name, value.trim()]);
    }
  }
  return pairs;
}

/**
 * The light-DOM markup for a configuration, as a tree of { tag, attributes, text, children }: a
 * `<consent-category>` for each offered category with a label, description or cookies, and a
 * `<consent-texts>` per language with texts.
 */
export function markupOf(config) {
  const nodes = [];
  for (const category of config.categories) {
    if (!category.offered || !category.name) continue;
    const cookies = category.cookies.filter((cookie) => cookie.name.trim());
    if (!category.label.trim() && !category.description.trim() && !cookies.length) continue;
    const attributes = [['name', category.name]];
    if (category.label.trim()) attributes.push(['label', category.label.trim()]);
    nodes.push({
      tag: 'consent-category',
      attributes,
      text: category.description.trim(),
      children: cookies.map((cookie) => ({
        tag: 'consent-cookie',
        attributes: ['name', 'provider', 'duration'].filter((key) => cookie[key].trim()).map((key) => [key, cookie[key].trim()]),
        text: '',
        children: [],
      })),
    });
  }
  for (const lang of ['', ...LANGUAGES]) {
    const texts = Object.entries(config.texts[lang] ?? {}).filter(([key, value]) => key in TEXT_KEYS && value.trim());
    if (!texts.length) continue;
    nodes.push({
      tag: 'consent-texts',
      attributes: [...(lang ? [['lang', lang]] : []), ...texts.map(([key, value]) => [key, value.trim()])],
      text: '',
      children: [],
    });
  }
  return nodes;
}

/** The CSS custom properties set: [`--cookie-consent-…`, value] pairs. */
export function styleOf(config) {
  return [...COLOUR_PROPERTIES, ...SIZE_PROPERTIES]
    .map((name) => [`--cookie-consent-${name}`, safeCssValue(config.style[name] ?? '')])
    .filter(([, value]) => value);
}

// The shared URL: `#config=` and the JSON of what differs from the defaults.

/** The URL hash for a configuration. */
export function toHash(config) {
  const base = defaults();
  const changed = Object.fromEntries(Object.entries(config).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(base[key])));
  return `#config=${encodeURIComponent(JSON.stringify(changed))}`;
}

const isText = (value) => typeof value === 'string' && value.length <= 2000;
const textRecord = (value, keys) =>
  Object.fromEntries(Object.entries(value && typeof value === 'object' ? value : {}).filter(([key, text]) => keys.includes(key) && isText(text)));

/** The configuration a URL hash holds: the defaults, with every well-formed value of the hash over them. */
export function fromHash(hash) {
  const config = defaults();
  const match = /^#config=(.*)$/.exec(hash);
  if (!match) return config;
  let saved;
  try {
    saved = JSON.parse(decodeURIComponent(match[1]));
  } catch {
    console.warn('configurator: the URL holds no readable configuration; starting from the defaults');
    return config;
  }
  if (!saved || typeof saved !== 'object') return config;
  for (const [key, value] of Object.entries(saved)) {
    if (key === 'categories' && Array.isArray(value)) {
      config.categories = value.filter((c) => c && isText(c.name)).map((c) => ({
        name: c.name,
        offered: c.offered !== false,
        label: isText(c.label) ? c.label : '',
        description: isText(c.description) ? c.description : '',
        cookies: (Array.isArray(c.cookies) ? c.cookies : []).map((cookie) => ({
          name: isText(cookie?.name) ? cookie.name : '',
          provider: isText(cookie?.provider) ? cookie.provider : '',
          duration: isText(cookie?.duration) ? cookie.duration : '',
        })),
      }));
    } else if (key === 'consent-mode' && Array.isArray(value)) {
      config[key] = value.filter((mode) => mode === 'google' || mode === 'microsoft');
    } else if (key === 'reload-on-revoke') {
      config[key] = value === true;
    } else if (key === 'style') {
      config.style = textRecord(value, [...COLOUR_PROPERTIES, ...SIZE_PROPERTIES]);
    } else if (key === 'texts' && value && typeof value === 'object') {
      config.texts = Object.fromEntries(['', ...LANGUAGES].filter((lang) => value[lang]).map((lang) => [lang, textRecord(value[lang], Object.keys(TEXT_KEYS))]));
    } else if (key in config && typeof config[key] === 'string' && isText(value)) {
      config[key] = value;
    }
  }
  return config;
}
