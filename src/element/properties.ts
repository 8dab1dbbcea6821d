/**
 * Reactive properties that hold the value in use (SPEC 3): an attribute's text or a value a developer
 * assigns is parsed; a value that is not valid gets one console warning and the property keeps a safe
 * value (its `fallback` for that input, else the one in use: the documented default on a page that sets
 * it once). The element's `static getPropertyDescriptor` (Lit's hook for custom accessors) wraps each
 * declared property's accessor with `parsedAccessor`.
 */
import type { PropertyDeclaration } from 'lit';
import { warn } from '../warn.js';

declare module '@lit/reactive-element' {
  interface PropertyDeclaration<Type, TypeHint> {
    /** The value in use for `value` (an attribute's text, or what was assigned), undefined when not valid. */
    parse?(value: unknown): Type | undefined;
    /** What to use instead of a value `parse` refused; by default the value in use stays. */
    fallback?(value: unknown): Type | undefined;
  }
}

/** A value as a warning shows it (an object whose toString throws as its type). */
function shown(value: unknown): string {
  try {
    return Array.isArray(value) ? value.join(' ') : String(value);
  } catch {
    return typeof value;
  }
}

/**
 * Lit's accessor of a property, made to parse what is set when the declaration has `parse`. Warnings
 * name the attribute: `attribute`, or else the property's name (a one-word name, which Lit uses as it is).
 */
export function parsedAccessor(
  name: PropertyKey,
  descriptor: PropertyDescriptor | undefined,
  options: PropertyDeclaration,
): PropertyDescriptor | undefined {
  const { parse, fallback, attribute = name } = options;
  if (!parse || !descriptor) return descriptor;
  return {
    ...descriptor,
    set(this: HTMLElement, value: unknown) {
      let used = parse(value);
      if (used === undefined) {
        used = fallback?.(value) ?? descriptor.get!.call(this);
        warn(`${String(attribute)}="${shown(value)}" is not valid; using ${used === null ? 'none' : `"${shown(used)}"`}.`);
      }
      descriptor.set!.call(this, used);
    },
  };
}
