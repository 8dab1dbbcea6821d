// The live preview: a `<cookie-consent>` in the preview frame (demo/configure-preview.html), given the
// configuration's plan (model.js) through the DOM: attributes set one by one, markup built with
// createElement and textContent (typed text is never parsed as HTML), custom properties through
// `style.setProperty`. Its cookie keeps the preview's own name, whatever the form says, so the visitor's
// consent cookie is never written.
import { attributesOf, markupOf, styleOf, ATTRIBUTES } from './model.js';

export const PREVIEW_COOKIE = 'cookie_consent_preview';

/** Attributes the preview keeps as its own: its cookie name, and no domain (it writes on this host only). */
const KEPT = ['cookie-name', 'cookie-domain'];

function build(document, node) {
  const element = document.createElement(node.tag);
  for (const [name, value] of node.attributes) element.setAttribute(name, value);
  if (node.text) element.append(node.text);
  element.append(...node.children.map((child) => build(document, child)));
  return element;
}

/** Makes the preview element follow `config`. */
export function applyToPreview(element, config) {
  const wanted = new Map(attributesOf(config).filter(([name]) => !KEPT.includes(name)));
  for (const name of ATTRIBUTES) {
    if (KEPT.includes(name)) continue;
    if (!wanted.has(name)) element.removeAttribute(name);
    else if (element.getAttribute(name) !== wanted.get(name)) element.setAttribute(name, wanted.get(name));
  }
  element.setAttribute('cookie-name', PREVIEW_COOKIE);
  element.replaceChildren(...markupOf(config).map((node) => build(element.ownerDocument, node)));
  element.removeAttribute('style');
  for (const [name, value] of styleOf(config)) element.style.setProperty(name, value);
}
