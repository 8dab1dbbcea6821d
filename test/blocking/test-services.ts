// Three test-only services on the local tracker (test/gate/tracker.mjs), one per category: a fixture's
// tags on /__tracker/auto-a-*, auto-m-* and auto-c-* stand in for vendors' hosts, which the browser suite
// must never ask for. Real hostnames are tested in test/node/blocking with routed requests.
import { services, type Service } from '../../src/blocking/catalogue.js';

(services as Service[]).push(
  { name: 'Local Analytics', category: 'analytics', match: ['*/__tracker/auto-a*'], cookies: ['_local_a*'], privacy: 'https://analytics.invalid/privacy' },
  { name: 'Local Ads', category: 'marketing', match: ['*/__tracker/auto-m*'], cookies: ['_local_m*'] },
  { name: 'Local Video', category: 'content', match: ['*/__tracker/auto-c*'], cookies: [] },
);
