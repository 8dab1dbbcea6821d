#!/usr/bin/env node
/**
 * `npx cookie-consent-element audit <url>...`: exit code 0 when the site passes, 1 when a page stores or
 * sends more than what is necessary before consent or after Reject all, 2 on a usage or browser error.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { audit, AuditSetupError, markupFor } from './index.js';
import { reportTable } from './table.js';

const usage = `Usage: cookie-consent-element audit [options] <url>...

Visits the pages in a headless Chrome or Chromium in three passes (before any choice, after Reject all,
after Accept all) and lists the cookies, storage keys and requests to other hosts of each.
Exit code: 0 pass, 1 fail (something beyond the necessary before consent or after Reject all), 2 error.

Options:
  --pages N             visit up to N pages, following same-origin links from the first URL (default 1)
  --json FILE           also write the report as JSON to FILE ("-" for standard output)
  --markup              print <consent-category> declarations for what Accept all found (standard output;
                        the table then goes to standard error)
  --browser PATH        the browser to drive (else CHROME_PATH, else the usual Chrome/Chromium locations)
  --timeout MS          how long a page load or a click may take (default 30000)
  --wait MS             how long to wait after each page's load, for tags on a timer (default 4000)
  --map-host HOST=URL   serve HOST from the origin URL instead (staging, tests); may be repeated
  -h, --help            this text
`;

const passTitles = { 'before-choice': 'before any choice', 'after-reject': 'after Reject all', 'after-accept': 'after Accept all' } as const;

class UsageError extends Error {}

function positiveInteger(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < (option === '--wait' ? 0 : 1)) throw new UsageError(`${option} takes a whole number, not "${value}".`);
  return number;
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pages: { type: 'string' },
      json: { type: 'string' },
      markup: { type: 'boolean' },
      browser: { type: 'string' },
      timeout: { type: 'string' },
      wait: { type: 'string' },
      'map-host': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;
  const [command, ...urls] = positionals;
  if (command !== 'audit') throw new UsageError(command ? `Unknown command "${command}".` : 'Which command? (audit)');
  if (!urls.length) throw new UsageError('Give at least one URL to audit.');
  for (const url of urls) {
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new UsageError(`Not an http(s) URL: "${url}".`);
  }
  const mapHost: Record<string, string> = {};
  for (const mapping of values['map-host'] ?? []) {
    const [host, origin] = mapping.split(/=(.*)/s);
    if (!host || !origin || !URL.canParse(origin)) throw new UsageError(`--map-host takes HOST=ORIGIN (e.g. www.google-analytics.com=http://127.0.0.1:8081), not "${mapping}".`);
    mapHost[host.toLowerCase()] = new URL(origin).origin;
  }
  return {
    urls,
    pages: positiveInteger(values.pages, '--pages', 1),
    wait: positiveInteger(values.wait, '--wait', 4000),
    timeout: positiveInteger(values.timeout, '--timeout', 30_000),
    json: values.json,
    markup: !!values.markup,
    browser: values.browser,
    mapHost,
  };
}

async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (!options) {
    process.stdout.write(usage);
    return 0;
  }
  const toStdout = !options.markup && options.json !== '-';
  try {
    process.stderr.write(`Auditing ${options.urls.join(' ')} (up to ${Math.max(options.pages, options.urls.length)} page${options.pages === 1 ? '' : 's'}, three passes)\n`);
    const report = await audit({
      ...options,
      onProgress: ({ pass, index, total, url }) => process.stderr.write(`  ${passTitles[pass]}: page ${index + 1}/${total} ${url}\n`),
    });
    (toStdout ? process.stdout : process.stderr).write(reportTable(report));
    if (options.json === '-') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else if (options.json) writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    if (options.markup) process.stdout.write(markupFor(report));
    return report.verdict === 'pass' ? 0 : 1;
  } catch (error) {
    const message = error instanceof AuditSetupError ? error.message : `The audit stopped: ${(error as Error).stack ?? error}`;
    process.stderr.write(`${message}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
