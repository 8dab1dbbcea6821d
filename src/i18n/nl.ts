import type { Strings } from './en.js';

export const nl: Strings = {
  bannerLabel: 'Cookietoestemming',
  title: 'Wij respecteren uw privacy',
  message:
    'We gebruiken cookies die nodig zijn om deze website te laten werken. Met uw toestemming willen we ook optionele cookies gebruiken voor de doeleinden die in de instellingen worden beschreven. U kunt ze accepteren of weigeren, en uw keuze op elk moment wijzigen.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  privacyLink: 'Privacyverklaring',
  preferencesTitle: 'Cookievoorkeuren',
  preferencesIntro:
    'Kies welke optionele cookies we mogen gebruiken. Noodzakelijke cookies staan altijd aan, omdat de site zonder deze cookies niet werkt.',
  save: 'Keuzes opslaan',
  close: 'Sluiten',
  alwaysOn: 'Altijd actief',
  openButton: 'Cookie-instellingen',
  cookiesCaption: 'Cookies in deze categorie',
  cookieName: 'Naam',
  cookieProvider: 'Aanbieder',
  cookieDuration: 'Bewaartermijn',
  saved: 'Uw cookiekeuzes zijn opgeslagen.',
  gpcNotice:
    'Uw browser heeft een Global Privacy Control-signaal verstuurd. Daarom hebben we alle optionele cookies geweigerd. U kunt hieronder wel een categorie toestaan.',
  placeholderLabel: 'Geblokkeerde inhoud van {provider}',
  placeholderText:
    'Deze inhoud wordt geleverd door {provider}. Bij het laden kunnen cookies uit de categorie “{category}” worden geplaatst.',
  load: 'Laden',
  allow: 'Altijd toestaan',
  necessaryLabel: 'Noodzakelijk',
  necessaryDescription:
    'Nodig om de site te laten werken: beveiliging, spreiding van de serverbelasting en het onthouden van deze keuze. Ze kunnen niet worden uitgeschakeld.',
  analyticsLabel: 'Statistieken',
  analyticsDescription:
    'Helpen ons te begrijpen hoe bezoekers de site gebruiken, zodat we die kunnen verbeteren. De gegevens worden geaggregeerd.',
  contentLabel: 'Ingesloten inhoud',
  contentDescription:
    'Video’s, kaarten en andere inhoud van derden, die bij het laden hun eigen cookies kunnen plaatsen.',
  marketingLabel: 'Marketing',
  marketingDescription:
    'Stellen advertentiepartners in staat u gepersonaliseerde advertenties te tonen en het effect ervan te meten, op deze site en elders.',
  preferencesLabel: 'Voorkeuren',
  preferencesDescription:
    'Onthouden uw instellingen, zoals taal of regio, om de site te personaliseren.',
};
