// Runs Consent-O-Matic's engine (Extension/ConsentEngine.js of a checkout of cavi-au/Consent-O-Matic, set
// in CONSENT_O_MATIC_DIR; nothing of theirs is in this repo) in a page, with every rule of that checkout
// plus ours, as its content script does: after the page is idle, with the visitor's consent per category
// type (A preferences, B analytics, D storage, E content, F ads, X other).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, until } from './site.mjs';

export const checkout = process.env.CONSENT_O_MATIC_DIR;

/** Why the engine cannot run here, or '' when it can. */
export const unavailable = !checkout
  ? 'CONSENT_O_MATIC_DIR is not set: point it at a checkout of github.com/cavi-au/Consent-O-Matic to run its engine'
  : existsSync(join(checkout, 'Extension', 'ConsentEngine.js'))
    ? ''
    : `CONSENT_O_MATIC_DIR=${checkout} holds no Extension/ConsentEngine.js`;

/** URL prefix under which the site serves the checkout's Extension/ folder. */
export const mount = '/consent-o-matic/';
export const folders = () => ({ [mount]: join(checkout, 'Extension') });

const withoutSchema = ({ $schema, ...rules }) => rules;

/** Our rule, as it ships (autoconsent/consent-o-matic.json). */
export const ourRules = () => withoutSchema(JSON.parse(readFileSync(join(root, 'autoconsent', 'consent-o-matic.json'), 'utf8')));

/** Every rule of the checkout (rules/*.json, the files its rule list points to), then ours, merged as it does. */
export function allRules() {
  const folder = join(checkout, 'rules');
  const theirs = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => withoutSchema(JSON.parse(readFileSync(join(folder, name), 'utf8'))));
  return Object.assign({}, ...theirs, ourRules());
}

/**
 * Starts the engine in `page` with `rules` and `consent` (category type → boolean) and resolves to what it reports
 * when it is done: `{ handled, cmpName, clicks }`, or `{ handled: false }` when it found nothing.
 */
export async function runConsentOMatic(page, consent, rules) {
  const types = { A: false, B: false, D: false, E: false, F: false, X: false, ...consent };
  await page.evaluate(
    async ({ mount, rules, types }) => {
      const { default: ConsentEngine } = await import(`${mount}ConsentEngine.js`);
      // What its content script sets from the extension's storage: no debugging, no picture-in-picture.
      ConsentEngine.debugValues = {};
      ConsentEngine.generalSettings = { hideInsteadOfPIP: false };
      ConsentEngine.topFrameUrl = location.host;
      window.consentOMaticResults = [];
      ConsentEngine.singleton = new ConsentEngine(rules, types, (result) => window.consentOMaticResults.push(result));
    },
    { mount, rules, types },
  );
  return until(() => page.evaluate(() => window.consentOMaticResults[0]), 'Consent-O-Matic to finish', 15_000);
}
