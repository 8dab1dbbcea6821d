import { css } from './reactive-base.js';

// Light and dark defaults in one place: light-dark() picks by the used `color-scheme`, which the
// theme class sets on each layer's root (auto: the system's). Custom properties keep light-dark()
// unresolved, so `--_sf` and `--_l` can mix them here and still follow the theme where used.
// The placeholder (src/gate/placeholder.ts) reuses this sheet: `--_fg`, `--_bg`, `--_sf`,
// `--_r`, `--_b`, `.button` and the focus ring.
export const styles = css`
  :host {
    --_bg: var(--cookie-consent-background, light-dark(#fff, #1b1f26));
    --_fg: var(--cookie-consent-color, light-dark(#161b26, #eef1f5));
    --_a: var(--cookie-consent-accent, light-dark(#1c2536, #e9edf3));
    --_o: var(--cookie-consent-accent-color, light-dark(#fff, #151a22));
    --_b: var(--cookie-consent-border-color, light-dark(#7b8494, #7d8794));
    --_f: var(--cookie-consent-focus-color, light-dark(#2563eb, #8ab4ff));
    --_r: var(--cookie-consent-radius, 12px);
    --_s: var(--cookie-consent-spacing, 16px);
    /* Side padding of the layers: 1.5 spaces, down to 1 on narrow screens (below 600 px). */
    --_p: clamp(var(--_s), 4vw, var(--_s)*1.5);
    --_sf: color-mix(in srgb, var(--_fg) 6%, var(--_bg));
    --_l: color-mix(in srgb, var(--_fg) 14%, var(--_bg));
  }
  .banner,
  .preferences,
  .open-button {
    color-scheme: light dark;
    max-width: calc(100% - var(--_s)*1.5);
    max-height: calc(100% - var(--_s)*1.5);
    z-index: var(--cookie-consent-z-index, 2147483000);
    font: var(--cookie-consent-font-size, 15px)/1.5 var(--cookie-consent-font-family, system-ui, sans-serif);
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_l);
    border-radius: var(--_r);
    box-shadow: 0 12px 40px #0003;
  }
  /* Theme auto keeps both schemes: the system picks. */
  .light {
    color-scheme: light;
  }
  .dark {
    color-scheme: dark;
  }
 *{
    box-sizing: border-box;
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
    gap: var(--_s) var(--_p);
    padding: var(--_s) var(--_p);
  }
  .bottom {
    bottom: calc(var(--_s)*.75);
  }
  .top {
    top: calc(var(--_s)*.75);
  }
  .body {
    flex: 1 1 26rem;
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
    color: var(--_fg);
    font-weight: 600;
  }
  .actions {
    flex: 1 1 auto;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_s)/2);
  }
  /* Reject all and Accept all alike (same basis and growth), the quieter button after them at its own
     width; where the three don't fit on a line (narrow screens), it wraps to a full row of its own. */
  .actions > * {
    flex: 2 1 8em;
  }
  .secondary {
    flex: auto;
  }
  /* Accept all and Reject all look the same (R3); Customize, Save and the round buttons are quieter. */
  button {
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    color: var(--_o);
    background: var(--_a);
    border: 0;
    border-radius: calc(var(--_r)*.6);
  }
  button,
  input:enabled {
    cursor: pointer;
  }
  .button {
    min-height: 44px;
    padding: .5em .75em;
  }
  .secondary,
  .close {
    color: var(--_fg);
    background: var(--_sf);
    border: 1px solid var(--_l);
  }
  .button:hover {
    filter: brightness(1.15);
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
  :focus-visible {
    outline: 3px solid var(--_f);
    outline-offset: 2px;
  }
  .center {
    width: 40rem;
    padding: var(--_p);
    outline: 0;
  }

  /* ---- second layer ---- */
  .preferences {
    width: 40rem;
    padding: 0;
    flex-direction: column;
  }
  [open] {
    display: flex;
  }
  ::backdrop {
    background: #0008;
  }
  .head,
  .dialog-body,
  .preferences .actions {
    padding: var(--_s) var(--_p);
  }
  /* The lines between title, body and buttons. */
  .dialog-body {
    overflow: auto;
    border-block: 1px solid var(--_l);
  }
  .notice {
    margin-bottom: var(--_s);
    border-inline-start: 4px solid var(--_f);
  }
  ul {
    list-style: none;
    margin: var(--_s) 0 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_s)/2);
  }
  .notice,
  .category {
    /* Narrower sides on narrow screens: cookie table headers fit at 320 px beside a classic scrollbar
       (Firefox; Chromium on Windows). */
    padding: calc(var(--_s)*.75) min(var(--_s), 2vw);
    background: var(--_sf);
    border-radius: calc(var(--_r)*.6);
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
    border: 2px solid var(--_b);
    border-radius: 14px;
    background: var(--_bg);
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
    background: var(--_b);
  }
  input:checked {
    background: var(--_a);
    border-color: var(--_a);
  }
  input:checked::before {
    transform: translateX(18px);
    background: linear-gradient(var(--_a) 0 0) 50%/2.5px 10px no-repeat var(--_o);
  }
  input:disabled {
    opacity: .6;
  }
  table {
    width: 100%;
    margin-top: calc(var(--_s)/2);
    border-collapse: collapse;
  }
  caption,
  th,
  td {
    text-align: start;
  }
  th,
  td {
    padding: .35em .5em .35em 0;
    border-bottom: 1px solid var(--_l);
  }
  /* Cookie names break anywhere; headers only between words. */
  td {
    overflow-wrap: anywhere;
  }

  /* ---- floating button ---- */
  .open-button {
    position: fixed;
    bottom: var(--_s);
    left: var(--_s);
    fill: currentColor;
  }

  /* Fixed: out of the flow and never a cause of scrolling, whatever its text. */
  .visually-hidden {
    position: fixed;
    clip-path: inset(50%);
  }

  /* No entrance animation on the banner: it is there, opaque, in the first paint of the page. */
  @media (prefers-reduced-motion: no-preference) {
    .preferences[open] {
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
`;
