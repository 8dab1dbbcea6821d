// Helpers shared by the gate's unit tests and its *.test.html pages (which load the element from the
// classic-script build, so this module must not import the element).

declare global {
  interface Window {
    /** What gated code ran, in order (pushed by the scripts in the fixtures). */
    ran?: string[];
    /** Files of the tracker endpoint that ran as scripts (test/gate/tracker.mjs). */
    trackerRuns?: string[];
  }
}

/** Requests the tracker endpoint received for `key`, counted by the server. */
export async function trackerHits(key: string): Promise<number> {
  return Number(await (await fetch(`/__tracker/count/${key}`)).text());
}

/** Requests to the tracker this page's Resource Timing saw for `key`. */
export const fetchedFromTracker = (key: string, win: Window = window): string[] =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(`/__tracker/${key}/`));

/** Two animation frames: layout, resize observations and paint have happened. */
export const nextFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Resolves once `win` has loaded everything its document asked for. */
export const windowLoaded = (win: Window = window): Promise<unknown> =>
  win.document.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => win.addEventListener('load', resolve, { once: true }));

/** A button of the element's first layer by its `data-action` hook. */
export const bannerButton = (element: Element, action: string): HTMLButtonElement =>
  element.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="banner"] [data-action="${action}"]`)!;

/** Loads `url` in a new iframe of this page and resolves with it once loaded. */
export async function openFrame(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = url;
  frame.title = 'Fixture page';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}
