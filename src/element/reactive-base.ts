/**
 * A small base class with the part of LitElement's API this element uses, on top of lit-html's
 * `render`: reactive properties mapped to attributes, batched asynchronous updates, `updateComplete`,
 * the `willUpdate` / `firstUpdated` / `updated` hooks, reactive controllers, and constructable
 * stylesheets in an open shadow root.
 *
 * Why not LitElement itself: its ReactiveElement, css tag and LitElement layers weigh ~2.8 KB gzip,
 * a fifth of the classic script's whole 14 KB budget, for features (property converters, decorators,
 * SSR hydration, style fallbacks for browsers without adoptedStyleSheets) this element does not use.
 * The names and semantics match LitElement's, so moving back is a one-line change.
 */
import { render } from 'lit/html.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of one reactive property (a subset of Lit's `PropertyDeclaration`). */
export interface PropertyDeclaration {
  /** Attribute name; lower-cased property name by default; `state: true` has none. */
  attribute?: string;
  /** `Boolean`: present attribute ⇔ true. Otherwise the property holds the attribute's string. */
  type?: BooleanConstructor;
  /** Internal state: re-renders, no attribute. */
  state?: boolean;
}

/** Changed properties of an update, with their previous values. */
export type PropertyValues<T = unknown> = Map<keyof T | PropertyKey, unknown>;

/** Template tag for a component's CSS: the text, ready for a constructable stylesheet. */
export const css = (strings: TemplateStringsArray, ...values: unknown[]): string => String.raw(strings, ...values);

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Gives a shadow root a stylesheet made from `cssText` (one per text, shared by every root).
 * Constructable stylesheets are not inline styles, so a strict CSP `style-src` does not block them.
 */
export function adoptCss(root: ShadowRoot, cssText: string): void {
  let sheet = sheets.get(cssText);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    sheets.set(cssText, sheet);
  }
  root.adoptedStyleSheets = [sheet];
}

/** Each class's attribute → property map (its accessors are installed when the map is made). */
const attributeMaps = new WeakMap<typeof ReactiveBase, Map<string, string>>();

// Importing in Node (server-side rendering) must not throw: there is no HTMLElement to extend there.
const ElementBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

export class ReactiveBase extends ElementBase implements ReactiveControllerHost {
  static properties: Record<string, PropertyDeclaration> = {};
  /** The component's CSS (from `css`). */
  static styles = '';

  /** Attribute → property, built once per class; accessors are installed on the way. */
  private static _finalize(): Map<string, string> {
    let attributes = attributeMaps.get(this);
    if (attributes) return attributes;
    attributeMaps.set(this, (attributes = new Map()));
    for (const [name, options] of Object.entries(this.properties)) {
      if (!options.state) attributes.set(options.attribute ?? name.toLowerCase(), name);
      const key = Symbol(name);
      Object.defineProperty(this.prototype, name, {
        get(this: ReactiveBase & Record<symbol, unknown>) {
          return this[key];
        },
        set(this: ReactiveBase & Record<symbol, unknown>, value: unknown) {
          const old = this[key];
          this[key] = value;
          if (old !== value) this.requestUpdate(name, old);
        },
        configurable: true,
      });
    }
    return attributes;
  }

  static get observedAttributes(): string[] {
    return [...this._finalize().keys()];
  }

  /** The shadow root the template renders into. */
  readonly renderRoot: ShadowRoot;
  /** Whether the first update has run. */
  hasUpdated = false;

  private _changed: PropertyValues = new Map();
  private _pending = false;
  private _updatePromise: Promise<unknown> = Promise.resolve();
  private _controllers: ReactiveController[] = [];

  constructor() {
    super();
    const base = this.constructor as typeof ReactiveBase;
    base._finalize();
    this.renderRoot = this.attachShadow({ mode: 'open' });
    adoptCss(this.renderRoot, base.styles);
  }

  /** Adds a controller; it gets `hostConnected` / `hostDisconnected` / `hostUpdated`. */
  addController(controller: ReactiveController): void {
    this._controllers.push(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this._controllers = this._controllers.filter((item) => item !== controller);
  }

  connectedCallback(): void {
    for (const controller of this._controllers) controller.hostConnected?.();
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    for (const controller of this._controllers) controller.hostDisconnected?.();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const base = this.constructor as typeof ReactiveBase;
    const name = base._finalize().get(attribute)!;
    (this as unknown as Record<string, unknown>)[name] = base.properties[name].type === Boolean ? value !== null : value;
  }

  /** Schedules an update at the next microtask; `name`/`old` record what changed. */
  requestUpdate(name?: PropertyKey, old?: unknown): void {
    if (name !== undefined && !this._changed.has(name)) this._changed.set(name, old);
    if (this._pending) return;
    this._pending = true;
    this._updatePromise = Promise.resolve().then(() => this._performUpdate());
  }

  /** Resolves once no update is pending. */
  get updateComplete(): Promise<boolean> {
    return this._updatePromise.then(() => (this._pending ? this.updateComplete : true));
  }

  private _performUpdate(): void {
    this._pending = false;
    // Like Lit, nothing renders before the element is first connected.
    if (!this.isConnected && !this.hasUpdated) return;
    const changed = this._changed;
    this._changed = new Map();
    this.willUpdate(changed);
    render(this.render(), this.renderRoot, { host: this });
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.firstUpdated(changed);
    }
    for (const controller of this._controllers) controller.hostUpdated?.();
    this.updated(changed);
  }

  /** Before rendering: compute what depends on changed properties. */
  protected willUpdate(_changed: PropertyValues): void {}
  /** The template to render. */
  protected render(): unknown {
    return undefined;
  }
  /** After the first render. */
  protected firstUpdated(_changed: PropertyValues): void {}
  /** After each render. */
  protected updated(_changed: PropertyValues): void {}
}
