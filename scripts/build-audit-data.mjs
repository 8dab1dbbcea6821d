// Data the audit command ships beside its compiled code (dist/node/audit/): the JSON schema of its report,
// and the part of third-party-web (MIT, the entity data Lighthouse uses) it reads: each entity's name and
// category, and its domains. The package itself is only needed to build.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const out = new URL('../dist/node/audit/', import.meta.url);
mkdirSync(out, { recursive: true });
copyFileSync(new URL('../src/audit/report.schema.json', import.meta.url), new URL('report.schema.json', out));

const { version, license } = JSON.parse(readFileSync(require.resolve('third-party-web/package.json'), 'utf8'));
const list = require('third-party-web/dist/entities-nostats.json');
const entities = [];
const domains = {};
for (const entity of list) {
  const index = entities.push([entity.name, entity.category]) - 1;
  for (const domain of entity.domains) domains[domain.toLowerCase()] ??= index;
}
const source = `third-party-web ${version} (${license}, Copyright (c) Patrick Hulce), names, categories and domains only`;
writeFileSync(new URL('entities.json', out), JSON.stringify({ source, entities, domains }));
console.log(`dist/node/audit/entities.json: ${entities.length} entities, ${Object.keys(domains).length} domains`);
