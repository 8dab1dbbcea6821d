import { expect, waitUntil } from '@open-wc/testing';
import { banner, clearCookies, control, dialog, mount, storedRecord } from '../helpers.js';
import { en, fr, nl, de } from './strings.js';
import { CookieConsent as ElementClass, registerLanguage as fromElementEntry } from '../../src/element.js';
import { registerLanguage as fromIndexEntry } from '../../src/index.js';

const bundled = { en, fr, nl, de };
const html = document.documentElement;
const pageLang = html.getAttribute('lang');

/** Makes `navigator.languages` report `tags` for one test. */
function browserLanguages(tags: string[]): void {
  Object.defineProperty(navigator, 'languages', { get: () => tags, configurable: true });
}

/** What a visitor reads: the banner's language and its first button. */
const shown = (element: HTMLElement & { shadowRoot: ShadowRoot | null }) => ({
  lang: banner(element as never)!.lang,
  acceptAll: control(element as never, 'accept-all').textContent!.trim(),
});

describe('language choice (SPEC 7)', () => {
  beforeEach(() => html.removeAttribute('lang'));
  afterEach(() => {
    clearCookies();
    delete (navigator as { languages?: unknown }).languages;
    if (pageLang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', pageLang);
  });

  for (const [code, strings] of Object.entries(bundled)) {
    it(`${code} from the element's lang, over <html lang> and the browser`, async () => {
      html.lang = code === 'de' ? 'fr' : 'de';
      browserLanguages(['nl', 'fr']);
      const element = await mount(`lang="${code}"`);
      expect(shown(element)).to.deep.equal({ lang: code, acceptAll: strings.acceptAll });
    });

    it(`${code} from <html lang>, over the browser`, async () => {
      html.lang = code;
      browserLanguages(code === 'nl' ? ['de'] : ['nl']);
      const element = await mount();
      expect(shown(element)).to.deep.equal({ lang: code, acceptAll: strings.acceptAll });
    });

    it(`${code} from navigator.languages, first supported in order`, async () => {
      browserLanguages(['pt-BR', 'es', code, 'de']);
      const element = await mount(code === 'de' ? '' : 'lang="xx"');
      expect(shown(element)).to.deep.equal({ lang: code, acceptAll: strings.acceptAll });
    });
  }

  it('regional tags fall back to their language: fr-BE → fr, de-AT → de, nl-BE → nl', async () => {
    for (const [tag, code] of [['fr-BE', 'fr'], ['de-AT', 'de'], ['nl-BE', 'nl'], ['EN-gb', 'en']]) {
      const element = await mount(`lang="${tag}"`);
      expect(shown(element), tag).to.deep.equal({ lang: code, acceptAll: bundled[code as keyof typeof bundled].acceptAll });
      element.remove();
    }
  });

  it('an unsupported language (pt) falls back to English', async () => {
    html.lang = 'pt';
    browserLanguages(['pt-PT', 'pt']);
    const element = await mount('lang="pt-BR"');
    expect(shown(element)).to.deep.equal({ lang: 'en', acceptAll: en.acceptAll });
  });

  it('follows a change of <html lang> at run time, in the banner and in the dialog', async () => {
    html.lang = 'en';
    const element = await mount();
    element.showPreferences();
    await element.updateComplete;
    html.lang = 'fr-BE';
    await waitUntil(() => banner(element)!.lang === 'fr', 'the banner did not switch to French');
    await element.updateComplete;
    expect(control(element, 'reject-all').textContent!.trim()).to.equal(fr.rejectAll);
    expect(dialog(element)!.lang).to.equal('fr');
    expect(dialog(element)!.querySelector('h2')!.textContent).to.equal(fr.preferencesTitle);
    html.lang = 'nl';
    await waitUntil(() => banner(element)!.lang === 'nl', 'the banner did not switch to Dutch');
    expect(control(element, 'customize').textContent!.trim()).to.equal(nl.customize);
  });

  it("follows a change of the element's lang at run time", async () => {
    const element = await mount('lang="de"');
    element.setAttribute('lang', 'nl');
    await waitUntil(() => banner(element)!.lang === 'nl');
    expect(shown(element).acceptAll).to.equal(nl.acceptAll);
    element.removeAttribute('lang');
    html.lang = 'fr';
    await waitUntil(() => banner(element)!.lang === 'fr');
  });

  it("follows a change of the browser's languages (languagechange)", async () => {
    browserLanguages(['en-GB']);
    const element = await mount();
    browserLanguages(['nl-BE', 'en']);
    dispatchEvent(new Event('languagechange'));
    await element.updateComplete;
    expect(shown(element)).to.deep.equal({ lang: 'nl', acceptAll: nl.acceptAll });
  });

  it('the saved choice records the language in use', async () => {
    const element = await mount('lang="de-AT"');
    control(element, 'reject-all').click();
    await element.updateComplete;
    expect(storedRecord()!.lang).to.equal('de');
  });
});

describe('registerLanguage', () => {
  afterEach(clearCookies);

  it('is the same function on the class and both module entries', () => {
    expect(ElementClass.registerLanguage).to.equal(fromElementEntry);
    expect(fromIndexEntry).to.equal(fromElementEntry);
  });

  it('adds a language; a missing string falls back to English; regional tags find it', async () => {
    ElementClass.registerLanguage('es', { acceptAll: 'Aceptar todo', rejectAll: 'Rechazar todo' });
    const element = await mount('lang="es-MX"');
    expect(banner(element)!.lang).to.equal('es');
    expect(control(element, 'accept-all').textContent!.trim()).to.equal('Aceptar todo');
    expect(control(element, 'reject-all').textContent!.trim()).to.equal('Rechazar todo');
    expect(control(element, 'customize').textContent!.trim()).to.equal(en.customize);
  });

  it('re-renders an element already on the page, and can replace a bundled language', async () => {
    const element = await mount('lang="it"');
    expect(banner(element)!.lang).to.equal('en');
    fromIndexEntry('it', { customize: 'Personalizza' });
    await element.updateComplete;
    expect(banner(element)!.lang).to.equal('it');
    expect(control(element, 'customize').textContent!.trim()).to.equal('Personalizza');
    fromIndexEntry('nl', { ...nl, customize: 'Instellingen' });
    element.setAttribute('lang', 'nl-BE');
    await waitUntil(() => control(element, 'customize').textContent!.trim() === 'Instellingen');
  });
});
