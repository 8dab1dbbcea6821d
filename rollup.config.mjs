import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import { reserveNamedMembers } from './scripts/reserve-named-members.mjs';
import { printIntegrity } from './scripts/integrity.mjs';

/** `_private` member names that also appear in strings (Lit's decorators name them), so terser keeps them. */
const reserved = [];

/** Our own source only: dependencies are bundled as published, never transformed. */
const ours = ['src/**/*.ts'];

/**
 * Members of our own internal protocols that have no `_` because another module reads them (the layers'
 * state, the view model's handlers, the consent listeners' hooks, the markup's texts): renamed like the
 * `_private` ones. None is public, a DOM name, a cookie or event field, or a name Lit or js-cookie use
 * (the build fails if a dependency's code names one).
 */
const internal = ['draft', 'shown', 'onAction', 'onToggle', 'onClose', 'consentApplied', 'consentStart', 'markup', 'texts'];

/**
 * Fails the build when a dependency's code has one of the `internal` names (renaming it would change that
 * code); one that our code also spells as a string keeps its name, as `_private` ones do.
 */
const internalNamesOnlyOurs = () => ({
  name: 'internal-names-only-ours',
  renderChunk(code, chunk) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      const name = id.includes('node_modules') && internal.find((name) => new RegExp(`\\b${name}\\b`).test(module.code ?? ''));
      if (name) throw new Error(`${id} uses "${name}": remove it from \`internal\` in rollup.config.mjs`);
    }
    for (const name of internal) if (new RegExp(`["'\`]${name}["'\`]`).test(code)) reserved.push(name);
    return null;
  },
});

// The html`` and css`` templates of our source, whitespace and comments out (a maintained minifier:
// html-minifier-terser and clean-css through minify-literals). Lit reads unquoted attribute values and
// bindings (`part=link`, `lang=${…}`); clean-css level 2 also merges shorthands (`transition`). Never
// `sortAttributes` or `sortClassName`: they move attributes away from their `${…}` expressions.
const minifyOptions = { removeAttributeQuotes: true, minifyCSS: { level: 2 } };
const minifyTemplates = () => minifyTemplateLiterals({ include: ours, failOnError: true, options: { minifyOptions } });

const external = (id) => /^(lit|js-cookie)($|\/)|^@lit\//.test(id);

export default [
  // ES modules for bundlers: lit and js-cookie stay dependencies of the user's build.
  {
    input: { index: 'src/index.ts', element: 'src/element.ts', define: 'src/define.ts' },
    external,
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true }), minifyTemplates()],
  },
  // The classic script: everything inlined (Lit and js-cookie as published), self-registering, global `CookieConsent`.
  {
    input: 'src/bundle.ts',
    output: {
      file: 'dist/cookie-consent.min.js',
      format: 'iife',
      name: 'CookieConsent',
      exports: 'default',
    },
    plugins: [
      nodeResolve(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist' }),
      process.env.NO_MINIFY_TEMPLATES ? null : minifyTemplates(),
      reserveNamedMembers(reserved),
      internalNamesOnlyOurs(),
      terser({
        ecma: 2021,
        // No `toplevel`: it drops the IIFE's only top-level name, the global `CookieConsent` (SPEC 2).
        compress: { passes: 3, pure_getters: true },
        // Short names for our own `_private` and `internal` members, which never leave this file. Lit's
        // protocol names start with `_$` and are left as they are.
        mangle: { properties: { regex: new RegExp(`^(_(?!\\$)|(${internal.join('|')})$)`), reserved } },
        // ASCII only: the texts (French, German, Dutch, curly quotes) also read right on a page that is not
        // declared UTF-8, since the script then inherits the page's encoding. Escapes only; the code is the same.
        format: { comments: false, ascii_only: true },
      }),
      // The sha384 for a CDN script tag's `integrity` (README, Install).
      printIntegrity(),
    ],
  },
];
