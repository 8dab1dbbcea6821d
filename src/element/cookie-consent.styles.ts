import { css } from 'lit';

// Dark values, used by theme="dark" and by theme="auto" when the system prefers dark.
const dark = css`
  --_bg: var(--cookie-consent-background, #1d2127);
  --_fg: var(--cookie-consent-color, #eef1f5);
  --_muted: var(--cookie-consent-muted-color, #b8c0ca);
  --_accent: var(--cookie-consent-accent, #9bb8ff);
  --_on-accent: var(--cookie-consent-accent-color, #0d1424);
  --_border: var(--cookie-consent-border-color, #59626e);
  --_focus: var(--cookie-consent-focus-color, #9bb8ff);
  --_surface: #272c33;
  color-scheme: dark;
`;

export const styles = css`
  :host {
    --_bg: var(--cookie-consent-background, #ffffff);
    --_fg: var(--cookie-consent-color, #1b1f24);
    --_muted: var(--cookie-consent-muted-color, #4a525c);
    --_accent: var(--cookie-consent-accent, #1f4fd1);
    --_on-accent: var(--cookie-consent-accent-color, #ffffff);
    --_border: var(--cookie-consent-border-color, #8a939e);
    --_focus: var(--cookie-consent-focus-color, #1f4fd1);
    --_surface: #f3f5f8;
    --_font: var(--cookie-consent-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_size: var(--cookie-consent-font-size, 15px);
    --_radius: var(--cookie-consent-radius, 10px);
    --_space: var(--cookie-consent-spacing, 16px);
    --_z: var(--cookie-consent-z-index, 2147483000);
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
    box-sizing: border-box;
    font: 400 var(--_size) / 1.5 var(--_font);
    color: var(--_fg);
    background: var(--_bg);
    -webkit-font-smoothing: antialiased;
  }
  * {
    box-sizing: border-box;
  }

  /* ---- first layer ---- */
  .banner {
    position: fixed;
    z-index: var(--_z);
    inset-inline: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
    max-height: 100vh;
    max-height: 100dvh;
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--_space) max(var(--_space), calc((100% - var(--cookie-consent-max-width, 1100px)) / 2));
    border: 0 solid var(--_border);
    box-shadow: 0 0 24px rgb(0 0 0 / 0.18);
  }
  .bottom {
    bottom: 0;
    border-top-width: 1px;
  }
  .top {
    top: 0;
    border-bottom-width: 1px;
  }
  .banner.center {
    inset: 0;
    margin: auto;
    width: min(34rem, calc(100% - 2 * var(--_space)));
    max-height: calc(100dvh - 2 * var(--_space));
    height: fit-content;
    padding: calc(var(--_space) * 1.5);
    border-width: 1px;
    border-radius: var(--_radius);
    outline: none;
  }
  .banner-body {
    flex: 1 1 28rem;
    min-width: 0;
  }
  .title {
    margin: 0 0 0.25em;
    font-size: 1.15em;
    font-weight: 650;
    line-height: 1.3;
  }
  .message,
  .intro,
  .description {
    margin: 0;
    color: var(--_muted);
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-weight: 550;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    flex: 0 1 auto;
  }
  .button {
    flex: 1 1 auto;
    min-height: 44px;
    min-width: 8.5em;
    padding: 0.55em 1.2em;
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .primary {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .secondary {
    color: var(--_fg);
    background: transparent;
  }
  .primary:hover {
    filter: brightness(1.08);
  }
  .secondary:hover {
    background: var(--_surface);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* ---- second layer ---- */
  .preferences {
    width: min(40rem, calc(100% - 2 * var(--_space)));
    max-height: calc(100dvh - 2 * var(--_space));
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 12px 48px rgb(0 0 0 / 0.3);
    flex-direction: column;
  }
  .preferences[open] {
    display: flex;
  }
  .preferences::backdrop {
    background: rgb(10 14 20 / 0.55);
  }
  .dialog-head,
  .dialog-body,
  .preferences .actions {
    padding: var(--_space) calc(var(--_space) * 1.25);
  }
  .dialog-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  .dialog-head .title {
    margin: 0;
  }
  .dialog-body {
    overflow: auto;
    flex: 1 1 auto;
  }
  .preferences .actions {
    border-top: 1px solid var(--_border);
  }
  .close {
    display: grid;
    place-items: center;
    flex: none;
    width: 40px;
    height: 40px;
    color: inherit;
    background: var(--_surface);
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .close path {
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .notice {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.75);
    border-left: 4px solid var(--_accent);
    background: var(--_surface);
    border-radius: calc(var(--_radius) / 2);
  }
  .categories {
    list-style: none;
    margin: var(--_space) 0 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .category {
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_surface);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .category-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .category-label {
    font-weight: 650;
    cursor: pointer;
  }
  .description {
    margin-top: 0.25em;
    font-size: 0.93em;
  }
  .switch-wrap {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 0.87em;
    color: var(--_muted);
  }
  .switch {
    appearance: none;
    position: relative;
    flex: none;
    width: 48px;
    height: 28px;
    margin: 0;
    border: 2px solid var(--_border);
    border-radius: 14px;
    background: var(--_bg);
    cursor: pointer;
    transition: background-color 0.15s, border-color 0.15s;
  }
  /* The knob moves and shows a tick when on: the state is not told by colour alone. */
  .switch::before {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: 20px;
    height: 20px;
    border-radius: 50%;
    background: var(--_border);
    transition: transform 0.15s;
  }
  .switch:checked {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .switch:checked::before {
    transform: translateX(20px);
    background: var(--_on-accent)
      url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20 20'%3E%3Cpath d='M5 10.5l3.2 3L15 7' fill='none' stroke='%23555' stroke-width='2.4' stroke-linecap='round'/%3E%3C/svg%3E")
      center / 100%;
  }
  .switch:disabled {
    cursor: not-allowed;
    opacity: 0.75;
  }
  .cookies {
    width: 100%;
    margin-top: calc(var(--_space) / 2);
    border-collapse: collapse;
    font-size: 0.87em;
  }
  .cookies caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  .cookies th,
  .cookies td {
    text-align: start;
    padding: 0.3em 0.5em 0.3em 0;
    border-bottom: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }

  /* ---- floating button ---- */
  .open-button {
    position: fixed;
    z-index: var(--_z);
    inset-inline-start: var(--_space);
    bottom: var(--_space);
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    padding: 0;
    color: var(--_accent);
    border: 1px solid var(--_border);
    border-radius: 50%;
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.2);
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

  @media (prefers-reduced-motion: no-preference) {
    .preferences[open] {
      animation: rise 0.18s ease-out;
    }
  }
  @keyframes rise {
    from {
      opacity: 0;
      transform: translateY(8px);
    }
  }
  @media (max-width: 600px) {
    .actions {
      flex-direction: column-reverse;
      width: 100%;
    }
    .button {
      width: 100%;
    }
  }
`;
