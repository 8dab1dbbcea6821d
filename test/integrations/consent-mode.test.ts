import { expect } from '@open-wc/testing';
import { CookieConsent } from '../../src/element/cookie-consent.js';
import { defaultConsentModeMapping } from '../../src/integrations/consent-mode.js';
import { clearCookies, control, mount, storeRecord, validRecord } from '../helpers.js';

// Own cookie (and so own tab channel): other test files run in the same browser at the same time.
const COOKIE = 'cookie-name="cm_element"';
const page = window as unknown as { dataLayer?: unknown[]; uetq?: unknown[] };
const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Arguments]';
/** dataLayer with gtag commands as plain arrays. */
const dataLayer = () => page.dataLayer!.map((entry) => (isArguments(entry) ? Array.from(entry as ArrayLike<unknown>) : entry));
const consentCommands = () => dataLayer().filter(Array.isArray) as [string, string, Record<string, unknown>][];

describe('consent-mode on the element', () => {
  beforeEach(() => {
    delete page.dataLayer;
    delete page.uetq;
  });
  afterEach(() => {
    clearCookies();
    CookieConsent.consentModeMapping = defaultConsentModeMapping;
  });

  it('google, first visit: only the default, pushed as gtag pushes it; Accept all, then reset, update it', async () => {
    const element = await mount(`${COOKIE} consent-mode="google" categories="analytics marketing preferences"`);
    expect(page.dataLayer).to.have.length(1);
    expect(isArguments(page.dataLayer![0])).to.equal(true);
    expect(consentCommands()[0].slice(0, 2)).to.deep.equal(['consent', 'default']);
    expect(page.uetq).to.equal(undefined);

    control(element, 'accept-all').click();
    await element.updateComplete;
    expect(dataLayer().slice(1)).to.deep.equal([
      ['consent', 'update', {
        analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted',
        functionality_storage: 'granted', personalization_storage: 'granted',
      }],
      { event: 'cookie_consent_update', granted: ['analytics', 'marketing', 'preferences'], denied: [] },
    ]);

    element.reset();
    expect(dataLayer().slice(3)).to.deep.equal([
      ['consent', 'update', {
        analytics_storage: 'denied', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied',
        functionality_storage: 'denied', personalization_storage: 'denied',
      }],
      { event: 'cookie_consent_update', granted: [], denied: ['analytics', 'marketing', 'preferences'] },
    ]);
  });

  it('google, returning visitor: the default, then an update from the stored choice', async () => {
    storeRecord(validRecord({ granted: ['analytics'], denied: ['content'] }), 'cm_element');
    await mount(`${COOKIE} consent-mode="google"`);
    const [first, second] = consentCommands();
    expect(first[1]).to.equal('default');
    expect(second[1]).to.equal('update');
    expect(second[2]).to.include({ analytics_storage: 'granted', ad_storage: 'denied' });
  });

  it('the category mapping can be replaced from JavaScript', async () => {
    CookieConsent.consentModeMapping = { ...defaultConsentModeMapping, analytics: ['analytics_storage', 'ad_storage'] };
    const element = await mount(`${COOKIE} consent-mode="google" categories="analytics marketing"`);
    element.accept(['analytics']);
    expect(consentCommands().at(-1)![2]).to.include({ analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'denied' });
  });

  it('microsoft: uetq gets the default, then ad_storage granted exactly when marketing is', async () => {
    const element = await mount(`${COOKIE} consent-mode="microsoft" categories="analytics marketing"`);
    expect(page.dataLayer).to.equal(undefined);
    expect(page.uetq).to.deep.equal(['consent', 'default', { ad_storage: 'denied' }]);
    element.accept(['analytics']);
    element.accept(['marketing']);
    expect(page.uetq!.slice(3)).to.deep.equal([
      'consent', 'update', { ad_storage: 'denied' },
      'consent', 'update', { ad_storage: 'granted' },
    ]);
  });

  it('both at once; an unknown name is warned about and skipped', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await mount(`${COOKIE} consent-mode="google bing microsoft"`);
    } finally {
      console.warn = original;
    }
    expect(consentCommands()).to.have.length(1);
    expect(page.uetq).to.have.length(3);
    expect(warnings.map(String).join()).to.match(/consent-mode="google bing microsoft" is not valid; using "google microsoft"/);
  });

  it('without consent-mode nothing is pushed', async () => {
    const element = await mount(COOKIE);
    element.acceptAll();
    expect(page.dataLayer).to.equal(undefined);
    expect(page.uetq).to.equal(undefined);
  });
});
