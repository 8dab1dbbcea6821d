import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, selectOption, sendKeys, setUserAgent, setViewport } from '@web/test-runner-commands';
import { engine, needs, pressWithShift } from './engine.js';

// The launchers (test/browsers/launchers.mjs) as the other tests rely on them, in every engine.
describe(`test helpers in ${engine}`, () => {
  it('types text key by key, as a person would', async () => {
    const input = await fixture<HTMLInputElement>(html`<input aria-label="name" />`);
    input.focus();
    await sendKeys({ type: 'hello' });
    expect(input.value).to.equal('hello');
    await sendKeys({ press: 'Backspace' });
    expect(input.value).to.equal('hell');
  });

  it('moves focus with Tab', async () => {
    const el = await fixture(html`<div><button>a</button><button>b</button></div>`);
    const [a, b] = el.querySelectorAll('button');
    a.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(b);
  });

  it('moves focus back with Shift+Tab', async () => {
    const el = await fixture(html`<div><button>a</button><button>b</button></div>`);
    const [a, b] = el.querySelectorAll('button');
    b.focus();
    await pressWithShift('Tab');
    expect(document.activeElement).to.equal(a);
  });

  it('holds Shift with down/up', async function () {
    needs(this, 'keyDownUp');
    const el = await fixture(html`<div><button>a</button><button>b</button></div>`);
    const [a, b] = el.querySelectorAll('button');
    b.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement).to.equal(a);
  });

  it('emulates prefers-color-scheme', async function () {
    needs(this, 'emulateMedia');
    await emulateMedia({ colorScheme: 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    await emulateMedia({ colorScheme: 'light' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(false);
  });

  it('resizes the viewport', async function () {
    needs(this, 'setViewport');
    await setViewport({ width: 360, height: 640 });
    expect(innerWidth).to.equal(360);
    await setViewport({ width: 800, height: 600 });
    expect(innerWidth).to.equal(800);
  });

  it('overrides the user agent', async function () {
    needs(this, 'setUserAgent');
    await setUserAgent('probe/1.0');
    expect(navigator.userAgent).to.equal('probe/1.0');
  });

  it('selects an option', async function () {
    needs(this, 'selectOption');
    const select = await fixture<HTMLSelectElement>(html`<select id="s" aria-label="lang"><option>en</option><option>fr</option></select>`);
    await selectOption({ selector: '#s', value: 'fr' });
    expect(select.value).to.equal('fr');
  });
});
