/**
 * English strings: the reference language. Every other language is checked against these keys, and a
 * string a language lacks falls back to the English one.
 *
 * Keys are camelCase here and kebab-case as attributes of `<consent-texts>` (`acceptAll` ↔ `accept-all`).
 * `{provider}` and `{category}` are filled in where noted.
 */
export const en = {
  /** Accessible name of the first layer's landmark. */
  bannerLabel: 'Cookie consent',
  title: 'We value your privacy',
  message:
    'We use cookies that this site needs to work. With your consent, we would also like to use optional cookies for the purposes described in the settings. You can accept or refuse them, and change your choice at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  privacyLink: 'Privacy policy',
  preferencesTitle: 'Cookie preferences',
  preferencesIntro:
    'Choose which optional cookies we may use. Necessary cookies are always on because the site cannot work without them.',
  save: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  /** Floating button that reopens the preferences once a choice exists. */
  openButton: 'Cookie settings',
  /** Caption and column headers of the table of declared cookies. */
  cookiesCaption: 'Cookies in this category',
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookieDuration: 'Duration',
  /** Status message read out after a choice is saved. */
  saved: 'Your cookie choices have been saved.',
  /** Shown in the preferences when the browser's Global Privacy Control signal was honoured. */
  gpcNotice:
    'Your browser sent a Global Privacy Control signal, so we have refused all optional cookies. You can still allow a category below.',
  /** Placeholder of a gated iframe or video. */
  placeholderLabel: 'Blocked content from {provider}',
  placeholderText:
    'This content is provided by {provider}. Loading it may set cookies for “{category}”.',
  load: 'Load',
  allow: 'Always allow',
  necessaryLabel: 'Necessary',
  necessaryDescription:
    'Needed for the site to work: security, load balancing and remembering this choice. They cannot be switched off.',
  analyticsLabel: 'Analytics',
  analyticsDescription:
    'Help us understand how visitors use the site, so that we can improve it. The data is aggregated.',
  contentLabel: 'Embedded content',
  contentDescription:
    'Videos, maps and other content from third parties, who may set their own cookies when it loads.',
  marketingLabel: 'Marketing',
  marketingDescription:
    'Let advertising partners show you relevant ads and measure their effect, on this site and elsewhere.',
  preferencesLabel: 'Preferences',
  preferencesDescription:
    'Remember your settings, such as language or region, to personalize the site.',
};

/** A full set of UI strings. */
export type Strings = typeof en;
/** The key of one UI string. */
export type StringKey = keyof Strings;
