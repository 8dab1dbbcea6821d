import { css } from 'lit';

/**
 * What every surface of ours shares (the element's layers and the gate's placeholders): the theme's
 * colours and sizes from the documented custom properties, buttons, and the focus ring.
 *
 * Light and dark defaults in one place: light-dark() picks by the used `color-scheme`, which the theme
 * class sets on each layer's root (auto: the system's). Custom properties keep light-dark() unresolved,
 * so `--_surface` and `--_line` can mix them here and still follow the theme where used.
 */
export const themeStyles = css`
  :host {
    --_background: var(--cookie-consent-background,light-dark(#fff,#1b1f26));
    --_color: var(--cookie-consent-color,light-dark(#161b26,#eef1f5));
    --_accent: var(--cookie-consent-accent,light-dark(#1c2536,#e9edf3));
    --_on-accent: var(--cookie-consent-accent-color,light-dark(#fff,#151a22));
    --_border: var(--cookie-consent-border-color,light-dark(#7b8494,#7d8794));
    --_focus: var(--cookie-consent-focus-color,light-dark(#2563eb,#8ab4ff));
    --_radius: var(--cookie-consent-radius,12px);
    --_space: var(--cookie-consent-spacing,16px);
    --_font: var(--cookie-consent-font-size,15px) / 1.5 var(--cookie-consent-font-family,system-ui,sans-serif);
    /* Side padding of the layers: 1.5 spaces, down to 1 on narrow screens (below 600 px). */
    --_side: clamp(var(--_space),4vw,var(--_space)*1.5);
    --_surface: color-mix(in srgb,var(--_color) 6%,var(--_background));
    --_line: color-mix(in srgb,var(--_color) 14%,var(--_background));
  }
  * {
    box-sizing: border-box;
  }
  /* Accept all and Reject all look the same (R3); Customize, Save and the round buttons are quieter. */
  button {
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 0;
    border-radius: calc(var(--_radius) * 0.6);
  }
  button,
  input:enabled {
    cursor: pointer;
  }
  .button {
    min-height: 44px;
    padding: 0.5em 0.75em;
  }
  .button:hover {
    filter: brightness(1.15);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
