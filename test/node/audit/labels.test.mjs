// Labels and words, without a browser: what the page declares wins over the catalogue, the catalogue over
// third-party-web, and "unknown" where none knows; lifetimes in words; cookie names collapsed for --markup.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { root } from './fixtures.mjs';

const { Labeller, findEntity } = await import(`${root}dist/node/audit/labels.js`);
const { collapseCookieNames, describeLifetime } = await import(`${root}dist/node/audit/index.js`);

test('a host is labelled by the page, else the catalogue, else third-party-web, else unknown', () => {
  const labeller = new Labeller(
    {
      services: [
        { category: 'necessary', name: 'Google Maps', match: [] },
        { category: 'content', name: 'Our CDN', match: ['*.cdn-shop.example/media'] },
      ],
      cookies: [{ category: 'necessary', name: 'cart_*', provider: 'Shop' }],
    },
    new Set(['cookie_consent']),
  );
  const url = (href) => labeller.url(new URL(href));
  assert.deepEqual(url('https://maps.googleapis.com/maps/api/js'), { service: 'Google Maps', category: 'necessary', source: 'site' });
  assert.deepEqual(url('https://eu.cdn-shop.example/media/a.png'), { service: 'Our CDN', category: 'content', source: 'site' });
  assert.deepEqual(url('https://eu.cdn-shop.example/other.png'), { service: 'unknown', category: null, source: 'unknown' });
  assert.deepEqual(url('https://region1.google-analytics.com/g/collect'), { service: 'Google Analytics', category: 'analytics', source: 'catalogue' });
  assert.deepEqual(url('https://js.intercomcdn.com/frame.js'), { service: 'Intercom', category: 'content', source: 'third-party-web' });
  assert.deepEqual(url('https://cdn.jsdelivr.net/npm/x'), { service: 'JSDelivr CDN', category: null, source: 'third-party-web' });
  assert.deepEqual(labeller.cookie('cart_42'), { service: 'Shop', category: 'necessary', source: 'site' });
  assert.deepEqual(labeller.cookie('cookie_consent'), { service: 'consent banner', category: 'necessary', source: 'site' });
  assert.deepEqual(labeller.cookie('_hjSession_1'), { service: 'Hotjar', category: 'analytics', source: 'catalogue' });
  assert.deepEqual(labeller.cookie('uid', '.adnxs.com'), { service: 'AppNexus', category: 'marketing', source: 'third-party-web' });
  assert.equal(findEntity('localhost'), undefined);
});

test('lifetimes in words, and names sharing a prefix collapsed', () => {
  assert.deepEqual([null, 1800, 7200, 86_400 * 3, 86_400 * 395, 86_400 * 730].map(describeLifetime), ['session', '30 minutes', '2 hours', '3 days', '13 months', '2 years']);
  assert.deepEqual(
    collapseCookieNames([
      { name: '_ga', lifetime: 100 },
      { name: '_ga_X1', lifetime: 200 },
      { name: '_ga_Y2', lifetime: 300 },
      { name: 'shop_a', lifetime: 10 },
      { name: 'shop_b', lifetime: null },
      { name: 'sid', lifetime: null },
    ]),
    [
      // The catalogue's pattern for Google Analytics (`_ga*`) takes all three.
      { name: '_ga*', lifetime: 300 },
      { name: 'shop_*', lifetime: 10 },
      { name: 'sid', lifetime: null },
    ],
  );
});
