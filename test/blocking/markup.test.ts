import { expect, waitUntil } from '@open-wc/testing';
import { readMarkup } from '../../src/config/markup.js';
import { givenUrls } from '../../src/blocking/hooks.js';
import { runScript } from '../../src/gate/scripts.js';
import { findService } from '../../src/blocking/catalogue.js';

/** Console warnings while `run` runs. */
function warnings(run: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => seen.push(message);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return seen;
}

const host = (inner: string) => {
  const element = document.createElement('div');
  element.innerHTML = inner;
  return element;
};

describe('<consent-service> markup', () => {
  it('moves a catalogue service by name (any case), keeps its patterns and adds declared cookies', () => {
    const { services, categories } = readMarkup(
      host('<consent-category name="necessary"><consent-service name="hotjar"><consent-cookie name="_hjOwn"></consent-cookie></consent-service></consent-category>'),
    );
    expect(services.map(({ name, category }) => [name, category])).to.deep.equal([['Hotjar', 'necessary']]);
    expect(services[0].match).to.deep.equal(findService('https://static.hotjar.com/c/x.js')!.match);
    expect(services[0].cookies).to.deep.equal(['_hj*', '_hjOwn']);
    expect(services[0].privacy).to.match(/^https:\/\/www\.hotjar\.com\//);
    expect(categories.get('necessary')!.cookies).to.deep.equal([{ name: '_hjOwn', provider: 'hotjar', duration: '' }]);
  });

  it('declares a new service with match patterns', () => {
    const { services } = readMarkup(host('<consent-category name="analytics"><consent-service name="Acme" match=" stats.acme.example/js  *.acme.example "></consent-service></consent-category>'));
    expect(services).to.deep.equal([{ name: 'Acme', category: 'analytics', match: ['stats.acme.example/js', '*.acme.example'], cookies: [] }]);
    expect(findService('https://cdn.acme.example/a.js', services)?.name).to.equal('Acme');
  });

  it('warns about and ignores an unknown service without match, or one outside a named category', () => {
    let services: readonly unknown[] = [];
    const seen = warnings(() => {
      ({ services } = readMarkup(
        host('<consent-category name="analytics"><consent-service name="Nobody"></consent-service></consent-category><consent-service name="YouTube"></consent-service><consent-category><consent-service name="Vimeo"></consent-service></consent-category>'),
      ));
    });
    expect(services).to.deep.equal([]);
    expect(seen.filter((message) => message.includes('<consent-service')).length).to.equal(3);
  });
});

describe('releasing a held script', () => {
  it('runs the held element itself, with the URL and handlers page code gave it', async () => {
    const script = document.createElement('script');
    script.setAttribute('type', 'text/plain');
    script.setAttribute('data-category', 'analytics');
    script.setAttribute('data-consent-service', 'Local Analytics');
    script.setAttribute('data-src', '/__tracker/auto-a-unit/ignored.js');
    givenUrls.set(script, '/__tracker/auto-a-unit/given.js');
    let loaded = false;
    script.onload = () => (loaded = true);
    document.body.append(script);
    runScript(script);
    await waitUntil(() => loaded, 'its own onload ran');
    expect(script.isConnected, 'the same element, not a copy').to.equal(true);
    expect(script.getAttribute('src')).to.equal('/__tracker/auto-a-unit/given.js');
    expect(window.trackerRuns).to.include('given.js');
    script.remove();
  });
});

describe('findService', () => {
  it('is undefined for a URL that does not parse', () => {
    expect(findService('http://[')).to.equal(undefined);
  });
});
