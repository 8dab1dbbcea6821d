// Shows the element's events live on the demo page, newest first.
const list = document.querySelector('#event-log ol');
const element = document.querySelector('cookie-consent');

function describe(type, detail) {
  if (type === 'consent-show' || type === 'consent-hide') return detail.view;
  const consent = detail.consent;
  if (!consent) return 'no stored choice';
  const parts = [`granted: [${consent.granted.join(', ')}]`, `denied: [${consent.denied.join(', ')}]`];
  if (type === 'consent-change') parts.unshift(`action: ${detail.action}`, `changed: [${detail.changed.join(', ')}]`);
  return parts.join('  ');
}

for (const type of ['consent-ready', 'consent-change', 'consent-show', 'consent-hide']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const time = document.createElement('time');
    time.textContent = new Date().toLocaleTimeString();
    const name = document.createElement('b');
    name.textContent = type;
    item.append(time, name, ` ${describe(type, event.detail)}`);
    list.prepend(item);
  });
}

document.querySelector('#reset-consent')?.addEventListener('click', () => element?.reset());
