// What automatic blocking patches (src/blocking/intercept.ts), to check that `off` leaves each as the browser made it.
const setters: [object, string][] = [
  [HTMLImageElement.prototype, 'src'],
  [HTMLImageElement.prototype, 'srcset'],
  [HTMLScriptElement.prototype, 'src'],
  [HTMLIFrameElement.prototype, 'src'],
  [HTMLLinkElement.prototype, 'href'],
  [Element.prototype, 'innerHTML'],
  [Element.prototype, 'outerHTML'],
  [ShadowRoot.prototype, 'innerHTML'],
];
const methods: [object, string][] = [
  [Element.prototype, 'setAttribute'],
  [Element.prototype, 'insertAdjacentHTML'],
  [Node.prototype, 'cloneNode'],
  [Document.prototype, 'importNode'],
  [Range.prototype, 'createContextualFragment'],
];

const isNative = (fn: unknown) => typeof fn === 'function' && /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(fn));

/** The patched members of this window that are not the browser's own functions. */
export function patchedMembers(): string[] {
  const patched: string[] = [];
  const name = (prototype: object, member: string) => `${prototype.constructor.name}.${member}`;
  for (const [prototype, member] of setters) if (!isNative(Object.getOwnPropertyDescriptor(prototype, member)?.set)) patched.push(name(prototype, member));
  for (const [prototype, member] of methods) if (!isNative(Object.getOwnPropertyDescriptor(prototype, member)?.value)) patched.push(name(prototype, member));
  return patched;
}

/** How many members blocking patches. */
export const patchableCount = setters.length + methods.length;
