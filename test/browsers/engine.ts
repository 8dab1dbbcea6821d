/**
 * Which engine a test runs in, for the few test-runner helpers an engine lacks.
 * A test that needs one calls `needs(this, 'emulateMedia')` first: it is skipped in the engines without
 * the helper, and the same behaviour must be covered another way there (e.g. the theme attribute
 * instead of the emulated media query).
 */
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

/** Skips the running test where this engine's launcher lacks `helper`. */
export function needs(test: Mocha.Context, helper: keyof typeof helpers): void {
  if (!(helpers[helper] as Engine[]).includes(engine)) test.skip();
}
