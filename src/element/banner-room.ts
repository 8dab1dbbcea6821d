/**
 * Keeps the page usable under a bottom or top bar (WCAG 2.4.11 Focus Not Obscured, SPEC 11): while the
 * bar is shown, `<html>` gets `scroll-padding` equal to the room the bar takes, so that an element
 * receiving keyboard focus is scrolled clear of it, and as much padding on that side, so that the page's
 * last (or first) element can scroll clear too. A ResizeObserver follows the bar's height; everything
 * is put back when the bar hides. Bottom padding moves nothing on screen: no layout shift.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Side = 'top' | 'bottom';
const PROPERTIES = ['scroll-padding-top', 'padding-top', 'scroll-padding-bottom', 'padding-bottom'];

export class BannerRoom implements ReactiveController {
  private _banner?: HTMLElement;
  private _observer?: ResizeObserver;
  /** The page's own inline values of PROPERTIES, restored on release. */
  private _saved?: string[];

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {}

  hostUpdated(): void {
    const banner = this._host.shadowRoot?.querySelector<HTMLElement>('.banner.bottom, .banner.top') ?? undefined;
    if (banner !== this._banner) {
      this.hostDisconnected();
      if (!banner) return;
      this._banner = banner;
      this._observer = new ResizeObserver(() => this._apply());
      this._observer.observe(banner);
    }
    // The position can change while the same bar stays on screen.
    this._apply();
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observer = this._banner = undefined;
    this._restore();
  }

  private _apply(): void {
    const banner = this._banner;
    if (!banner?.isConnected) return;
    const side: Side = banner.classList.contains('top') ? 'top' : 'bottom';
    // offsetHeight ignores the entrance animation's translate, unlike getBoundingClientRect().
    const room = `${banner.offsetHeight + (parseFloat(getComputedStyle(banner)[side]) || 0)}px`;
    const style = document.documentElement.style;
    this._restore();
    this._saved = PROPERTIES.map((property) => style.getPropertyValue(property));
    style.setProperty(`scroll-padding-${side}`, room);
    style.setProperty(`padding-${side}`, room);
  }

  private _restore(): void {
    const style = document.documentElement.style;
    this._saved?.forEach((value, index) => style.setProperty(PROPERTIES[index], value));
    this._saved = undefined;
  }
}
