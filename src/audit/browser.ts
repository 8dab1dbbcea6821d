/**
 * The visitor's browser: playwright-core (an optional peer dependency, so a site that only uses the
 * element installs no browser automation) driving a Chrome or Chromium already on the machine. It never
 * downloads a browser.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/** A usage or browser problem: the command prints the message and exits with code 2. */
export class AuditSetupError extends Error {}

/** Where Chrome, Chromium and Edge usually live, per platform. */
export function usualBrowserPaths(platform = process.platform, env = process.env): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => !!root);
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
  ];
}

/** The browser to drive: `--browser`, else `CHROME_PATH`, else the first usual location that exists. */
export function findBrowser(option: string | undefined, env = process.env): string {
  const given = option ?? env.CHROME_PATH;
  if (given) {
    if (!existsSync(given)) throw new AuditSetupError(`No browser at ${given} (from ${option ? '--browser' : 'CHROME_PATH'}).`);
    return given;
  }
  const found = usualBrowserPaths().find((path) => existsSync(path));
  if (found) return found;
  throw new AuditSetupError(
    'No Chrome or Chromium found. Install one (e.g. `apt install chromium`, or Google Chrome from its site), ' +
      'then pass its path with --browser PATH or the CHROME_PATH variable. The audit never downloads a browser.',
  );
}

/** Launches the browser headless through playwright-core, or says how to install it. */
export async function launchBrowser(executablePath: string): Promise<Browser> {
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    throw new AuditSetupError(
      'The audit drives a browser with playwright-core, an optional peer dependency of cookie-consent-element. ' +
        'Install it next to it: `npm install --save-dev playwright-core` (it downloads no browser).',
    );
  }
  try {
    // Chromium refuses to start as root with its sandbox (containers, CI).
    const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    return await playwright.chromium.launch({ executablePath, headless: true, args });
  } catch (error) {
    throw new AuditSetupError(`Could not start the browser at ${executablePath}: ${(error as Error).message.split('\n')[0]}`);
  }
}
