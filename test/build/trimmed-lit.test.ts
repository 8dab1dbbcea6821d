// The suite runs on the Lit the classic script ships: lit-html trimmed by scripts/trim-lit.mjs (served so
// by web-test-runner.config.mjs). The trim drops lit-html's `litHtmlVersions` registration, so its
// absence shows the trimmed copy is the one loaded; the render below uses what the element relies on.
import { expect } from '@open-wc/testing';
import { html, nothing, render } from 'lit/html.js';

describe('the Lit under test', () => {
  it('is the trimmed production build', () => {
    expect((globalThis as { litHtmlVersions?: string[] }).litHtmlVersions).to.equal(undefined);
  });

  it('renders text, attributes, properties, booleans, events, lists and nothing', () => {
    const root = document.createElement('div');
    let clicks = 0;
    const view = (label: string, items: string[], on: boolean) => html`
      <p title=${label} .lang=${'en'} ?hidden=${!on} @click=${() => clicks++}>${label} ${on ? nothing : 'off'}</p>
      <ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
    render(view('a', ['x', 'y'], true), root);
    const p = root.querySelector('p')!;
    expect(p.title).to.equal('a');
    expect(p.lang).to.equal('en');
    expect(p.hidden).to.equal(false);
    expect(p.textContent).to.equal('a ');
    p.click();
    render(view('b', ['z'], false), root);
    p.click();
    expect(clicks).to.equal(2);
    expect(p.hidden).to.equal(true);
    expect(p.textContent).to.equal('b off');
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['z']);
  });
});
