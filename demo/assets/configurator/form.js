// The configurator's form: renders the parts that depend on the configuration (categories and their
// cookies, colours, sizes, the texts of the language being edited) and writes a configuration's values
// into every control. Controls name what they change with data-* (read by configure.js):
// data-field (a top-level value), data-style, data-text, data-category + data-part, data-cookie.
import { BUILT_IN_CATEGORIES, COLOUR_PROPERTIES, SIZE_PROPERTIES, TEXT_KEYS } from './model.js';

/** An element with attributes and children (text children are text nodes, never HTML). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== undefined) element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

/** title, message, accept-all, reject-all, customize, privacy-link: the banner's own texts. */
const FIRST_LAYER_TEXTS = 6;

const input = (attributes, value) => Object.assign(h('input', { type: 'text', ...attributes }), { value });

function categoryFieldset(category, index) {
  const builtIn = BUILT_IN_CATEGORIES.includes(category.name) && index < BUILT_IN_CATEGORIES.length;
  const at = { 'data-category': String(index) };
  const offered = Object.assign(h('input', { type: 'checkbox', ...at, 'data-part': 'offered' }), { checked: category.offered });
  const heading = builtIn
    ? h('label', { class: 'check' }, offered, ` Offer “${category.name}”`)
    : h('span', { class: 'row' },
      h('label', { class: 'check' }, offered, ' Offer'),
      h('label', {}, 'Name (letters, digits, - and _) ', input({ ...at, 'data-part': 'name', pattern: '[A-Za-z0-9][A-Za-z0-9_-]*' }, category.name)),
      h('button', { type: 'button', class: 'small', 'data-command': 'remove-category', ...at }, 'Remove'));
  const cookies = category.cookies.map((cookie, cookieIndex) => {
    const cookieAt = { ...at, 'data-cookie': String(cookieIndex) };
    return h('div', { class: 'cookie row' },
      h('label', {}, 'Cookie ', input({ ...cookieAt, 'data-part': 'name', placeholder: '_pk_id.*' }, cookie.name)),
      h('label', {}, 'Provider ', input({ ...cookieAt, 'data-part': 'provider' }, cookie.provider)),
      h('label', {}, 'Duration ', input({ ...cookieAt, 'data-part': 'duration', placeholder: '13 months' }, cookie.duration)),
      h('button', { type: 'button', class: 'small', 'data-command': 'remove-cookie', ...cookieAt }, 'Remove'));
  });
  return h('fieldset', { class: 'category', 'data-name': category.name },
    h('legend', {}, category.name || 'New category'),
    heading,
    h('label', {}, 'Label ', input({ ...at, 'data-part': 'label', placeholder: builtIn ? 'the translated label' : '' }, category.label)),
    h('label', {}, 'Description ', Object.assign(h('textarea', { rows: '2', ...at, 'data-part': 'description' }), { value: category.description })),
    ...cookies,
    h('button', { type: 'button', class: 'small', 'data-command': 'add-cookie', ...at }, 'Add a cookie'));
}

/** Renders the categories, colours, sizes and texts, and sets every control from `config`. */
export function writeForm(config, textsLang) {
  document.getElementById('categories').replaceChildren(...config.categories.map(categoryFieldset));
  document.getElementById('colours').replaceChildren(...COLOUR_PROPERTIES.map((name) => {
    const value = config.style[name] ?? '';
    return h('span', { class: 'colour' },
      h('label', {}, Object.assign(h('input', { type: 'color', 'data-style': name }), { value: value || '#000000' }), ` ${name}`),
      h('button', { type: 'button', class: 'small', 'data-command': 'clear-style', 'data-style-name': name, 'aria-label': `Default ${name}` }, 'Default'));
  }));
  document.getElementById('sizes').replaceChildren(...SIZE_PROPERTIES.map((name) =>
    h('label', {}, `--cookie-consent-${name} `, input({ 'data-style': name, placeholder: { 'font-family': 'system-ui, sans-serif', 'font-size': '15px', radius: '12px', spacing: '16px', 'max-width': '1100px' }[name] }, config.style[name] ?? ''))));
  writeTexts(config, textsLang);
  for (const control of document.querySelectorAll('[data-field]')) {
    const value = config[control.dataset.field];
    if (control.type === 'checkbox') control.checked = Array.isArray(value) ? value.includes(control.value) : value === true;
    else if (control.type === 'radio') control.checked = control.value === value;
    else control.value = value;
  }
}

/** The text fields of one language ('' for every language). */
export function writeTexts(config, lang) {
  const texts = config.texts[lang] ?? {};
  const fields = Object.entries(TEXT_KEYS).map(([key, hint]) =>
    h('label', {}, `${key} `, key === 'message'
      ? Object.assign(h('textarea', { rows: '3', 'data-text': key, placeholder: hint }), { value: texts[key] ?? '' })
      : input({ 'data-text': key, placeholder: hint }, texts[key] ?? '')));
  // The first layer's texts in view; the others one click away (open when one of them is set).
  const more = fields.slice(FIRST_LAYER_TEXTS);
  const open = Object.keys(TEXT_KEYS).slice(FIRST_LAYER_TEXTS).some((key) => texts[key]);
  document.getElementById('texts').replaceChildren(...fields.slice(0, FIRST_LAYER_TEXTS),
    h('details', { class: 'more', open }, h('summary', {}, 'More texts (preferences, button, placeholders)'), ...more));
}
