/**
 * Placeholders of gated `<iframe>` and `<video>` (SPEC 8): a `<consent-placeholder>` inserted before
 * the element, taken out of the flow and laid over the element's own box (its corners and border too), so
 * that showing or removing it never moves the page. Its shadow root holds a labelled group: who provides
 * it (the service automatic blocking named, else the host), a short text, "Load" and "Always allow".
 */
import { adoptStyles, css, html, render } from 'lit';
import { format, type Strings } from '../i18n/index.js';
import { button } from '../ui/button.js';
import { themeStyles } from '../ui/theme.styles.js';
import { parseUrl } from './rules.js';

/** What a placeholder says and does. */
export interface PlaceholderView {
  /** Label(s) of the category it needs. */
  category: string;
  strings: Strings;
  load: () => void;
  allow: () => void;
}

// The shared theme (custom properties, buttons, focus ring) and the placeholder's box. Adopted
// stylesheets, not inline styles: a strict CSP allows them.
const styles = [
  themeStyles,
  css`
    :host {
      position: absolute;
      z-index: 1;
    }
    /* The placeholder's box, the only div here, with the element's corners and border (else a thin one). */
    div {
      height: 100%;
      overflow: auto;
      display: flex;
      flex-wrap: wrap;
      place-content: center;
      gap: calc(var(--_space) / 2);
      padding: var(--_space);
      text-align: center;
      font: var(--_font);
      color: var(--_color);
      background: var(--_surface);
      border: var(--_frame, 1px solid var(--_border));
      border-radius: inherit;
    }
    /* The title and the text each on a line of their own, the buttons side by side under them. */
    strong,
    p {
      width: 100%;
      margin: 0;
    }
    strong {
      font-size: 1.2em;
    }
  `,
];

/** Gated element → its placeholder. */
const placeholders = new Map<Element, HTMLElement>();
let sizer: ResizeObserver | undefined;
/** Elements whose placeholders were shown since the last placing. */
let unplaced: Element[] = [];

/**
 * Lays placeholders over their elements' border boxes, each moved from where the flow puts it. All
 * are reset, then all measured, then all moved, so that many placeholders cost one layout. Runs from
 * the resize observer (after layout, before paint), and for new placeholders in a microtask: a first
 * frame painted before the observation would show them moving.
 */
function place(targets: Element[]): void {
  const boxes = targets.flatMap((target) => {
    const box = placeholders.get(target);
    if (!box) return [];
    box.style.cssText = '';
    return [[box, target] as const];
  });
  const measured = boxes.map(([box, target]) => [box, target.getBoundingClientRect(), box.getBoundingClientRect(), getComputedStyle(target)] as const);
  for (const [box, to, from, style] of measured) {
    // A border of style `none` (or `hidden`) computes to width 0.
    const border = parseFloat(style.borderTopWidth);
    // An element with no box (e.g. `display: none`) gets no placeholder either.
    box.style.cssText =
      to.width && to.height
        ? `width:${to.width}px;height:${to.height}px;translate:${to.left - from.left}px ${to.top - from.top}px;border-radius:${style.borderRadius}` +
          (border ? `;--_frame:${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}` : '')
        : 'display:none';
  }
}

/** Shows (or re-renders) the placeholder of `target`. */
export function showPlaceholder(target: Element, { category, strings, load, allow }: PlaceholderView): void {
  let box = placeholders.get(target);
  if (!box) {
    box = document.createElement('consent-placeholder');
    adoptStyles(box.attachShadow({ mode: 'open' }), styles);
    placeholders.set(target, box);
    target.before(box);
    // The empty element under the placeholder is neither focusable nor announced.
    (target as HTMLElement).inert = true;
    if (!sizer) {
      sizer = new ResizeObserver((entries) => place(entries.map((entry) => entry.target)));
      // A placeholder's containing block may lie outside a scrolling box its element is in (a box
      // without `position`): that box's scrolling moves the element, not the placeholder.
      addEventListener(
        'scroll',
        ({ target: scroller }) =>
          scroller instanceof Element && place(placeholderTargets().filter((target) => scroller.contains(target))),
        { capture: true, passive: true },
      );
    }
    sizer.observe(target);
    if (unplaced.push(target) === 1) {
      queueMicrotask(() => {
        place(unplaced);
        unplaced = [];
      });
    }
  }
  // Who provides it: the host of its (or its first source's) URL, else the page's own.
  const src = target.getAttribute('data-src') ?? target.querySelector('source[data-src]')?.getAttribute('data-src');
  const provider = target.getAttribute('data-consent-service') || parseUrl(src ?? '', document.baseURI)?.hostname || location.hostname;
  const values = { provider, category };
  render(
    html`<div part="placeholder" role="group" aria-label=${format(strings.placeholderLabel, values)}>
      <strong>${provider}</strong>
      <p>${format(strings.placeholderText, values)}</p>
      ${button('load', strings.load, '', load)}
      ${button('allow', strings.allow, '', allow)}
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
  (target as HTMLElement).inert = false;
  box.remove();
}

/** The elements that show a placeholder now. */
export const placeholderTargets = (): Element[] => [...placeholders.keys()];
