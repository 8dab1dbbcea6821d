/** Every console warning of the library starts with the element's name, so a site can find them. */
export const warn = (message: string, ...details: unknown[]): void =>
  console.warn(`<cookie-consent>: ${message}`, ...details);
