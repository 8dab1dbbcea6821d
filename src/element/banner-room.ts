/**
 * Keeps the page usable under a bottom or top bar (WCAG 2.4.11 Focus Not Obscured, SPEC 11): while the
 * bar is shown, `<html>` gets `scroll-padding` equal to the room the bar takes, so that an element
 * receiving keyboard focus is scrolled clear of it, and as much padding on that side, so that the page's
 * last (or first) element can scroll clear too. A ResizeObserver follows the bar's height; everything
 * is put back when the bar hides.
 *
 * No layout shift: bottom padding moves nothing on screen. Top padding would push the whole page down,
 * so it is only added when keyboard focus lands under a top bar (a shift that follows input is not
 * counted as one, and it is what brings the focused element into view).
 */
import type { ReactiveController } from 'lit';

const PROPERTIES = ['scroll-padding-top', 'padding-top', 'scroll-padding-bottom', 'padding-bottom'];

export class BannerRoom implements ReactiveController {
  private _banner?: HTMLElement;
  private _observer?: ResizeObserver;
  /** The page's own inline values of PROPERTIES, restored on release. */
  private _saved?: string[];
  /** Room in px the bar takes at its edge of the viewport. */
  private _room = 0;
  /** Keyboard focus went under a top bar: the page gets top padding too. */
  private _pushed = false;

  constructor(private readonly _host: HTMLElement) {}

  hostUpdated(): void {
    const banner = this._host.shadowRoot?.querySelector<HTMLElement>('.banner.bottom, .banner.top') ?? undefined;
    if (banner !== this._banner) {
      this.hostDisconnected();
      if (!banner) return;
      this._banner = banner;
      // Applied in the next frame: a classic scrollbar that the padding brings resizes the bar again,
      // which in the same frame is a "ResizeObserver loop" error on the page (Firefox, WebKit).
      this._observer = new ResizeObserver(() => requestAnimationFrame(() => this._apply()));
      document.addEventListener('focusin', this._onFocus);
    }
    // The position can change while the same bar stays on screen. Measured in the observer, after the
    // browser's own layout: reading offsetHeight here would force an extra layout (~20 ms at page load).
    if (banner) {
      this._observer!.unobserve(banner);
      this._observer!.observe(banner);
    }
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    document.removeEventListener('focusin', this._onFocus);
    this._observer = this._banner = undefined;
    this._pushed = false;
    this._restore();
  }

  private get _top(): boolean {
    return this._banner?.classList.contains('top') ?? false;
  }

  private _onFocus = (event: FocusEvent): void => {
    const target = event.target as Element;
    if (this._top && !this._pushed && target !== this._host && target.getBoundingClientRect().top < this._room) {
      this._pushed = true;
      this._apply();
    }
  };

  private _apply(): void {
    const banner = this._banner;
    if (!banner?.isConnected) return;
    const side = this._top ? 'top' : 'bottom';
    // The height a translate leaves as it is, rounded up: offsetHeight rounds to the nearest pixel, and
    // WebKit scrolls by whole pixels, so a fraction of the focused element stayed under the bar.
    this._room = Math.ceil(banner.getBoundingClientRect().height + (parseFloat(getComputedStyle(banner)[side]) || 0));
    const style = document.documentElement.style;
    this._restore();
    this._saved = PROPERTIES.map((property) => style.getPropertyValue(property));
    style.setProperty(`scroll-padding-${side}`, `${this._room}px`);
    if (side === 'bottom' || this._pushed) style.setProperty(`padding-${side}`, `${this._room}px`);
  }

  private _restore(): void {
    const style = document.documentElement.style;
    this._saved?.forEach((value, index) => style.setProperty(PROPERTIES[index], value));
    this._saved = undefined;
  }
}
