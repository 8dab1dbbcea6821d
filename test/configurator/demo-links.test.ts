// Every page of the demo site links to the configurator from its header, as "Configure".
import { expect } from '@open-wc/testing';

describe('demo header', () => {
  for (const page of ['index', 'privacy', 'receipts', 'configure']) {
    it(`demo/${page}.html links "Configure" in its header`, async () => {
      const html = await (await fetch(`/demo/${page}.html`)).text();
      const header = new DOMParser().parseFromString(html, 'text/html').querySelector('header nav');
      const link = [...header!.querySelectorAll('a')].find((a) => a.textContent!.trim() === 'Configure');
      expect(link?.getAttribute('href')).to.equal('/configure');
    });
  }
});
