import { css } from './reactive-base.js';

// Dark values, used by theme="dark" and by theme="auto" when the system prefers dark.
const dark = css`
  --_bg: var(--cookie-consent-background, #1b1f26);
  --_fg: var(--cookie-consent-color, #eef1f5);
  --_muted: var(--cookie-consent-muted-color, #b4bcc8);
  --_accent: var(--cookie-consent-accent, #e9edf3);
  --_on-accent: var(--cookie-consent-accent-color, #151a22);
  --_border: var(--cookie-consent-border-color, #7d8794);
  --_focus: var(--cookie-consent-focus-color, #8ab4ff);
  color-scheme: dark;
`;

export const styles = css`
  :host {
    --_bg: var(--cookie-consent-background, #fff);
    --_fg: var(--cookie-consent-color, #161b26);
    --_muted: var(--cookie-consent-muted-color, #4b5563);
    --_accent: var(--cookie-consent-accent, #1c2536);
    --_on-accent: var(--cookie-consent-accent-color, #fff);
    --_border: var(--cookie-consent-border-color, #7b8494);
    --_focus: var(--cookie-consent-focus-color, #2563eb);
    --_font: var(--cookie-consent-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_radius: var(--cookie-consent-radius, 12px);
    --_space: var(--cookie-consent-spacing, 16px);
    --_z: var(--cookie-consent-z-index, 2147483000);
    --_gap: calc(var(--_space) * 0.75);
  }
  .dark {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .auto {
      ${dark}
    }
  }
  .banner,
  .preferences,
  .open-button {
    --_surface: color-mix(in srgb, var(--_fg) 6%, var(--_bg));
    --_line: color-mix(in srgb, var(--_fg) 14%, var(--_bg));
    font: 400 var(--cookie-consent-font-size, 15px) / 1.5 var(--_font);
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.2), 0 2px 6px rgb(0 0 0 / 0.08);
  }
  * {
    box-sizing: border-box;
  }

  /* ---- first layer: a floating bar (bottom/top) or a modal box (center) ---- */
  .banner {
    position: fixed;
    z-index: var(--_z);
    inset-inline: 0;
    width: min(var(--cookie-consent-max-width, 1100px), 100% - 2 * var(--_gap));
    max-height: calc(100% - 2 * var(--_gap));
    margin: 0 auto;
    overflow: auto;
    overscroll-behavior: contain;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
  }
  .bottom {
    bottom: var(--_gap);
  }
  .top {
    top: var(--_gap);
  }
  .banner.center {
    inset: 0;
    width: min(36rem, 100% - 2 * var(--_gap));
    height: fit-content;
    margin: auto;
    padding: calc(var(--_space) * 1.5);
    outline: none;
  }
  .banner-body {
    flex: 1 1 26rem;
  }
  .title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 650;
    line-height: 1.3;
  }
  p {
    margin: 0.3em 0 0;
    color: var(--_muted);
  }
  a {
    color: var(--_fg);
    font-weight: 600;
    text-underline-offset: 0.2em;
  }
  .actions {
    flex: 1 1 auto;
    display: grid;
    grid-template-columns: 1fr 1fr auto;
    gap: calc(var(--_space) / 2);
  }
  /* Accept all and Reject all look the same (R3); Customize and Save are quieter. */
  .button {
    min-height: 44px;
    padding: 0.5em 1em;
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 0;
    border-radius: calc(var(--_radius) * 0.6);
    cursor: pointer;
  }
  .secondary,
  .close {
    color: var(--_fg);
    background: var(--_surface);
    box-shadow: inset 0 0 0 1px var(--_line);
  }
  .button:hover {
    filter: brightness(1.15) contrast(0.95);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* ---- second layer ---- */
  .preferences {
    width: min(40rem, 100% - 2 * var(--_gap));
    max-height: calc(100% - 2 * var(--_gap));
    padding: 0;
    flex-direction: column;
  }
  .preferences[open] {
    display: flex;
  }
  .center::backdrop,
  .preferences::backdrop {
    background: rgb(12 16 24 / 0.5);
  }
  .dialog-head,
  .dialog-body,
  .preferences .actions {
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .dialog-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    border-bottom: 1px solid var(--_line);
  }
  .dialog-body {
    overflow: auto;
  }
  .preferences .actions {
    flex: none;
    border-top: 1px solid var(--_line);
  }
  .close {
    display: grid;
    place-items: center;
    width: 40px;
    height: 40px;
    border: 0;
    border-radius: 50%;
    cursor: pointer;
  }
  .close path {
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .notice {
    margin-bottom: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_focus);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .categories {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .category {
    padding: calc(var(--_space) * 0.85) var(--_space);
    background: var(--_surface);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .category-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    font-weight: 650;
  }
  .description {
    font-size: 0.93em;
  }
  .switch-wrap {
    display: flex;
    text-align: end;
    line-height: 1.2;
    align-items: center;
    gap: 0.6em;
    font-size: 0.85em;
    font-weight: 500;
    color: var(--_muted);
  }
  /* The knob moves right and shows a tick when on: the state is not told by colour alone. */
  .switch {
    appearance: none;
    position: relative;
    flex: none;
    width: 46px;
    height: 28px;
    margin: 0;
    border: 2px solid var(--_border);
    border-radius: 14px;
    background: var(--_bg);
    cursor: pointer;
    /* High-contrast modes would drop the knob's background, and with it the state. */
    forced-color-adjust: none;
  }
  .switch::before {
    content: '';
    position: absolute;
    inset: 2px auto auto 2px;
    width: 20px;
    height: 20px;
    border-radius: 50%;
    background: var(--_border);
  }
  .switch:checked {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .switch:checked::before {
    transform: translateX(18px) rotate(45deg);
    background:
      linear-gradient(var(--_accent) 0 0) 10px 4px / 2.5px 10px no-repeat,
      linear-gradient(var(--_accent) 0 0) 6px 11.5px / 6px 2.5px no-repeat,
      var(--_on-accent);
  }
  .switch:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .cookies {
    width: 100%;
    margin-top: calc(var(--_space) / 2);
    border-collapse: collapse;
    font-size: 0.85em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  th,
  td {
    text-align: start;
    padding: 0.35em 0.5em 0.35em 0;
    border-bottom: 1px solid var(--_line);
  }
  /* Cookie names break anywhere; headers only between words. */
  td {
    overflow-wrap: anywhere;
  }

  /* ---- floating button ---- */
  .open-button {
    position: fixed;
    z-index: var(--_z);
    inset: auto auto var(--_space) var(--_space);
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
    border-radius: 50%;
    cursor: pointer;
  }
  .open-button svg {
    fill: currentColor;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* No entrance animation on the banner: it is there, opaque, in the page's first paint. */
  @media (prefers-reduced-motion: no-preference) {
    .preferences[open] {
      animation: rise 0.2s ease-out;
    }
    /* Not the focus ring: WebKit would grow it from 0 over the transition. */
    .switch,
    .switch::before {
      transition: 0.15s;
      transition-property: background-color, border-color, transform;
    }
  }
  @keyframes rise {
    from {
      opacity: 0;
      translate: 0 8px;
    }
  }
  /* Narrow screens: Reject all and Accept all side by side, the quieter button under them. */
  @media (max-width: 40em) {
    .actions {
      grid-template-columns: 1fr 1fr;
    }
    .secondary {
      grid-column: 1 / -1;
    }
    .button {
      padding-inline: 0.5em;
    }
    .banner.center,
    .banner,
    .dialog-head,
    .dialog-body,
    .preferences .actions {
      padding: var(--_space);
    }
    /* A cookie table's headers fit at 320 px beside a classic scrollbar (Firefox; Chromium on Windows). */
    .category {
      padding-inline: calc(var(--_space) / 2);
    }
  }
`;
