import { unpack } from './en.js';

/**
 * German. The strings of `en` (en.ts), in the same order, each followed by `|` and a line break (`\`
 * continues the string on the next line); an empty one keeps the English string.
 */
export const de = unpack('\
Cookie-Einwilligung|\
|\
Wir verwenden notwendige Cookies und mit Ihrer Einwilligung optionale Cookies für die in den Einstellungen genannten Zwecke. Sie können diese ablehnen und Ihre Auswahl jederzeit ändern.|\
Alle akzeptieren|\
Alle ablehnen|\
Anpassen|\
Datenschutzerklärung|\
Cookie-Einstellungen|\
Wählen Sie, welche optionalen Cookies Sie erlauben.|\
Auswahl speichern|\
Schließen|\
Immer aktiv|\
Cookie-Einstellungen|\
Verwendete Cookies|\
|\
Anbieter|\
Speicherdauer|\
Auswahl gespeichert.|\
Optionale Cookies gemäß dem Global-Privacy-Control-Signal Ihres Browsers abgelehnt.|\
Blockierter Inhalt von {provider}|\
Beim Laden kann {provider} „{category}“-Cookies setzen.|\
Laden|\
Immer zulassen|\
Notwendig|\
Sichern den Betrieb der Website und speichern Ihre Auswahl.|\
Statistik|\
Aggregierte Statistiken zur Verbesserung der Website.|\
Externe Inhalte|\
Videos, Karten und mehr von Dritten, die eigene Cookies setzen können.|\
|\
Lassen Werbepartner Werbung hier und anderswo personalisieren und messen.|\
Präferenzen|\
Speichern Ihre Sprache und andere Einstellungen.|\
Dienste und ihre Datenschutzerklärungen');
