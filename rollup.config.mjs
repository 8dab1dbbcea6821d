import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';
import { reserveNamedMembers } from './scripts/reserve-named-members.mjs';

/** `_private` member names that also appear in strings (Lit's decorators name them), so terser keeps them. */
const reserved = [];

/** Our own source only: dependencies are bundled as published, never transformed. */
const ours = ['src/**/*.ts'];

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
      terser({
        ecma: 2021,
        // No `toplevel`: it drops the IIFE's only top-level name, the global `CookieConsent` (SPEC 2).
        compress: { passes: 3, pure_getters: true },
        // Short names for our own `_private` members, which never leave this file. Lit's protocol names
        // start with `_$` and are left as they are.
        mangle: { properties: { regex: /^_(?!\$)/, reserved } },
        format: { comments: false },
      }),
    ],
  },
];
