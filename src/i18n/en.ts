/**
 * English strings: the reference language. Every other language is checked against these keys, and a
 * string a language lacks falls back to the English one. The bundled languages store their strings in
 * the order of these keys (see `unpack`): a new key goes last here and gets a line in each of them.
 *
 * Keys are camelCase here and kebab-case as attributes of `<consent-texts>` (`acceptAll` ↔ `accept-all`).
 * `{provider}` and `{category}` are filled in where noted.
 */
export const en = {
  /** Accessible name of the first layer's landmark. */
  bannerLabel: 'Cookie consent',
  title: 'Cookies',
  message:
    'We use necessary cookies and, with your consent, optional ones for the purposes listed in the settings. You can refuse them and change your choice at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  privacyLink: 'Privacy policy',
  preferencesTitle: 'Cookie settings',
  preferencesIntro: 'Choose which optional cookies to allow.',
  save: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  /** Floating button that reopens the preferences once a choice exists. */
  openButton: 'Cookie settings',
  /** Caption and column headers of the table of declared cookies. */
  cookiesCaption: 'Cookies used',
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookieDuration: 'Duration',
  /** Status message read out after a choice is saved. */
  saved: 'Choices saved.',
  /** Shown in the preferences when the browser's Global Privacy Control signal was honoured. */
  gpcNotice: 'Optional cookies refused per your browser’s Global Privacy Control signal.',
  /** Placeholder of a gated iframe or video. */
  placeholderLabel: 'Blocked content from {provider}',
  placeholderText: 'Loading this may let {provider} set “{category}” cookies.',
  load: 'Load',
  allow: 'Always allow',
  necessaryLabel: 'Necessary',
  necessaryDescription: 'Keep the site working and remember your choice.',
  analyticsLabel: 'Analytics',
  analyticsDescription: 'Aggregated statistics to improve the site.',
  contentLabel: 'Embedded content',
  contentDescription: 'Third-party videos, maps and more, which may set their own cookies.',
  marketingLabel: 'Marketing',
  marketingDescription: 'Let ad partners personalize and measure ads, here and elsewhere.',
  preferencesLabel: 'Preferences',
  preferencesDescription: 'Remember your language and other settings.',
  /** Before a category's services in the preferences, each linked to its privacy policy where known. */
  services: 'Services and their privacy policies',
};

/** A full set of UI strings. */
export type Strings = typeof en;
/** The key of one UI string. */
export type StringKey = keyof Strings;

/**
 * A bundled language from its compact form: its strings in the key order of `en` above, each ended by
 * `|` (the last one excepted); an empty string keeps the English one. Smaller in the bundle than an
 * object literal.
 */
export const unpack = (packed: string): Partial<Strings> =>
  Object.fromEntries(packed.split('|').flatMap((text, index) => (text ? [[Object.keys(en)[index], text]] : [])));
