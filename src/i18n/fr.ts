import type { Strings } from './en.js';

export const fr: Strings = {
  bannerLabel: 'Consentement aux cookies',
  title: 'Nous respectons votre vie privée',
  message:
    'Nous utilisons des cookies nécessaires au fonctionnement de ce site. Avec votre consentement, nous souhaitons aussi utiliser des cookies facultatifs pour les finalités décrites dans les paramètres. Vous pouvez les accepter ou les refuser, et modifier votre choix à tout moment.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  privacyLink: 'Politique de confidentialité',
  preferencesTitle: 'Préférences en matière de cookies',
  preferencesIntro:
    'Choisissez les cookies facultatifs que nous pouvons utiliser. Les cookies nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysOn: 'Toujours actifs',
  openButton: 'Paramètres des cookies',
  cookiesCaption: 'Cookies de cette catégorie',
  cookieName: 'Nom',
  cookieProvider: 'Fournisseur',
  cookieDuration: 'Durée de conservation',
  saved: 'Vos choix de cookies ont été enregistrés.',
  gpcNotice:
    'Votre navigateur a envoyé un signal Global Privacy Control : nous avons donc refusé tous les cookies facultatifs. Vous pouvez néanmoins autoriser une catégorie ci-dessous.',
  placeholderLabel: 'Contenu de {provider} bloqué',
  placeholderText:
    'Ce contenu est fourni par {provider}. Son chargement peut déposer des cookies de la catégorie « {category} ».',
  load: 'Charger',
  allow: 'Toujours autoriser',
  necessaryLabel: 'Nécessaires',
  necessaryDescription:
    'Indispensables au fonctionnement du site : sécurité, répartition de charge et mémorisation de ce choix. Ils ne peuvent pas être désactivés.',
  analyticsLabel: 'Mesure d’audience',
  analyticsDescription:
    'Nous aident à comprendre comment les visiteurs utilisent le site, afin de l’améliorer. Les données sont agrégées.',
  contentLabel: 'Contenu intégré',
  contentDescription:
    'Vidéos, cartes et autres contenus de tiers, qui peuvent déposer leurs propres cookies lors de leur chargement.',
  marketingLabel: 'Publicité',
  marketingDescription:
    'Permettent à des partenaires publicitaires de vous afficher des publicités personnalisées et d’en mesurer l’efficacité, sur ce site et ailleurs.',
  preferencesLabel: 'Préférences',
  preferencesDescription:
    'Mémorisent vos paramètres, comme la langue ou la région, pour personnaliser le site.',
};
