import { expect } from '@open-wc/testing';
import type { ConsentChangeDetail } from '../../src/events.js';
import { stringsFor } from '../../src/i18n/index.js';
import { banner, clearCookies, control, dialog, mount, storeRecord, storedRecord, switchFor, validRecord } from '../helpers.js';

const COOKIE = 'gpc_test';
type Page = Window & { analyticsRan?: boolean };
const page = window as Page;
const notice = (element: HTMLElement) => element.shadowRoot!.querySelector('[part="gpc-notice"]');

/** Mounts the element as a page with the GPC signal on would load it, noting every consent-change. */
async function mountWithSignal(attributes = '') {
  const changes: ConsentChangeDetail[] = [];
  const listener = (event: CustomEvent<ConsentChangeDetail>) => changes.push(event.detail);
  document.addEventListener('consent-change', listener);
  try {
    const element = await mount(`cookie-name="${COOKIE}" ${attributes}`);
    const gated = Object.assign(document.createElement('script'), { type: 'text/plain', text: 'window.analyticsRan = true' });
    gated.dataset.category = 'analytics';
    element.after(gated);
    return { element, changes };
  } finally {
    document.removeEventListener('consent-change', listener);
  }
}

describe('Global Privacy Control', () => {
  beforeEach(() => Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true }));
  afterEach(() => {
    delete page.analyticsRan;
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    clearCookies();
  });

  it('with the signal and no stored choice: a saved reject-all with action gpc, no banner', async () => {
    const { element, changes } = await mountWithSignal();
    expect(banner(element)).to.equal(null);
    const record = storedRecord(COOKIE)!;
    expect(record).to.include({ action: 'gpc' });
    expect(record.granted).to.deep.equal([]);
    expect(record.denied).to.deep.equal(['analytics', 'content']);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.equal({ consent: record, previous: null, changed: [], action: 'gpc' });
    expect(element.isGranted('analytics')).to.equal(false);
    expect(page.analyticsRan).to.equal(undefined);
  });

  it('the preferences say the signal was honoured, and opting in still works', async () => {
    const { element } = await mountWithSignal('lang="fr"');
    control(element, 'open').click();
    await element.updateComplete;
    expect(dialog(element)!.open).to.equal(true);
    expect(notice(element)!.textContent).to.equal(stringsFor('fr').gpcNotice);
    // axe blends text with the dialog's fade-in: contrast is checked once it has run (Firefox was mid-way).
    await Promise.all(dialog(element)!.getAnimations().map((animation) => animation.finished));
    await expect(element).to.be.accessible();
    switchFor(element, 'analytics').click();
    await element.updateComplete;
    control(element, 'save').click();
    await element.updateComplete;
    expect(storedRecord(COOKIE)).to.include({ action: 'custom' });
    expect(storedRecord(COOKIE)!.granted).to.deep.equal(['analytics']);
    expect(element.isGranted('analytics')).to.equal(true);
    expect(page.analyticsRan).to.equal(true);
    element.showPreferences();
    await element.updateComplete;
    expect(notice(element)).to.equal(null);
  });

  it('gpc="ignore": the banner shows and nothing is saved', async () => {
    const { element, changes } = await mountWithSignal('gpc="ignore"');
    expect(banner(element)).to.exist;
    expect(storedRecord(COOKIE)).to.equal(undefined);
    expect(changes).to.deep.equal([]);
  });

  it('a stored choice wins over the signal', async () => {
    storeRecord(validRecord({ granted: ['analytics'], denied: ['content'] }), COOKIE);
    const { element, changes } = await mountWithSignal();
    expect(changes).to.deep.equal([]);
    expect(element.isGranted('analytics')).to.equal(true);
    expect(storedRecord(COOKIE)!.action).to.equal('custom');
  });

  it('without the signal the banner shows', async () => {
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: false, configurable: true });
    const { element } = await mountWithSignal();
    expect(banner(element)).to.exist;
  });
});
