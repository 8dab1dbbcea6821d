import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { banner, clearCookies, control, storeRecord, validRecord } from '../helpers.js';
import { en, fr, nl, de, own } from './strings.js';

const bundled: Record<string, Record<string, string>> = { en, fr, nl, de };
import type { CookieConsent } from '../../src/element/cookie-consent.js';

const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const keys = Object.keys(en) as (keyof typeof en)[];

/** Mounts `markup` (one <cookie-consent> and maybe gated embeds) and returns the element. */
async function start(markup: string): Promise<CookieConsent> {
  const page = await fixture<HTMLElement>(html`<div></div>`);
  page.innerHTML = markup;
  const element = page.querySelector('cookie-consent')!;
  await element.updateComplete;
  return element;
}

/** Everything a visitor can read or hear: text, accessible names and titles, placeholders included. */
function perceivable(element: CookieConsent): string {
  const roots: ParentNode[] = [element.shadowRoot!, ...[...document.querySelectorAll('consent-placeholder')].map((box) => box.shadowRoot!)];
  return roots
    .flatMap((root) => [
      (root as Node).textContent ?? '',
      ...[...root.querySelectorAll('[aria-label], [title]')].flatMap((node) => [node.getAttribute('aria-label'), node.getAttribute('title')]),
    ])
    .join(' ')
    .replace(/\s+/g, ' ');
}

describe('<consent-texts> overrides', () => {
  afterEach(clearCookies);

  // Without lang (all languages), and for each language in that language (fr-BE: a regional page).
  for (const [pageLang, textsLang] of [['en', ''], ['fr-BE', 'fr'], ['nl', 'nl'], ['de', 'de']]) {
    it(`every string of the UI can be overridden (page ${pageLang}, <consent-texts lang="${textsLang}">)`, async () => {
      // Each key gets the value ⟨key⟩; the placeholder's strings keep their {provider}/{category} slots.
      const attributes = keys.map((key) => `${kebab(key)}="⟨${key}⟩${/^placeholder/.test(key) ? ' {provider} {category}' : ''}"`).join(' ');
      const element = await start(`
        <iframe data-category="content" data-src="https://video.example/embed/1" title="video"></iframe>
        <cookie-consent lang="${pageLang}" categories="analytics content marketing preferences" privacy-url="/privacy">
          <consent-texts ${textsLang && `lang="${textsLang}"`} ${attributes}></consent-texts>
          <consent-category name="analytics"><consent-cookie name="_pk_id" provider="Matomo" duration="13 months"></consent-cookie><consent-service name="Matomo"></consent-service></consent-category>
        </cookie-consent>`);
      control(element, 'customize').click();
      await element.updateComplete;
      let seen = perceivable(element);
      control(element, 'save').click();
      await element.updateComplete;
      seen += perceivable(element);
      const missing = keys.filter((key) => key !== 'gpcNotice' && !seen.includes(`⟨${key}⟩`));
      expect(missing, 'strings not overridden').to.deep.equal([]);
      expect(seen).to.include(`⟨placeholderLabel⟩ video.example ⟨contentLabel⟩`);
      for (const key of keys) if (en[key].length > 12) expect(seen, `built-in ${key}`).not.to.include(bundled[pageLang.slice(0, 2)][key].slice(0, 40));
    });
  }

  it('the GPC notice too', async () => {
    storeRecord(validRecord({ action: 'gpc', granted: [], denied: ['analytics', 'content'] }));
    const element = await start(`<cookie-consent><consent-texts gpc-notice="GPC honoured."></consent-texts></cookie-consent>`);
    element.showPreferences();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="gpc-notice"]')!.textContent).to.equal('GPC honoured.');
  });

  it('a value for the language in use wins over one without lang; other languages keep theirs', async () => {
    const markup = (lang: string) => `<cookie-consent lang="${lang}">
        <consent-texts lang="fr" accept-all="J’accepte"></consent-texts>
        <consent-texts accept-all="OK for all" reject-all="No thanks"></consent-texts>
      </cookie-consent>`;
    const french = await start(markup('fr-BE'));
    expect(control(french, 'accept-all').textContent!.trim()).to.equal('J’accepte');
    expect(control(french, 'reject-all').textContent!.trim()).to.equal('No thanks');
    expect(control(french, 'customize').textContent!.trim()).to.equal(fr.customize);
    french.remove();
    const dutch = await start(markup('nl'));
    expect(control(dutch, 'accept-all').textContent!.trim()).to.equal('OK for all');
    expect(control(dutch, 'customize').textContent!.trim()).to.equal(nl.customize);
  });

  it('texts are shown as text, never as HTML, and follow later changes', async () => {
    const element = await start(`<cookie-consent><consent-texts title="<img src=x onerror=alert(1)>Hi"></consent-texts></cookie-consent>`);
    const title = banner(element)!.querySelector('h2')!;
    expect(title.textContent).to.equal('<img src=x onerror=alert(1)>Hi');
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    element.querySelector('consent-texts')!.setAttribute('title', 'Cookies?');
    await waitUntil(() => title.textContent === 'Cookies?');
  });
});

describe('bundled languages', () => {
  const { en: _, ...languages } = bundled;

  it('have every string, with the same {slots}, and are really translated', () => {
    const slots = (text: string) => text.match(/\{\w+\}/g)?.sort() ?? [];
    for (const [code, strings] of Object.entries(languages)) {
      expect(Object.keys(strings), code).to.have.members(keys);
      // Stored compactly, one string per key in order (en.ts): a string too many or too few shifts the
      // rest, which leaves a key outside the English ones or the last one missing.
      expect(keys, `${code}: keys`).to.include.members(Object.keys(own[code]));
      expect(own[code], `${code}: last string`).to.have.property(keys[keys.length - 1]);
      const same = [];
      for (const key of keys) {
        expect(strings[key].trim(), `${code}.${key}`).not.to.equal('');
        expect(slots(strings[key]), `${code}.${key}`).to.deep.equal(slots(en[key]));
        if (strings[key] === en[key]) same.push(key);
      }
      // Words that are the same in both languages ("Marketing", "Name") are the exception.
      expect(same.length, `${code}: untranslated ${same}`).to.be.below(4);
    }
  });
});
