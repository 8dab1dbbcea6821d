import { unpack } from './en.js';

/**
 * Dutch. The strings of `en` (en.ts), in the same order, each followed by `|` and a line break (`\`
 * continues the string on the next line); an empty one keeps the English string.
 */
export const nl = unpack('\
Cookietoestemming|\
|\
We gebruiken noodzakelijke cookies en, met uw toestemming, optionele cookies voor de doeleinden vermeld in de instellingen. U kunt ze weigeren en uw keuze altijd wijzigen.|\
Alles accepteren|\
Alles weigeren|\
Aanpassen|\
Privacyverklaring|\
Cookie-instellingen|\
Kies welke optionele cookies u toestaat.|\
Keuzes opslaan|\
Sluiten|\
Altijd actief|\
Cookie-instellingen|\
Gebruikte cookies|\
Naam|\
Aanbieder|\
Bewaartermijn|\
Keuzes opgeslagen.|\
Optionele cookies geweigerd conform het Global Privacy Control-signaal van uw browser.|\
Geblokkeerde inhoud van {provider}|\
Bij het laden kan {provider} cookies voor “{category}” plaatsen.|\
Laden|\
Altijd toestaan|\
Noodzakelijk|\
Zorgen dat de site werkt en onthouden uw keuze.|\
Statistieken|\
Geaggregeerde statistieken om de site te verbeteren.|\
Ingesloten inhoud|\
Video’s, kaarten en meer van derden, die eigen cookies kunnen plaatsen.|\
|\
Laten advertentiepartners advertenties personaliseren en meten, hier en elders.|\
Voorkeuren|\
Onthouden uw taal en andere instellingen.|\
Diensten en hun privacybeleid');
