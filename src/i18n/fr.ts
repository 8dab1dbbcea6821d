import { unpack } from './en.js';

/**
 * French. The strings of `en` (en.ts), in the same order, each followed by `|` and a line break (`\`
 * continues the string on the next line); an empty one keeps the English string.
 */
export const fr = unpack('\
Consentement aux cookies|\
|\
Nous utilisons des cookies nécessaires et, avec votre accord, des cookies facultatifs pour les finalités indiquées dans les paramètres. Vous pouvez les refuser et modifier votre choix à tout moment.|\
Tout accepter|\
Tout refuser|\
Personnaliser|\
Politique de confidentialité|\
Paramètres des cookies|\
Choisissez les cookies facultatifs à autoriser.|\
Enregistrer mes choix|\
Fermer|\
Toujours actifs|\
Paramètres des cookies|\
Cookies utilisés|\
Nom|\
Fournisseur|\
Durée|\
Choix enregistrés.|\
Cookies facultatifs refusés selon le signal Global Privacy Control de votre navigateur.|\
Contenu de {provider} bloqué|\
Au chargement, {provider} peut déposer des cookies « {category} ».|\
Charger|\
Toujours autoriser|\
Nécessaires|\
Assurent le fonctionnement du site et mémorisent votre choix.|\
Mesure d’audience|\
Statistiques agrégées pour améliorer le site.|\
Contenu intégré|\
Vidéos, cartes et autres contenus tiers, pouvant déposer leurs cookies.|\
Publicité|\
Permettent à nos partenaires de personnaliser et de mesurer les publicités, ici et ailleurs.|\
Préférences|\
Mémorisent votre langue et d’autres paramètres.|\
Services et leurs politiques de confidentialité');
