import { css } from 'lit';
import { themeStyles } from '../ui/theme.styles.js';

/** The banner, the preferences and the floating button, on top of the shared theme (src/ui/theme.styles.ts). */
export const styles = [
  themeStyles,
  css`
  .banner,
  .preferences,
  .open-button {
    color-scheme: light dark;
    max-width: calc(100% - var(--_space) * 1.5);
    max-height: calc(100% - var(--_space) * 1.5);
    z-index: var(--cookie-consent-z-index, 2147483000);
    font: var(--_font);
    color: var(--_color);
    background: var(--_background);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    box-shadow: 0 12px 40px #0003;
  }
  /* Theme auto keeps both schemes: the system picks. */
  .light {
    color-scheme: light;
  }
  .dark {
    color-scheme: dark;
  }

  /* ---- first layer: a floating bar (bottom/top) or a modal box (center; the rest from <dialog>) ---- */
  .banner {
    position: fixed;
    inset-inline: 0;
    width: var(--cookie-consent-max-width, 1100px);
    margin: auto;
    overflow: auto;
    overscroll-behavior: contain;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) var(--_side);
    padding: var(--_space) var(--_side);
  }
  .bottom {
    bottom: calc(var(--_space) * 0.75);
  }
  .top {
    top: calc(var(--_space) * 0.75);
  }
  .body {
    flex: 26rem;
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  p {
    margin: .3em 0 0;
  }
  p,
  .row span {
    color: var(--cookie-consent-muted-color, light-dark(#4b5563, #b4bcc8));
  }
  a {
    color: var(--_color);
    font-weight: 600;
  }
  .actions {
    flex: auto;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  /* Reject all and Accept all alike (same basis and growth), the quieter button after them at its own
     width; where the three don't fit on a line (narrow screens), it wraps to a full row of its own. */
  .actions > * {
    flex: 2 8em;
  }
  .secondary {
    flex: auto;
  }
  .secondary,
  .close {
    color: var(--_color);
    background: var(--_surface);
    border: 1px solid var(--_line);
  }
  .close,
  .open-button {
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
    border-radius: 50%;
  }
  .center {
    width: 40rem;
    padding: var(--_side);
    outline: 0;
  }

  /* ---- second layer ---- */
  .preferences {
    width: 40rem;
    padding: 0;
    flex-flow: column;
  }
  [open] {
    display: flex;
  }
  ::backdrop {
    background: #0008;
  }
  /* Its three rows: title, body and buttons. */
  .preferences > * {
    padding: var(--_space) var(--_side);
  }
  /* The lines between title, body and buttons. */
  .dialog-body {
    overflow: auto;
    border-block: 1px solid var(--_line);
  }
  .notice {
    margin-bottom: var(--_space);
    border-inline-start: 4px solid var(--_focus);
  }
  ul {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .notice,
  .category {
    /* Narrower sides on narrow screens: cookie table headers fit at 320 px beside a classic scrollbar
       (Firefox; Chromium on Windows). */
    padding: calc(var(--_space) * 0.75) min(var(--_space), 2vw);
    background: var(--_surface);
    border-radius: calc(var(--_radius) * 0.6);
  }
  /* Title and close button; category name, always-on text and switch. */
  .head,
  .row {
    display: flex;
    align-items: center;
    gap: .6em;
  }
  h2,
  label,
  caption {
    flex: 1;
    font-weight: 600;
  }
  /* One smaller size: the always-on text, the descriptions and the cookie tables. */
  .row span,
  .category p,
  table {
    font-size: .85em;
  }
  /* The knob moves right and shows a bar (the power switch's "on" mark) when on: the state is not told
     by colour alone. */
  input {
    appearance: none;
    flex: none;
    width: 46px;
    height: 28px;
    margin: 0;
    border: 2px solid var(--_border);
    border-radius: 14px;
    background: var(--_background);
    /* Forced colours would drop the knob background, and with it the state. */
    forced-color-adjust: none;
  }
  input::before {
    content: "";
    display: block;
    width: 20px;
    height: 20px;
    margin: 2px;
    border-radius: 50%;
    background: var(--_border);
  }
  input:checked {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  input:checked::before {
    transform: translateX(18px);
    background: linear-gradient(var(--_accent) 0 0) 50%/2.5px 10px no-repeat var(--_on-accent);
  }
  input:disabled {
    opacity: .6;
  }
  table {
    width: 100%;
    margin-top: calc(var(--_space) / 2);
    border-collapse: collapse;
  }
  caption,
  th {
    text-align: start;
  }
  th,
  td {
    padding: .35em .5em .35em 0;
    border-bottom: 1px solid var(--_line);
  }
  /* Cookie names break anywhere; headers only between words. */
  td {
    overflow-wrap: anywhere;
  }

  /* ---- floating button ---- */
  .open-button {
    position: fixed;
    bottom: var(--_space);
    left: var(--_space);
    fill: currentColor;
  }

  /* Fixed: out of the flow and never a cause of scrolling, whatever its text. */
  .visually-hidden {
    position: fixed;
    clip-path: inset(50%);
  }

  /* No entrance animation on the banner: it is there, opaque, in the first paint of the page. */
  @media (prefers-reduced-motion: no-preference) {
    /* Runs each time it opens: a closed <dialog> is not rendered (display: none). */
    .preferences {
      animation: rise .2s ease-out;
    }
    /* Not the focus ring: WebKit would grow it from 0 over the transition. */
    input,
    input::before {
      transition: .15s;
      transition-property: background, transform;
    }
  }
  @keyframes rise {
    from {
      opacity: 0;
      translate: 0 8px;
    }
  }
  `,
];
