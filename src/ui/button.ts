import { html } from 'lit';

/**
 * A button with its `data-action` hook and parts (`button` and `<action>-button`): the layers' buttons
 * and the placeholders' Load and Always allow.
 */
export const button = (action: string, label: string, extra = '', onClick?: () => void) =>
  html`<button part="button ${action}-button" class="button ${extra}" data-action=${action} @click=${onClick}>
    ${label}
  </button>`;
