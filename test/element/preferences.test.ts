import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { banner, clearCookies, control, dialog, rawCookie, storeRecord, storedRecord, switchFor, validRecord } from '../helpers.js';
import { deepActiveElement, describe as markup, start, tabTo } from './support.js';

afterEach(clearCookies);

describe('preferences: the switches', () => {
  it('are off on the first visit; necessary is on and disabled', async () => {
    const { element } = await start('<cookie-consent categories="analytics content marketing"></cookie-consent>');
    control(element, 'customize').click();
    await element.updateComplete;
    for (const name of ['analytics', 'content', 'marketing']) {
      expect(switchFor(element, name).checked, name).to.equal(false);
      expect(switchFor(element, name).disabled, name).to.equal(false);
    }
    expect(switchFor(element, 'necessary').checked).to.equal(true);
    expect(switchFor(element, 'necessary').disabled).to.equal(true);
  });

  it('show the stored choice later, and a toggle left unsaved is forgotten', async () => {
    storeRecord(validRecord({ granted: ['content'], denied: ['analytics'] }));
    const { element } = await start();
    element.showPreferences();
    await element.updateComplete;
    expect(switchFor(element, 'analytics').checked).to.equal(false);
    expect(switchFor(element, 'content').checked).to.equal(true);
    switchFor(element, 'analytics').click();
    element.hide();
    await element.updateComplete;
    element.showPreferences();
    await element.updateComplete;
    expect(switchFor(element, 'analytics').checked).to.equal(false);
    expect(storedRecord()!.granted).to.deep.equal(['content']);
  });
});

describe('preferences: focus and Escape', () => {
  it('focus moves into the dialog, not onto Accept all', async () => {
    const { element } = await start();
    await tabTo(control(element, 'customize'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(dialog(element)!.open).to.equal(true);
    const focused = deepActiveElement()!;
    expect(dialog(element)!.contains(focused), `focus is on ${focused?.outerHTML}`).to.equal(true);
    expect(focused.getAttribute('data-action')).not.to.equal('accept-all');
  });

  it('Escape closes without saving; focus returns to Customize', async () => {
    const { element, of } = await start();
    const customize = control(element, 'customize');
    await tabTo(customize);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    switchFor(element, 'analytics').click();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(dialog(element)?.open ?? false).to.equal(false);
    expect(rawCookie()).to.equal(undefined);
    expect(of('consent-change')).to.deep.equal([]);
    expect(of('consent-hide').map((event) => event.detail)).to.deep.equal([{ view: 'preferences' }]);
    expect(banner(element), 'the banner still asks').to.exist;
    expect(deepActiveElement() === customize, markup(deepActiveElement())).to.equal(true);
  });

  it('Escape after opening from a page link returns focus to that link', async () => {
    storeRecord(validRecord());
    const page = await fixture<HTMLElement>(html`<div><a href="#settings" data-consent-open>Cookie settings</a></div>`);
    const { element } = await start();
    const link = page.querySelector('a')!;
    await tabTo(link);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(dialog(element)!.open).to.equal(true);
    expect(location.hash, 'the link does not navigate').not.to.equal('#settings');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(dialog(element)?.open ?? false).to.equal(false);
    expect(deepActiveElement() === link, markup(deepActiveElement())).to.equal(true);
    expect(storedRecord()).to.deep.equal(validRecord({ ts: storedRecord()!.ts }));
  });

  it('Escape after opening from the floating button returns focus to it', async () => {
    storeRecord(validRecord());
    const { element } = await start();
    await tabTo(control(element, 'open'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(dialog(element)!.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(markup(deepActiveElement())).to.equal(markup(control(element, 'open')));
    expect(deepActiveElement() === control(element, 'open')).to.equal(true);
  });

  it('the centred banner takes focus itself, not Accept all, and Escape does not dismiss it', async () => {
    const { element } = await start('<cookie-consent position="center"></cookie-consent>');
    const focused = deepActiveElement();
    expect(banner(element)!.contains(focused)).to.equal(true);
    expect(focused?.getAttribute('data-action')).not.to.equal('accept-all');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(banner(element)).to.exist;
    expect((banner(element) as HTMLDialogElement).open).to.equal(true);
    expect(rawCookie()).to.equal(undefined);
  });
});

describe('keyboard alone', () => {
  it('reaches the privacy link and presses Accept all on the banner', async () => {
    const { element } = await start('<cookie-consent privacy-url="/privacy"></cookie-consent>');
    await tabTo(element.shadowRoot!.querySelector('a[href="/privacy"]')!);
    await tabTo(control(element, 'reject-all'));
    await tabTo(control(element, 'accept-all'));
    await sendKeys({ press: 'Enter' });
    expect(storedRecord()).to.include({ action: 'accept-all' });
  });

  for (const position of ['top', 'center']) {
    it(`reaches every button of the ${position} banner and presses Accept all`, async () => {
      const { element } = await start(`<cookie-consent position="${position}"></cookie-consent>`);
      // In document order: wrapping around past the last control differs between browsers.
      for (const button of banner(element)!.querySelectorAll('[data-action]')) await tabTo(button);
      await tabTo(control(element, 'customize'));
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      await tabTo(dialog(element)!.querySelector('[data-action="accept-all"]')!);
      await sendKeys({ press: 'Enter' });
      expect(storedRecord()).to.include({ action: 'accept-all' });
    });
  }

  it('presses Reject all on the banner', async () => {
    const { element } = await start();
    await tabTo(control(element, 'reject-all'));
    await sendKeys({ press: 'Space' });
    expect(storedRecord()).to.include({ action: 'reject-all' });
  });

  it('opens Customize, toggles switches, and presses Save, then the floating button and every dialog button', async () => {
    const { element } = await start('<cookie-consent categories="analytics content" privacy-url="/privacy"></cookie-consent>');
    await tabTo(control(element, 'customize'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const within = (selector: string) => dialog(element)!.querySelector<HTMLElement>(selector)!;
    await tabTo(within('a[href="/privacy"]'));
    await tabTo(switchFor(element, 'analytics'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
    await tabTo(switchFor(element, 'content'));
    await sendKeys({ press: 'Space' });
    expect(switchFor(element, 'content').checked).to.equal(true);
    await tabTo(within('[data-action="save"]'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(storedRecord()).to.deep.include({ action: 'custom', granted: ['content'], denied: ['analytics'] });

    // The floating button reopens; Close, Reject all and Accept all each work from the keyboard.
    for (const action of ['close', 'reject-all', 'accept-all']) {
      await tabTo(control(element, 'open'));
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(dialog(element)!.open, `reopened before ${action}`).to.equal(true);
      await tabTo(within(`[data-action="${action}"]`));
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(dialog(element)?.open ?? false, `closed by ${action}`).to.equal(false);
    }
    expect(storedRecord()!.action).to.equal('accept-all');
  });
});
