/**
 * The two layers' state (SPEC 4): which is open, the preferences' switch states until saved, and where
 * focus returns when the preferences close. A reactive controller: its host renders what it holds and
 * it opens the native dialogs the host rendered.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { emit } from '../events.js';
import { focusedElement } from './page.js';

export type View = 'banner' | 'preferences';

/** A copy of `set` with `item` in it or not. */
function toggled<T>(set: ReadonlySet<T>, item: T, on: boolean): ReadonlySet<T> {
  const copy = new Set(set);
  if (on) copy.add(item);
  else copy.delete(item);
  return copy;
}

export class Layers implements ReactiveController {
  /** The layers open. */
  shown: ReadonlySet<View> = new Set();
  /** The preferences' switch states, saved by Save choices. */
  draft: ReadonlySet<string> = new Set();
  /** Where focus returns when the preferences close. */
  private _opener: HTMLElement | null = null;

  /**
   * @param _granted - the categories granted now: the switches' state when the preferences open.
   */
  constructor(
    private readonly _host: ReactiveElement,
    private readonly _granted: () => readonly string[],
  ) {
    _host.addController(this);
  }

  /**
   * Opens or closes a layer, with its `consent-show` / `consent-hide`. Closed in state at once, not when
   * the native `close` event arrives a task later: a render in between would reopen the <dialog>.
   * @param opener - what focus returns to when the preferences close (default: what has focus now).
   */
  set(view: View, open: boolean, opener?: HTMLElement): void {
    if (this.shown.has(view) === open) return;
    this.shown = toggled(this.shown, view, open);
    this._host.requestUpdate();
    if (view === 'preferences') {
      if (open) {
        this._opener = opener ?? focusedElement();
        this.draft = new Set(this._granted());
      } else {
        const returnTo = this._opener;
        this._opener = null;
        // Once the dialog is out of the page (the update requested above).
        this._host.updateComplete.then(() => returnTo?.focus());
      }
    }
    emit(this._host, open ? 'consent-show' : 'consent-hide', { view });
  }

  /** A switch of the preferences changed. */
  toggle(category: string, on: boolean): void {
    this.draft = toggled(this.draft, category, on);
    this._host.requestUpdate();
  }

  /**
   * Opens the native dialogs just rendered. Each (the centred banner, the preferences) is rendered only
   * while its layer is open, so closing one is taking it out of the page.
   */
  hostUpdated(): void {
    for (const dialog of this._host.renderRoot.querySelectorAll('dialog')) {
      if (!dialog.open) {
        dialog.showModal();
        // The banner's box itself takes focus, so its name and message are read first (Chromium ignores autofocus here).
        if (dialog.matches('.banner')) dialog.focus();
      }
    }
  }
}
