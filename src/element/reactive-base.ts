/**
 * A small base class with the part of LitElement's API this element uses, on top of lit-html's
 * `render`: reactive properties mapped to attributes, batched asynchronous updates, `updateComplete`,
 * the `willUpdate` / `updated` hooks, reactive controllers, and constructable
 * stylesheets in an open shadow root.
 *
 * Why not LitElement itself: its ReactiveElement, css tag and LitElement layers weigh ~2.8 KB gzip,
 * a fifth of the classic script's whole 14 KB budget, for features (property converters, decorators,
 * SSR hydration, style fallbacks for browsers without adoptedStyleSheets) this element does not use.
 * The names and semantics match LitElement's, with one difference: an attribute's name is its
 * property's in kebab-case (`privacyUrl` ↔ `privacy-url`), where Lit lowercases it unless told with
 * `attribute`; moving back means adding those names (custom-elements-manifest.config.mjs writes the
 * kebab-case names into the manifest).
 */
import { render } from 'lit/html.js';
import type { ReactiveController } from 'lit';

/** Options of one reactive property (a subset of Lit's `PropertyDeclaration`). */
export interface PropertyDeclaration {
  /** `Boolean`: present attribute ⇔ true. Otherwise the property holds the attribute's string. */
  type?: BooleanConstructor;
}

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

// Importing in Node (server-side rendering) must not throw: there is no HTMLElement to extend there.
const ElementBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * The base class. Of Lit's `ReactiveControllerHost` it has `addController`, `requestUpdate` and
 * `updateComplete`; no `removeController`: controllers stay for the element's life here.
 */
export abstract class ReactiveBase extends ElementBase {
  declare static properties: Record<string, PropertyDeclaration>;
  /** The component's CSS (from `css`). */
  declare static styles: string;
  /** Attribute → property, made by `observedAttributes`, which `customElements.define` reads first. */
  private static _attributes: Map<string, string>;

  /** Installs the reactive accessors and lists the attributes, once per `customElements.define`. */
  static get observedAttributes(): string[] {
    this._attributes = new Map();
    for (const name of Object.keys(this.properties)) {
      this._attributes.set(name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), name);
      const key = Symbol(name);
      Object.defineProperty(this.prototype, name, {
        // Null until set, as an absent attribute: the element declares its properties without initializers.
        get(this: ReactiveBase & Record<symbol, unknown>) {
          return this[key] ?? null;
        },
        set(this: ReactiveBase & Record<symbol, unknown>, value: unknown) {
          if (this[key] === value) return;
          this[key] = value;
          this._attributeChanges++;
          this.requestUpdate();
        },
        configurable: true,
      });
    }
    return [...this._attributes.keys()];
  }

  /** The shadow root the template renders into. */
  readonly renderRoot: ShadowRoot;

  /** Counts changes of attribute properties: derived values compare it to know when to recompute. */
  protected _attributeChanges = 0;
  private _pending = false;
  private _updatePromise: Promise<unknown> = Promise.resolve();
  /** Every controller added, in order; the element also hands them consent changes. */
  protected _controllers: ReactiveController[] = [];

  constructor() {
    super();
    this.renderRoot = this.attachShadow({ mode: 'open' });
    adoptCss(this.renderRoot, (this.constructor as typeof ReactiveBase).styles);
  }

  /** Adds a controller (in the constructor); it gets `hostConnected` / `hostDisconnected` / `hostUpdated`. */
  addController(controller: ReactiveController): void {
    this._controllers.push(controller);
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
    const name = base._attributes.get(attribute)!;
    (this as unknown as Record<string, unknown>)[name] = base.properties[name].type === Boolean ? value !== null : value;
  }

  /** Schedules an update at the next microtask. */
  requestUpdate(): void {
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
    // Nothing renders while the element is not in a document; connecting it requests an update.
    if (!this.isConnected) return;
    this.willUpdate();
    render(this.render(), this.renderRoot, { host: this });
    for (const controller of this._controllers) controller.hostUpdated?.();
    this.updated();
  }

  /** Before rendering: compute what depends on the properties (Lit's hook, without the changed-properties map). */
  protected abstract willUpdate(): void;
  /** The template to render. */
  protected abstract render(): unknown;
  /** After each render. */
  protected abstract updated(): void;
}
