// Each control of the configurator changes the live preview's <cookie-consent> as the README documents.
import { expect } from '@open-wc/testing';
import { inShadow, openConfigurator, styleOf, textOf, until, type Configurator } from './support.js';

const switches = (c: Configurator) =>
  [...c.preview().shadowRoot!.querySelectorAll<HTMLInputElement>('[role="switch"][data-category]')].map((s) => s.dataset.category);

async function openPreferences(c: Configurator) {
  await c.click('[data-command="show-preferences"]');
  await until(() => c.preview().shadowRoot!.querySelector('dialog[part~="dialog"][open]'), 'the preferences');
}

describe('configurator controls', () => {
  it('offers the built-in categories that are ticked, in order', async () => {
    const c = await openConfigurator();
    await c.click('[data-category="1"][data-part="offered"]'); // content off
    await c.click('[data-category="2"][data-part="offered"]'); // marketing on
    expect(c.preview().categories).to.deep.equal(['analytics', 'marketing']);
    await openPreferences(c);
    expect(switches(c)).to.deep.equal(['necessary', 'analytics', 'marketing']);
  });

  it('adds a custom category with its label, description and cookies, and labels a built-in one', async () => {
    const c = await openConfigurator();
    await c.set('[data-category="0"][data-part="label"]', 'Audience measurement');
    await c.click('[data-command="add-category"]');
    await c.set('[data-category="4"][data-part="name"]', 'newsletter');
    await c.set('[data-category="4"][data-part="label"]', 'Newsletter tracking');
    await c.set('[data-category="4"][data-part="description"]', 'We see which mails you open.');
    await c.click('[data-command="add-cookie"][data-category="4"]');
    await c.set('[data-category="4"][data-cookie="0"][data-part="name"]', 'nl_open');
    await c.set('[data-category="4"][data-cookie="0"][data-part="provider"]', 'Mailer Inc.');
    await c.set('[data-category="4"][data-cookie="0"][data-part="duration"]', '1 year');
    expect(c.preview().categories).to.deep.equal(['analytics', 'content', 'newsletter']);
    await openPreferences(c);
    expect(switches(c)).to.deep.equal(['necessary', 'analytics', 'content', 'newsletter']);
    const dialog = textOf(c.preview(), 'dialog[part~="dialog"]');
    expect(dialog).to.include('Audience measurement');
    expect(dialog).to.include('Newsletter tracking');
    expect(dialog).to.include('We see which mails you open.');
    expect(dialog).to.match(/nl_open\s+Mailer Inc\.\s+1 year/);
    // Removing it takes its switch away.
    await c.click('[data-command="remove-category"][data-category="4"]');
    expect(switches(c)).to.deep.equal(['necessary', 'analytics', 'content']);
  });

  it('sets the privacy link, revision, expiry, GPC, receipts endpoint, reload-on-revoke and Consent Mode', async () => {
    const c = await openConfigurator();
    await c.set('[data-field="privacy-url"]', '/legal/cookies');
    expect(inShadow<HTMLAnchorElement>(c.preview(), '[part~="banner"] a[part~="link"]').getAttribute('href')).to.equal('/legal/cookies');
    await c.set('[data-field="revision"]', '7');
    expect(c.preview().revision).to.equal('7');
    await c.set('[data-field="expires-days"]', '30');
    expect(c.preview().expiresDays).to.equal(30);
    await c.set('[data-field="gpc"]', 'ignore');
    expect(c.preview().gpc).to.equal('ignore');
    await c.set('[data-field="blocking"]', 'off');
    expect(c.preview().blocking).to.equal('off');
    expect(c.snippet()).to.include('data-blocking="off"');
    const endpoint = `/__receipts/configurator-${Math.random().toString(36).slice(2)}`;
    await c.set('[data-field="log-endpoint"]', endpoint);
    expect(c.preview().logEndpoint).to.equal(endpoint);
    await c.click('[data-field="reload-on-revoke"]');
    expect(c.preview().reloadOnRevoke).to.equal(true);
    await c.click('[data-field="consent-mode"][value="google"]');
    await c.click('[data-field="consent-mode"][value="microsoft"]');
    expect(c.preview().consentMode).to.deep.equal(['google', 'microsoft']);
    // A choice in the preview reaches its page's tag queues as a Consent Mode update.
    inShadow<HTMLButtonElement>(c.preview(), '[data-action="accept-all"]').click();
    const page = c.previewFrame().contentWindow as Window & { dataLayer?: IArguments[]; uetq?: unknown[] };
    await until(() => page.dataLayer?.some((entry) => entry[0] === 'consent' && entry[1] === 'update'), 'the gtag update');
    await until(() => page.uetq?.includes('update'), 'the UET update');
    // And a receipt reaches the configured endpoint (test/integrations/endpoints.mjs records it).
    let receipts: { action: string }[] = [];
    for (let tries = 0; tries < 40 && !receipts.length; tries++) {
      // A receipt leaves with sendBeacon: poll the recorder until it arrives.
      await new Promise((resolve) => setTimeout(resolve, 50));
      receipts = await (await fetch(endpoint)).json();
    }
    expect(receipts.map((receipt) => receipt.action)).to.deep.equal(['accept-all']);
    document.cookie = 'cookie_consent_preview=; Path=/; Max-Age=0';
  });

  it('moves the banner (position) and colours it (theme, colours, font size, radius)', async () => {
    const c = await openConfigurator();
    await c.set('[data-field="position"]', 'top');
    expect(c.preview().position).to.equal('top');
    await until(() => inShadow(c.preview(), '[part~="banner"]').getBoundingClientRect().top < 40, 'the banner at the top');
    await c.set('[data-field="theme"]', 'dark');
    expect(styleOf(c.preview(), '[part~="banner"]').backgroundColor).to.equal('rgb(27, 31, 38)');
    await c.set('[data-style="background"]', '#fff8e1');
    expect(styleOf(c.preview(), '[part~="banner"]').backgroundColor).to.equal('rgb(255, 248, 225)');
    await c.set('[data-style="accent"]', '#aa0000');
    expect(styleOf(c.preview(), '[data-action="accept-all"]').backgroundColor).to.equal('rgb(170, 0, 0)');
    await c.set('[data-style="font-size"]', '20px');
    expect(styleOf(c.preview(), '[data-action="accept-all"]').fontSize).to.equal('20px');
    await c.set('[data-style="radius"]', '0px');
    expect(styleOf(c.preview(), '[part~="banner"]').borderTopLeftRadius).to.equal('0px');
    // "Default" takes a colour back off.
    await c.click('[data-command="clear-style"][data-style-name="accent"]');
    expect(styleOf(c.preview(), '[data-action="accept-all"]').backgroundColor).not.to.equal('rgb(170, 0, 0)');
  });

  it('sets the language and the texts, for every language and for one', async () => {
    const c = await openConfigurator();
    await c.set('[data-text="accept-all"]', 'Yes, fine');
    expect(textOf(c.preview(), '[data-action="accept-all"]')).to.equal('Yes, fine');
    await c.set('#texts-lang', 'fr');
    await c.set('[data-text="reject-all"]', 'Non merci');
    await c.set('[data-field="lang"]', 'fr');
    expect(inShadow(c.preview(), '[part~="banner"]').getAttribute('lang')).to.equal('fr');
    expect(textOf(c.preview(), '[data-action="reject-all"]')).to.equal('Non merci');
    expect(textOf(c.preview(), '[data-action="customize"]')).to.equal('Personnaliser');
    expect(textOf(c.preview(), '[data-action="accept-all"]')).to.equal('Yes, fine');
  });

  it('switches the preview between desktop and 360 px, and its page language', async () => {
    const c = await openConfigurator();
    await c.click('input[name="width"][value="360"]');
    await until(() => c.previewFrame().getBoundingClientRect().width === 360, 'a 360 px preview');
    await until(() => inShadow(c.preview(), '[part~="banner"]').getBoundingClientRect().width <= 360, 'a narrow banner');
    await c.set('#preview-lang', 'de');
    await until(() => inShadow(c.preview(), '[part~="banner"]').getAttribute('lang') === 'de', 'a German banner');
    expect(textOf(c.preview(), '[data-action="accept-all"]')).to.equal('Alle akzeptieren');
    await c.click('input[name="width"][value="desktop"]');
    await until(() => c.previewFrame().getBoundingClientRect().width > 600, 'a wide preview');
  });

  it("keeps the preview's choices to its own cookie, whatever cookie name is configured", async () => {
    const c = await openConfigurator();
    await c.set('[data-field="cookie-name"]', 'site_consent');
    expect(c.snippet()).to.include('data-cookie-name="site_consent"');
    expect(c.preview().cookieName).to.equal('cookie_consent_preview');
    // The site's other tabs hear of choices on their cookie's channel: the preview's go to its own.
    const heard: Record<string, unknown[]> = { site: [], preview: [] };
    const site = new BroadcastChannel('cookie-consent:cookie_consent');
    const own = new BroadcastChannel('cookie-consent:cookie_consent_preview');
    site.onmessage = (event) => heard.site.push(event.data);
    own.onmessage = (event) => heard.preview.push(event.data);
    inShadow<HTMLButtonElement>(c.preview(), '[data-action="accept-all"]').click();
    await until(() => document.cookie.includes('cookie_consent_preview='), 'the preview cookie');
    await until(() => heard.preview.length === 1, "the preview's channel");
    // Posted together: had the site's channel been used, its message would be here by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard.site).to.deep.equal([]);
    site.close();
    own.close();
    const names = document.cookie.split('; ').map((pair) => pair.split('=')[0]);
    expect(names).not.to.include('cookie_consent');
    expect(names).not.to.include('site_consent');
    // A change brings the banner back, so every change stays visible.
    await c.set('[data-field="revision"]', '2');
    await until(() => c.preview().shadowRoot!.querySelector('[part~="banner"]'), 'the banner again');
    document.cookie = 'cookie_consent_preview=; Path=/; Max-Age=0';
  });
});
