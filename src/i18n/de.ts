import type { Strings } from './en.js';

export const de: Strings = {
  bannerLabel: 'Cookie-Einwilligung',
  title: 'Wir respektieren Ihre Privatsphäre',
  message:
    'Wir verwenden Cookies, die für den Betrieb dieser Website erforderlich sind. Mit Ihrer Einwilligung möchten wir außerdem optionale Cookies für die in den Einstellungen beschriebenen Zwecke verwenden. Sie können diese akzeptieren oder ablehnen und Ihre Auswahl jederzeit ändern.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  privacyLink: 'Datenschutzerklärung',
  preferencesTitle: 'Privatsphäre-Einstellungen',
  preferencesIntro:
    'Wählen Sie, welche optionalen Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv, da die Website ohne sie nicht funktioniert.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  openButton: 'Cookie-Einstellungen',
  cookiesCaption: 'Cookies in dieser Kategorie',
  cookieName: 'Name',
  cookieProvider: 'Anbieter',
  cookieDuration: 'Speicherdauer',
  saved: 'Ihre Cookie-Auswahl wurde gespeichert.',
  gpcNotice:
    'Ihr Browser hat ein Global-Privacy-Control-Signal gesendet, daher haben wir alle optionalen Cookies abgelehnt. Sie können unten dennoch einzelne Kategorien zulassen.',
  placeholderLabel: 'Blockierter Inhalt von {provider}',
  placeholderText:
    'Dieser Inhalt wird von {provider} bereitgestellt. Beim Laden können Cookies der Kategorie „{category}“ gesetzt werden.',
  load: 'Laden',
  allow: 'Immer zulassen',
  necessaryLabel: 'Notwendig',
  necessaryDescription:
    'Für den Betrieb der Website erforderlich: Sicherheit, Lastverteilung und Speicherung dieser Auswahl. Diese Cookies können nicht deaktiviert werden.',
  analyticsLabel: 'Statistik',
  analyticsDescription:
    'Helfen uns zu verstehen, wie Besucher die Website nutzen, damit wir sie verbessern können. Die Daten werden aggregiert ausgewertet.',
  contentLabel: 'Externe Inhalte',
  contentDescription:
    'Videos, Karten und andere Inhalte von Drittanbietern, die beim Laden eigene Cookies setzen können.',
  marketingLabel: 'Marketing',
  marketingDescription:
    'Ermöglichen Werbepartnern, Ihnen auf dieser und anderen Websites personalisierte Werbung anzuzeigen und deren Wirkung zu messen.',
  preferencesLabel: 'Präferenzen',
  preferencesDescription:
    'Ermöglichen es, Ihre Einstellungen wie Sprache oder Region zu speichern, um die Website zu personalisieren.',
};
