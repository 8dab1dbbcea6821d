import { expect } from '@open-wc/testing';
import { findService, services, type Service } from '../../src/blocking/catalogue.js';

const nameOf = (url: string) => findService(url)?.name;

describe('the service catalogue', () => {
  it('lists every service the contract names, each in a known category with patterns', () => {
    const names = services.map((service) => service.name);
    for (const name of ['Google Analytics', 'Google Tag Manager', 'Google Ads', 'Meta Pixel', 'LinkedIn Insight', 'TikTok Pixel',
      'Microsoft UET', 'Microsoft Clarity', 'Hotjar', 'Matomo', 'HubSpot', 'Pinterest', 'Snapchat Pixel', 'X (Twitter) pixel',
      'X (Twitter)', 'YouTube', 'Vimeo', 'Google Maps', 'Spotify', 'SoundCloud', 'Instagram', 'Facebook']) {
      expect(names, name).to.include(name);
    }
    for (const service of services) {
      expect(['analytics', 'marketing', 'content'], service.name).to.include(service.category);
      expect(service.match.length, service.name).to.be.greaterThan(0);
    }
  });

  it("recognises the URLs of vendors' published snippets", () => {
    expect(nameOf('https://www.googletagmanager.com/gtag/js?id=G-XXXX')).to.equal('Google Analytics');
    expect(nameOf('https://www.googletagmanager.com/gtm.js?id=GTM-XXXX')).to.equal('Google Tag Manager');
    expect(nameOf('https://www.googletagmanager.com/ns.html?id=GTM-XXXX')).to.equal('Google Tag Manager');
    expect(nameOf('https://www.google-analytics.com/analytics.js')).to.equal('Google Analytics');
    expect(nameOf('https://connect.facebook.net/en_US/fbevents.js')).to.equal('Meta Pixel');
    expect(nameOf('https://www.facebook.com/tr?id=1&ev=PageView&noscript=1')).to.equal('Meta Pixel');
    expect(nameOf('https://connect.facebook.net/en_US/sdk.js#xfbml=1')).to.equal('Facebook');
    expect(nameOf('https://snap.licdn.com/li.lms-analytics/insight.min.js')).to.equal('LinkedIn Insight');
    expect(nameOf('https://bat.bing.com/bat.js')).to.equal('Microsoft UET');
    expect(nameOf('https://www.clarity.ms/tag/abc')).to.equal('Microsoft Clarity');
    expect(nameOf('https://static.hotjar.com/c/hotjar-123.js?sv=6')).to.equal('Hotjar');
    expect(nameOf('https://cdn.matomo.cloud/site.matomo.cloud/matomo.js')).to.equal('Matomo');
    expect(nameOf('https://stats.example.org/js/piwik.js')).to.equal('Matomo');
    expect(nameOf('https://www.youtube-nocookie.com/embed/abc')).to.equal('YouTube');
    expect(nameOf('https://www.youtube.com/embed/abc')).to.equal('YouTube');
    expect(nameOf('https://player.vimeo.com/video/1')).to.equal('Vimeo');
    expect(nameOf('https://www.google.com/maps/embed?pb=1')).to.equal('Google Maps');
    expect(nameOf('https://open.spotify.com/embed/track/1')).to.equal('Spotify');
    expect(nameOf('https://w.soundcloud.com/player/?url=x')).to.equal('SoundCloud');
    expect(nameOf('https://www.instagram.com/embed.js')).to.equal('Instagram');
  });

  it('does not recognise lookalikes, other paths, relative or non-http URLs', () => {
    expect(nameOf('https://evil-youtube.com/embed/abc')).to.equal(undefined);
    expect(nameOf('https://youtube.com.example/embed/abc')).to.equal(undefined);
    expect(nameOf('https://www.google.com/search?q=maps')).to.equal(undefined);
    expect(nameOf('https://open.spotify.com/track/1')).to.equal(undefined);
    expect(nameOf('https://example.org/matomo.json')).to.equal(undefined);
    expect(nameOf('/app.js')).to.equal(undefined);
    expect(nameOf('data:text/javascript,matomo.js')).to.equal(undefined);
    expect(nameOf('not a url at all ::')).to.equal(undefined);
  });

  it('matches a given list: host paths, wildcards and URL objects', () => {
    const own: Service[] = [{ name: 'Acme Stats', category: 'analytics', match: ['stats.acme.example/js', '*.acme-cdn.example'], cookies: [] }];
    expect(findService('https://stats.acme.example/js/a.js', own)?.name).to.equal('Acme Stats');
    expect(findService('https://stats.acme.example/jsx', own)).to.equal(undefined);
    expect(findService(new URL('https://eu.acme-cdn.example/x'), own)?.name).to.equal('Acme Stats');
    expect(findService('https://acme-cdn.example/x', own)?.name).to.equal('Acme Stats');
    expect(findService('https://www.youtube.com/embed/abc', own)).to.equal(undefined);
  });
});
