/**
 * Which engine a test runs in, for the few test-runner helpers an engine lacks.
 * A test that needs one calls `needs(this, 'emulateMedia')` first: it is skipped in the engines without
 * the helper, and the same behaviour must be covered another way there (e.g. the theme attribute
 * instead of the emulated media query).
 */
import { sendKeys } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;
/** The engine running this test file. */
export const engine: Engine = ua.includes('Firefox/') ? 'firefox' : ua.includes('Chrome/') ? 'chromium' : 'webkit';

/** Helpers of @web/test-runner-commands that not every engine's launcher implements. */
const helpers = {
  /** CDP only. */
  emulateMedia: ['chromium'],
  /** WebKitGTK's WebDriver cannot resize its window. */
  setViewport: ['chromium', 'firefox'],
  /** `sendKeys({ down })` / `sendKeys({ up })`: WebDriver launchers support press and type only. */
  keyDownUp: ['chromium', 'firefox'],
  setUserAgent: ['chromium', 'firefox'],
  selectOption: ['chromium', 'firefox'],
} satisfies Record<string, Engine[]>;

/** Whether this engine's launcher has `helper`. */
export const has = (helper: keyof typeof helpers): boolean => (helpers[helper] as Engine[]).includes(engine);

/** Skips the running test where this engine's launcher lacks `helper`. */
export function needs(test: Mocha.Context, helper: keyof typeof helpers): void {
  if (!has(helper)) test.skip();
}

/**
 * Presses `key` with Shift held, in every engine: held keys where the launcher has down/up, else one
 * `Shift+<key>` chord (the WebKit launcher sends it as such, test/browsers/launchers.mjs).
 */
export async function pressWithShift(key: string): Promise<void> {
  if (!has('keyDownUp')) return void (await sendKeys({ press: `Shift+${key}` }));
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}
