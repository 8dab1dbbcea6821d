// The exported class extends like any LitElement (SPEC 2), from the side-effect-free module entry:
// a subclass adds a reactive property, a style and its own markup, overrides Lit's lifecycle, and is
// registered under its own tag, while everything the parent observes keeps working.
import { expect, fixture, html as fixtureHtml, oneEvent } from '@open-wc/testing';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CookieConsent } from '../../src/element.js';
import { clearCookies, storedRecord } from '../helpers.js';

class AcmeConsent extends CookieConsent {
  static override properties = { tagline: { attribute: 'tag-line' } };
  static override styles = [CookieConsent.styles, css`
    .tagline { color: rgb(1, 2, 3); }
    .banner { outline: 5px solid rgb(4, 5, 6); }
  `];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  declare tagline: string;
  /** Added with Lit's decorator, as a TypeScript subclass would. */
  @property({ type: Number }) level = 1;

  updates: PropertyValues<this>[] = [];
  firstUpdates = 0;
  shouldUpdateCalls = 0;

  constructor() {
    super();
    this.tagline = 'Acme';
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    this.shouldUpdateCalls++;
    return super.shouldUpdate(changed);
  }

  protected override firstUpdated(): void {
    this.firstUpdates++;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.updates.push(new Map(changed) as PropertyValues<this>);
  }

  protected override render() {
    return html`${super.render()}<p class="tagline">${this.tagline} ${this.level}</p>`;
  }
}
customElements.define('acme-consent', AcmeConsent);

declare global {
  interface HTMLElementTagNameMap {
    'acme-consent': AcmeConsent;
  }
}

async function mountAcme(attributes: string): Promise<AcmeConsent> {
  const container = await fixture<HTMLElement>(fixtureHtml`<div></div>`);
  container.innerHTML = `<acme-consent ${attributes}></acme-consent>`;
  const element = container.querySelector('acme-consent')!;
  await element.updateComplete;
  return element;
}

afterEach(clearCookies);

describe('a subclass of CookieConsent (module entry)', () => {
  it("keeps the parent's attributes and adds its own", async () => {
    const element = await mountAcme('privacy-url="/privacy" position="top" tag-line="Hello"');
    expect(element.position).to.equal('top');
    expect(element.tagline).to.equal('Hello');
    const banner = element.shadowRoot!.querySelector<HTMLElement>('[part~="banner"]')!;
    expect(banner.classList.contains('top')).to.equal(true);
    expect(banner.querySelector('a')!.getAttribute('href')).to.equal('/privacy');
    element.setAttribute('level', '3');
    element.setAttribute('position', 'center');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.tagline')!.textContent).to.equal('Hello 3');
    expect(element.shadowRoot!.querySelector('dialog[part~="banner"]')).to.not.equal(null);
  });

  it("adds its styles to the parent's: both apply, its first rule included", async () => {
    const element = await mountAcme('');
    const banner = element.shadowRoot!.querySelector<HTMLElement>('[part~="banner"]')!;
    expect(getComputedStyle(element.shadowRoot!.querySelector('.tagline')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(banner).outlineColor).to.equal('rgb(4, 5, 6)');
    // The parent's own rules still hold.
    expect(getComputedStyle(banner).position).to.equal('fixed');
  });

  it("gets Lit's lifecycle: shouldUpdate, firstUpdated once, updated with the changed properties", async () => {
    const element = await mountAcme('');
    expect(element.firstUpdates).to.equal(1);
    expect(element.shouldUpdateCalls).to.be.greaterThan(0);
    element.updates = [];
    element.revision = '2';
    element.tagline = 'Changed';
    await element.updateComplete;
    expect(element.updates).to.have.length(1);
    expect([...element.updates[0].keys()]).to.include.members(['revision', 'tagline']);
    expect(element.updates[0].get('revision')).to.equal('1');
    expect(element.firstUpdates).to.equal(1);
  });

  it('takes shadowRootOptions (delegatesFocus)', async () => {
    const element = await mountAcme('');
    expect(element.shadowRoot!.delegatesFocus).to.equal(true);
  });

  it('saves choices and fires the events like the parent', async () => {
    const element = await mountAcme('categories="analytics"');
    const change = oneEvent(element, 'consent-change');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="accept-all"]')!.click();
    expect((await change).detail.consent.granted).to.deep.equal(['analytics']);
    expect(storedRecord()!.action).to.equal('accept-all');
  });
});
