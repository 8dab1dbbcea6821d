// The configurator page (demo/configure.html): the form changes one configuration; every change is
// applied at once to the live preview, the snippet and the shared link (the URL's hash), and a link
// opened later (or a hash changed by hand) brings the same configuration back.
import { fromHash, toHash } from './model.js';
import { snippetOf } from './snippet.js';
import { applyToPreview } from './preview.js';
import { writeForm, writeTexts } from './form.js';

let config = fromHash(location.hash);
const frame = document.getElementById('preview');
const textsLang = document.getElementById('texts-lang');
const previewLang = document.getElementById('preview-lang');

/** The preview's element, once its frame has loaded the script. */
const previewElement = () => frame.contentDocument?.querySelector('cookie-consent');

function update({ form = false } = {}) {
  if (form) writeForm(config, textsLang.value);
  document.getElementById('snippet').textContent = snippetOf(config);
  const hash = toHash(config);
  if (location.hash !== hash) history.replaceState(null, '', hash);
  document.getElementById('share').value = location.href;
  const element = previewElement();
  if (element) {
    applyToPreview(element, config);
    // A choice made in the preview hides its banner: a change shows it again, unless the preferences are open.
    if (!element.shadowRoot?.querySelector('dialog[part~="dialog"][open]')) element.showBanner?.();
  }
}

/** Reads the control an input or change event came from into the configuration. */
function read(control) {
  const { field, style, text, category, cookie, part } = control.dataset;
  if (field === 'consent-mode') {
    const modes = new Set(config[field]);
    if (control.checked) modes.add(control.value);
    else modes.delete(control.value);
    config[field] = ['google', 'microsoft'].filter((mode) => modes.has(mode));
  } else if (field) {
    if (control.type === 'radio' && !control.checked) return false;
    config[field] = control.type === 'checkbox' ? control.checked : control.value;
  } else if (style) {
    config.style = { ...config.style, [style]: control.value };
  } else if (text) {
    const lang = textsLang.value;
    config.texts = { ...config.texts, [lang]: { ...config.texts[lang], [text]: control.value } };
  } else if (category !== undefined && cookie !== undefined) {
    config.categories[category].cookies[cookie][part] = control.value;
  } else if (category !== undefined) {
    const target = config.categories[category];
    target[part] = part === 'offered' ? control.checked : control.value;
    if (part === 'name') control.closest('fieldset').querySelector('legend').textContent = control.value || 'New category';
  } else {
    return false;
  }
  return true;
}

function onInput(event) {
  if (read(event.target)) update();
}
document.addEventListener('input', onInput);
document.addEventListener('change', onInput);

const commands = {
  'add-category': () => config.categories.push({ name: `custom${config.categories.length + 1}`, offered: true, label: '', description: '', cookies: [] }),
  'remove-category': ({ category }) => config.categories.splice(Number(category), 1),
  'add-cookie': ({ category }) => config.categories[category].cookies.push({ name: '', provider: '', duration: '' }),
  'remove-cookie': ({ category, cookie }) => config.categories[category].cookies.splice(Number(cookie), 1),
  'clear-style': ({ styleName }) => {
    const { [styleName]: _cleared, ...rest } = config.style;
    config.style = rest;
  },
};

document.addEventListener('click', async (event) => {
  const button = event.target.closest('[data-command]');
  if (!button) return;
  const command = button.dataset.command;
  if (commands[command]) {
    commands[command](button.dataset);
    update({ form: true });
  } else if (command === 'show-banner') {
    previewElement()?.showBanner();
  } else if (command === 'show-preferences') {
    previewElement()?.showPreferences();
  } else if (command === 'copy' || command === 'copy-link') {
    const text = command === 'copy' ? document.getElementById('snippet').textContent : location.href;
    let done = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      done = false;
    }
    document.getElementById('copied').textContent = done
      ? (command === 'copy' ? 'Snippet copied.' : 'Link copied.')
      : 'Copying was refused by the browser: select the text and copy it.';
  }
});

textsLang.addEventListener('change', () => writeTexts(config, textsLang.value));

// The preview's width and page language: how the same banner looks on a phone, and in another language.
for (const radio of document.querySelectorAll('input[name="width"]')) {
  radio.addEventListener('change', () => frame.classList.toggle('narrow', radio.checked && radio.value === '360'));
}
previewLang.addEventListener('change', () => frame.contentDocument?.documentElement.setAttribute('lang', previewLang.value));

window.addEventListener('hashchange', () => {
  config = fromHash(location.hash);
  update({ form: true });
});

// The frame's element starts with its own cookie name; a choice left from an earlier visit is forgotten.
function onPreviewLoad() {
  frame.contentDocument.documentElement.setAttribute('lang', previewLang.value);
  const element = previewElement();
  applyToPreview(element, config);
  element.reset();
  document.documentElement.dataset.previewReady = '';
}
frame.addEventListener('load', onPreviewLoad);
update({ form: true });
if (frame.contentDocument?.readyState === 'complete' && previewElement()?.reset) onPreviewLoad();
