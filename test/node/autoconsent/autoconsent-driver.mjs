// Runs DuckDuckGo's autoconsent engine in a page the way its browsers do: the package's content script
// (dist/autoconsent.playwright.js) in every frame, talking to a "background" here in Node, which answers
// `init` with the config and the rules (docs/puppeteer.md of the package, for playwright).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, until } from './site.mjs';

const packageDir = join(root, 'node_modules', '@duckduckgo', 'autoconsent');
const contentScript = readFileSync(join(packageDir, 'dist', 'autoconsent.playwright.js'), 'utf8');

/** Our rule, as it ships in the package (autoconsent/cookie-consent-element.json). */
export const ourRule = () => JSON.parse(readFileSync(join(root, 'autoconsent', 'cookie-consent-element.json'), 'utf8'));

/** The JSON rules autoconsent itself ships (a visitor's browser has all of them, plus its built-in classes). */
export const upstreamRules = () => JSON.parse(readFileSync(join(packageDir, 'rules', 'rules.json'), 'utf8')).autoconsent;

/** The config a DuckDuckGo browser uses (docs/puppeteer.md), for `autoAction` 'optOut', 'optIn' or null (wait). */
const configFor = ({ autoAction, detectRetries, prehideTimeout }) => ({
  enabled: true,
  autoAction,
  disabledCmps: [],
  enablePrehide: true,
  enableCosmeticRules: true,
  enableGeneratedRules: true,
  detectRetries,
  isMainWorld: false,
  prehideTimeout,
  enableHeuristicDetection: true,
  heuristicMode: 'tier2',
  logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
});

/**
 * Installs autoconsent in `context` with `rules` (default: upstream's and ours). Returns the messages the
 * content script sends (in order), `waitFor(type, timeout)` for the first message of a type,
 * `send(page, message)` to the main frame (what a browser sends, such as `{ type: 'optOut' }`), and
 * `selfTest(page)` which asks the main frame for its self-test and resolves to its result.
 */
export async function installAutoconsent(context, { autoAction = 'optOut', rules = [...upstreamRules(), ourRule()], detectRetries = 20, prehideTimeout = 2000 } = {}) {
  const messages = [];
  await context.exposeBinding('autoconsentSendMessage', async ({ frame }, message) => {
    if (!message || typeof message !== 'object') return;
    messages.push({ ...message, mainFrame: frame.parentFrame() === null });
    const reply = (answer) => frame.evaluate((value) => window.autoconsentReceiveMessage?.(value), answer).catch(() => {});
    // The blank page a new tab starts with runs the script too; only the site's documents get rules.
    if (message.type === 'init' && frame.url().startsWith('http')) await reply({ type: 'initResp', config: configFor({ autoAction, detectRetries, prehideTimeout }), rules: { autoconsent: rules } });
    if (message.type === 'eval') await reply({ type: 'evalResp', id: message.id, result: await frame.evaluate(message.code).catch(() => false) });
  });
  await context.addInitScript({ content: contentScript });
  const find = (type) => messages.find((message) => message.type === type && message.mainFrame);
  return {
    messages,
    find,
    waitFor: (type, timeout = 15_000) => until(() => find(type), `autoconsent's ${type} message`, timeout),
    send: (page, message) => page.evaluate((value) => window.autoconsentReceiveMessage(value), message),
    async selfTest(page) {
      const before = messages.filter(({ type }) => type === 'selfTestResult').length;
      await page.evaluate(() => window.autoconsentReceiveMessage({ type: 'selfTest' }));
      const results = await until(() => {
        const all = messages.filter(({ type, mainFrame }) => type === 'selfTestResult' && mainFrame);
        return all.length > before && all;
      }, "autoconsent's selfTestResult message");
      return results.at(-1).result;
    },
  };
}
