// The classic script added after the page has loaded (a tag manager, a CMS widget), on the built
// dist/cookie-consent.min.js. Imports nothing from src/: the bundle registers the element itself.
import { expect } from '@open-wc/testing';

const consoleWarnings: string[] = [];
const originalWarn = console.warn;

/** Adds the script tag with `data-*` attributes and waits for it to run. */
function inject(data: Record<string, string>): Promise<void> {
  const script = document.createElement('script');
  script.src = '/dist/cookie-consent.min.js';
  Object.assign(script.dataset, data);
  return new Promise((resolve, reject) => {
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('dist/cookie-consent.min.js did not load: run `npm run build`'));
    document.head.append(script);
  });
}

describe('the script tag injected after load', () => {
  before(async () => {
    console.warn = (...args: unknown[]) => consoleWarnings.push(args.map(String).join(' '));
    await inject({ categories: 'analytics marketing', privacyUrl: 'javascript:alert(1)', position: 'sideways', revision: '4' });
  });
  after(() => {
    console.warn = originalWarn;
    document.cookie = 'cookie_consent=; Path=/; Max-Age=0';
  });

  it('creates the element at once and shows the banner with the tag\'s settings', async () => {
    const element = document.querySelector('cookie-consent')!;
    expect(element !== null, 'an element was created').to.equal(true);
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelector('[part~="banner"]') !== null, 'banner shown').to.equal(true);
    element.showPreferences();
    await element.updateComplete;
    const switches = [...root.querySelectorAll<HTMLInputElement>('[data-category]')].map((input) => input.dataset.category);
    expect(switches).to.deep.equal(['necessary', 'analytics', 'marketing']);
    element.acceptAll();
    const pair = document.cookie.split('; ').find((part) => part.startsWith('cookie_consent='))!;
    expect(JSON.parse(decodeURIComponent(pair.split('=')[1]))).to.deep.include({ rev: '4', granted: ['analytics', 'marketing'] });
  });

  it('a javascript: privacy-url and a bad position from the tag warn and fall back', async () => {
    const element = document.querySelector('cookie-consent')!;
    expect(element.shadowRoot!.querySelectorAll('a').length).to.equal(0);
    expect(consoleWarnings.some((message) => message.includes('privacy-url'))).to.equal(true);
    expect(consoleWarnings.some((message) => message.includes('position'))).to.equal(true);
  });

  it('a second copy injected later throws nothing and adds no element', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    addEventListener('error', onError);
    await inject({ categories: 'content' });
    removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(document.querySelectorAll('cookie-consent').length).to.equal(1);
    expect(typeof (window as { CookieConsent?: unknown }).CookieConsent).to.equal('function');
  });
});
