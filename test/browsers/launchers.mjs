// The three engines the suite runs in, picked by the BROWSERS env var (comma list, or `all`).
// Default: chromium only, so a plain `npx wtr --files ...` stays fast while working.
// Facts behind the options: ../shared/notes/cross-browser.md.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ChromeLauncher, chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Engines named by BROWSERS (`chromium` when unset, every engine for `all`). */
export function selectedEngines(value = process.env.BROWSERS) {
  if (!value) return ['chromium'];
  const names = value === 'all' ? ENGINES : value.split(',').map((s) => s.trim().toLowerCase());
  const unknown = names.filter((n) => !ENGINES.includes(n));
  if (unknown.length) throw new Error(`BROWSERS: unknown engine(s) ${unknown.join(', ')}; use ${ENGINES.join(', ')} or all`);
  return names;
}

// A browser context per page: with two test files at once, a second tab of one window leaves the
// first hidden (no requestAnimationFrame, so `fixture` hangs), and both would share cookies and
// BroadcastChannel (consent saved in one file would reach the other's element).
// Firefox opens a new page as a background tab unless asked for a window.
const pageInOwnContext = async ({ browser }, options) => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage(options);
  page.once('close', () => context.close().catch(() => {}));
  return page;
};

// puppeteer's BiDi keyboard lacks the key name 'Space' that its CDP keyboard knows (the key is ' ').
const firefoxPage = async (args) => {
  const page = await pageInOwnContext(args, { type: 'window' });
  for (const method of ['press', 'down', 'up']) {
    const original = page.keyboard[method].bind(page.keyboard);
    page.keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
  }
  return page;
};

const chromium = () =>
  chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
    createPage: pageInOwnContext,
  });

/**
 * A test that tabs past the page's end leaves focus in Firefox's browser UI, and a window without focus
 * ignores Enter on a focused button: each test file gets a new window instead of the last one's.
 */
class FirefoxLauncher extends ChromeLauncher {
  async stopSession(sessionId) {
    const { puppeteerPage } = this.activePages.get(sessionId);
    const result = await super.stopSession(sessionId);
    this.inactivePages = this.inactivePages.filter((page) => page.puppeteerPage !== puppeteerPage);
    await puppeteerPage.close();
    return result;
  }
}

// Firefox ESR over WebDriver BiDi through puppeteer-core (no CDP: no emulateMedia, no coverage).
const firefox = () =>
  new FirefoxLauncher(
    { browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true },
    ({ browser }) => browser.defaultBrowserContext(),
    firefoxPage,
    puppeteerCore,
    // Only one window has focus: in a second one, Enter on a focused button does nothing.
    1,
  );

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * WebKitGTK's MiniBrowser driven by /usr/bin/WebKitWebDriver, which this launcher starts and stops.
 * Needs an X display: run under `xvfb-run -a`.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
      },
    });
  }

  async initialize(config) {
    const port = await freePort();
    this.options.port = port;
    this.webdriver = spawn(process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver', [`--port=${port}`], {
      stdio: 'ignore',
    });
    await waitForDriver(port, this.webdriver);
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.webdriver?.kill();
  }

  /**
   * webdriverio presses every key of a sequence before releasing any, and WebKit's driver drops a key
   * that is already down ("hello" types "helo"): send the keys one at a time. A press like
   * `Shift+Tab` is sent as one chord.
   */
  async sendKeys(sessionId, keys) {
    for (const key of keys) {
      await super.sendKeys(sessionId, key.length > 1 && key.includes('+') ? key.split('+') : [key]);
    }
  }
}

async function waitForDriver(port, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

const factories = { chromium, firefox, webkit: () => new WebKitLauncher() };

/** Launchers for the engines named by BROWSERS. */
export const launchers = (engines = selectedEngines()) => engines.map((name) => factories[name]());
