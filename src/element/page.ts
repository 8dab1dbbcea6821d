/**
 * What the element follows outside its shadow root: clicks on `data-consent-open` openers anywhere in
 * the document (SPEC 5), its own light-DOM declarations and `lang`, `<html lang>`, and registered or
 * browser languages (SPEC 3, 7).
 */
import { onLanguagesChange } from '../i18n/index.js';

const OPEN = 'data-consent-open';

/** Whether the page has an opener of its own (then no floating button is needed). */
export const pageHasOpener = (): boolean => !!document.querySelector(`[${OPEN}]`);

/** The element that has keyboard focus, looking into shadow roots; null for none or `<body>`. */
export function focusedElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * Watches the page for `host`: `open(opener)` when an opener is clicked, `changed(own)` after any change
 * that may alter what the element shows (`own`: its declarations, a `lang` or the languages, so its view
 * must re-render), and once at once. Returns the function that stops watching.
 */
export function watchPage(
  host: HTMLElement,
  open: (opener: HTMLElement) => void,
  changed: (own: boolean) => void,
): () => void {
  const onClick = (event: MouseEvent) => {
    const opener = event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.hasAttribute(OPEN));
    if (opener) {
      event.preventDefault();
      open(opener);
    }
  };
  const observer = new MutationObserver((records) =>
    changed(records.some((record) => record.attributeName === 'lang' || host.contains(record.target))),
  );
  observer.observe(host, { subtree: true, childList: true, attributes: true, characterData: true });
  observer.observe(document.documentElement, { subtree: true, childList: true, attributeFilter: ['lang', OPEN] });
  const unsubscribe = onLanguagesChange(() => changed(true));
  document.addEventListener('click', onClick);
  changed(false);
  return () => {
    observer.disconnect();
    unsubscribe();
    document.removeEventListener('click', onClick);
  };
}
