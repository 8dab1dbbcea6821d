/**
 * The configurator page (demo/configure.html) opened in a frame of the test page, as a marketer uses it:
 * controls are set and their input/change events fired; what is checked is the live preview's
 * `<cookie-consent>`, the snippet and the shared link. `pasted()` puts a snippet into a blank page.
 */
import type { CookieConsent } from '../../src/element/cookie-consent.js';

/** Resolves once `condition` holds (checked every frame), or rejects after `ms` with `what`. */
export async function until(condition: () => unknown, what = 'condition', ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

function frameOf(attributes: Partial<HTMLIFrameElement>, width = 1280, height = 900): HTMLIFrameElement {
  const frame = Object.assign(document.createElement('iframe'), attributes);
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  document.body.append(frame);
  frames.push(frame);
  return frame;
}

export interface Configurator {
  document: Document;
  /** The control matching `selector` in the configurator. */
  control<T extends HTMLElement = HTMLInputElement>(selector: string): T;
  /** Types `value` into a text field (or picks it in a select, a colour input). */
  set(selector: string, value: string): Promise<void>;
  /** Clicks a checkbox, radio or button. */
  click(selector: string): Promise<void>;
  /** The live preview's element. */
  preview(): CookieConsent;
  previewFrame(): HTMLIFrameElement;
  snippet(): string;
  shareUrl(): string;
}

/** Waits until the preview's element has rendered what the last change asked for. */
async function settled(element: CookieConsent): Promise<void> {
  // The element reads its markup from a MutationObserver (a microtask), then renders.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}

/** Opens the configurator (with `hash`, as a shared link does) and waits for its preview. */
export async function openConfigurator(hash = ''): Promise<Configurator> {
  const frame = frameOf({ src: `/demo/configure.html${hash}` });
  await until(() => frame.contentDocument?.documentElement?.dataset.previewReady !== undefined, 'the configurator preview');
  const document = frame.contentDocument!;
  const previewFrame = () => document.getElementById('preview') as HTMLIFrameElement;
  const preview = () => previewFrame().contentDocument!.querySelector('cookie-consent') as CookieConsent;
  await until(() => preview().shadowRoot?.querySelector('[part~="banner"]'), 'the preview banner');
  const control = <T extends HTMLElement>(selector: string) => {
    const found = document.querySelector<T>(selector);
    if (!found) throw new Error(`no control ${selector} in the configurator`);
    return found;
  };
  return {
    document,
    control,
    async set(selector, value) {
      const field = control<HTMLInputElement>(selector);
      field.focus();
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      await settled(preview());
    },
    async click(selector) {
      control(selector).click();
      await settled(preview());
    },
    preview,
    previewFrame,
    snippet: () => control('#snippet').textContent!,
    shareUrl: () => control<HTMLInputElement>('#share').value,
  };
}

/** A blank page holding only `snippet` (in its <head>), as large as the preview; resolves with its element. */
export async function pasted(snippet: string, width = 1280, height = 560): Promise<CookieConsent> {
  const frame = frameOf({ srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">${snippet}</head><body></body></html>` }, width, height);
  await until(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('cookie-consent'), 'the pasted page');
  const element = frame.contentDocument!.querySelector('cookie-consent') as CookieConsent;
  await until(() => element.shadowRoot?.querySelector('[part~="banner"]'), 'the pasted banner');
  await settled(element);
  return element;
}

/** The visible text of a shadow root part, whitespace collapsed. */
export function textOf(element: CookieConsent, selector: string): string {
  const part = element.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!part) throw new Error(`no ${selector} rendered`);
  return part.innerText.replace(/\s+/g, ' ').trim();
}

/** A shadow-root element of the preview or a pasted page. */
export function inShadow<T extends Element = HTMLElement>(element: CookieConsent, selector: string): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} rendered`);
  return found;
}

/** The computed style of a shadow-root element, read in its own window. */
export const styleOf = (element: CookieConsent, selector: string) =>
  element.ownerDocument.defaultView!.getComputedStyle(inShadow(element, selector));
