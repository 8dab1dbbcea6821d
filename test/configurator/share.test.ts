// The configurator's link stores the configuration in the URL's hash: opened again (by a developer it
// was sent to), it shows the same form, preview and snippet.
import { expect } from '@open-wc/testing';
import { openConfigurator, textOf, until, type Configurator } from './support.js';

/** Every control's value in the configurator's form, by its hooks. */
function formValues(c: Configurator) {
  return [...c.document.querySelectorAll<HTMLInputElement>('[data-field], [data-style], [data-text], [data-category][data-part]')].map((control) => [
    JSON.stringify(control.dataset),
    control.type === 'checkbox' || control.type === 'radio' ? control.checked : control.value,
  ]);
}

describe('configurator shared link', () => {
  it('reopens the same configuration', async () => {
    const c = await openConfigurator();
    await c.click('[data-category="3"][data-part="offered"]'); // preferences
    await c.click('[data-command="add-category"]');
    await c.set('[data-category="4"][data-part="name"]', 'support_chat');
    await c.set('[data-category="4"][data-part="label"]', 'Support chat');
    await c.click('[data-command="add-cookie"][data-category="4"]');
    await c.set('[data-category="4"][data-cookie="0"][data-part="name"]', 'chat_id');
    await c.set('[data-field="revision"]', '2026-12');
    await c.set('[data-field="position"]', 'top');
    await c.set('[data-field="lang"]', 'nl');
    await c.click('[data-field="consent-mode"][value="google"]');
    await c.set('[data-style="accent"]', '#123456');
    await c.set('#texts-lang', 'nl');
    await c.set('[data-text="accept-all"]', 'Alles goed');
    await c.click('[data-field="form"][value="element"]');
    const url = c.shareUrl();
    expect(url).to.match(/\/demo\/configure\.html#config=/);

    const again = await openConfigurator(new URL(url).hash);
    await again.set('#texts-lang', 'nl');
    expect(again.snippet()).to.equal(c.snippet());
    expect(formValues(again)).to.deep.equal(formValues(c));
    expect(again.preview().categories).to.deep.equal(['analytics', 'content', 'preferences', 'support_chat']);
    expect(again.preview().position).to.equal('top');
    await until(() => textOf(again.preview(), '[data-action="accept-all"]') === 'Alles goed', 'the Dutch text');
    expect(again.preview().shadowRoot!.querySelector('[part~="banner"]')!.getAttribute('lang')).to.equal('nl');
  });

  it('follows a changed hash, and starts from the defaults with a warning when the hash is unreadable', async () => {
    const c = await openConfigurator('#config=%7Bnot-json');
    const defaults = c.snippet();
    expect(defaults).to.include('<script src="/cookie-consent.min.js"></script>');
    c.document.defaultView!.location.hash = `#config=${encodeURIComponent(JSON.stringify({ position: 'center', revision: 9 }))}`;
    // A number where text belongs is not taken: revision stays at its default.
    await until(() => c.preview().position === 'center', 'the hash applied');
    expect(c.preview().revision).to.equal('1');
    expect(c.control<HTMLSelectElement>('[data-field="position"]').value).to.equal('center');
  });
});
