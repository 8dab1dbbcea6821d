// The snippet to paste, written from the configuration's plan (model.js). Every value typed into the
// form is escaped, so it arrives on the site as text, never as markup.
import { attributesOf, markupOf, styleOf } from './model.js';

const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value) => escapeText(value).replace(/"/g, '&quot;');

/** ` name="value"` for each pair; a boolean attribute ('' value) is written bare. */
const attributeText = (pairs, prefix = '') =>
  pairs.map(([name, value]) => (value === '' && name === 'reload-on-revoke' ? ` ${prefix}${name}` : ` ${prefix}${name}="${escapeAttribute(value)}"`)).join('');

/** One markup node (model.js `markupOf`) as indented HTML. */
function nodeText(node, indent) {
  const open = `${indent}<${node.tag}${attributeText(node.attributes)}>`;
  const close = `</${node.tag}>`;
  if (!node.text && !node.children.length) return `${open}${close}`;
  const inner = [
    ...(node.text ? [`${indent}  ${escapeText(node.text)}`] : []),
    ...node.children.map((child) => nodeText(child, `${indent}  `)),
  ];
  return [open, ...inner, `${indent}${close}`].join('\n');
}

/** The HTML to paste into a site: the script tag, the look, and the element when one is needed. */
export function snippetOf(config) {
  const attributes = attributesOf(config);
  const markup = markupOf(config);
  const style = styleOf(config);
  const onScript = config.form === 'script';
  const lines = ['<!-- First in <head>, without defer or async: it must run before the tags it gates. -->'];
  lines.push(`<script src="${escapeAttribute(config.src.trim() || '/cookie-consent.min.js')}"${onScript ? attributeText(attributes, 'data-') : ''}></script>`);
  if (style.length) {
    lines.push('<style>', '  cookie-consent {', ...style.map(([name, value]) => `    ${name}: ${value};`), '  }', '</style>');
  }
  if (!onScript || markup.length) {
    lines.push(onScript
      ? '<!-- In <body>: what a script tag cannot carry (categories, cookies, texts). -->'
      : '<!-- In <body>: -->');
    const inner = markup.map((node) => nodeText(node, '  '));
    lines.push(`<cookie-consent${onScript ? '' : attributeText(attributes)}>`, ...inner, '</cookie-consent>');
  }
  return `${lines.join('\n')}\n`;
}
