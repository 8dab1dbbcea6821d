// Custom Elements Manifest analyzer settings (`npm run build`). ReactiveBase (src/element/reactive-base.ts)
// derives an attribute's name from its property in kebab-case (`privacyUrl` ↔ `privacy-url`), where
// LitElement, which the `litelement` option models, would lowercase it: the plugin below writes the
// names the element really observes.
const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [
    {
      name: 'kebab-case-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const attribute of declaration.attributes ?? []) attribute.name = kebab(attribute.fieldName ?? attribute.name);
            for (const member of declaration.members ?? []) if (member.attribute) member.attribute = kebab(member.name);
          }
        }
      },
    },
  ],
};
