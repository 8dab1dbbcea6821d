/**
 * Placeholders of gated `<iframe>` and `<video>` (SPEC 8): a `<consent-placeholder>` inserted before
 * the element, taken out of the flow and laid over the element's own box, so that showing or removing
 * it never moves the page. Its shadow root holds a labelled group with "Load" and "Always allow".
 */
import { html, render } from 'lit/html.js';
import { adoptCss, css } from '../element/reactive-base.js';
import { format, type Strings } from '../i18n/index.js';

/** What a placeholder says and does. */
export interface PlaceholderView {
  /** Host name of the embedded content. */
  provider: string;
  /** Label(s) of the category it needs. */
  category: string;
  strings: Strings;
  load: () => void;
  allow: () => void;
}

// A constructable stylesheet (adoptCss): a strict CSP `style-src` allows it, unlike inline styles.
const styles = css`
  :host {
    position: absolute;
    z-index: 1;
    box-sizing: border-box;
  }
  [part~='placeholder'] {
    box-sizing: border-box;
    height: 100%;
    overflow: auto;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.75em;
    padding: 1em;
    text-align: center;
    font: 15px/1.5 var(--cookie-consent-font-family, system-ui, sans-serif);
    color: var(--cookie-consent-color, #161b26);
    background: var(--cookie-consent-background, #f3f4f6);
    border: 1px solid var(--cookie-consent-border-color, #7b8494);
    border-radius: var(--cookie-consent-radius, 12px);
  }
  p {
    margin: 0;
    max-width: 40em;
  }
  div {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5em;
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.5em 1.25em;
    border: 1px solid var(--cookie-consent-accent, #1c2536);
    border-radius: calc(var(--cookie-consent-radius, 12px) / 2);
    color: var(--cookie-consent-accent-color, #fff);
    background: var(--cookie-consent-accent, #1c2536);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--cookie-consent-focus-color, #2563eb);
    outline-offset: 2px;
  }
`;

/** Gated element → its placeholder. */
const placeholders = new Map<Element, HTMLElement>();
/** How far each placeholder is moved from where the flow puts it, to lie over its element. */
const shifts = new WeakMap<HTMLElement, [number, number]>();
let sizer: ResizeObserver | undefined;

/** Placeholders shown but not yet laid over their element. */
let unplaced: Element[] = [];

/**
 * Lays placeholders over their elements' border boxes: all measured, then all moved, so that many
 * placeholders cost one layout. Runs from the resize observer (after layout, before paint) and at once
 * for new placeholders: a first frame painted before the observation would show them moving.
 */
function place(targets: Element[]): void {
  const moves = targets.map((target) => {
    const box = placeholders.get(target);
    return box && ([box, target.getBoundingClientRect(), box.getBoundingClientRect()] as const);
  });
  for (const move of moves) {
    if (!move) continue;
    const [box, to, from] = move;
    box.hidden = !to.width || !to.height;
    if (box.hidden) continue;
    const [x, y] = shifts.get(box) ?? [0, 0];
    const shift: [number, number] = [x + to.left - from.left, y + to.top - from.top];
    shifts.set(box, shift);
    box.style.width = `${to.width}px`;
    box.style.height = `${to.height}px`;
    box.style.translate = `${shift[0]}px ${shift[1]}px`;
  }
}

/** Lays the placeholders shown since the last call over their elements. */
export function placeNew(): void {
  place(unplaced);
  unplaced = [];
}

/** Shows (or re-renders) the placeholder of `target`. */
export function showPlaceholder(target: Element, view: PlaceholderView): void {
  let box = placeholders.get(target);
  if (!box) {
    box = document.createElement('consent-placeholder');
    adoptCss(box.attachShadow({ mode: 'open' }), styles);
    placeholders.set(target, box);
    target.before(box);
    // The empty element under the placeholder is neither focusable nor announced.
    target.setAttribute('inert', '');
    sizer ??= new ResizeObserver((entries) => place(entries.map(({ target }) => target)));
    sizer.observe(target);
    unplaced.push(target);
  }
  const { strings } = view;
  const values = { provider: view.provider, category: view.category };
  render(
    html`<div part="placeholder" role="group" aria-label=${format(strings.placeholderLabel, values)}>
      <p>${format(strings.placeholderText, values)}</p>
      <div>
        <button part="button" data-action="load" @click=${view.load}>${strings.load}</button>
        <button part="button" data-action="allow" @click=${view.allow}>${strings.allow}</button>
      </div>
    </div>`,
    box.shadowRoot!,
  );
}

/** Removes the placeholder of `target`, if any. */
export function hidePlaceholder(target: Element): void {
  const box = placeholders.get(target);
  if (!box) return;
  placeholders.delete(target);
  sizer!.unobserve(target);
  target.removeAttribute('inert');
  box.remove();
}

/** The elements that show a placeholder now. */
export const placeholderTargets = (): Element[] => [...placeholders.keys()];
