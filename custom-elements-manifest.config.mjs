// Custom Elements Manifest analyzer settings (`npm run build`): Lit's conventions (static properties
// with their `attribute` names).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/audit/**'],
  litelement: true,
  plugins: [
    {
      // The analyzer lists `static properties` entries with `state: true` as attributes too: they are
      // internal reactive state (our `_private` names), with no attribute.
      name: 'no-state-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !attribute.name.startsWith('_'));
          }
        }
      },
    },
  ],
};
