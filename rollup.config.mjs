import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates, reserveNamedMembers } from './scripts/minify-templates.mjs';
import { checkLitUse, trimLit } from './scripts/trim-lit.mjs';

/** `_private` member names that appear in strings too, so terser must not rename them. */
const reserved = [];

const external = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/');

export default [
  // ES modules for bundlers: lit stays a dependency of the user's build.
  {
    input: { index: 'src/index.ts', element: 'src/element.ts', define: 'src/define.ts' },
    external,
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true }), minifyTemplates()],
  },
  // The classic script: everything inlined, self-registering, global `CookieConsent`.
  {
    input: 'src/bundle.ts',
    output: {
      file: 'dist/cookie-consent.min.js',
      format: 'iife',
      name: 'CookieConsent',
      exports: 'default',
    },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      // lit-html without the features this element never uses, and a check that our source uses none.
      trimLit(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: 'dist' }),
      checkLitUse(),
      process.env.NO_MINIFY_TEMPLATES ? null : minifyTemplates(),
      reserveNamedMembers(reserved),
      terser({
        ecma: 2021,
        // No `toplevel`: it drops the IIFE's only top-level name, the global `CookieConsent` (SPEC 2).
        // `unsafe`: assumes built-ins are not replaced (it turns template literals of strings into joins).
        compress: { passes: 3, pure_getters: true, unsafe: true },
        // Short names for what never leaves this file: our `_private` members, Lit's `_$` protocol
        // names and template internals (nothing else on the page shares this copy of Lit), and our
        // internal hooks. Lit's public API and everything public of ours keep their names.
        mangle: {
          properties: {
            regex: /^_|^(parts|ctor|creationScope|renderBefore|startNode|endNode|setConnected|el|strings|consentStart|consentApplied|created)$/,
            reserved,
          },
        },
        format: { comments: false },
      }),
    ],
  },
];
