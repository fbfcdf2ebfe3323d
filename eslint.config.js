// @ts-check
/**
 * ESLint flat config: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro.
 * Type-aware rules are left out on purpose: `npm run check` already runs the type checker, and a
 * typed lint would type-check the project a second time on a 2-core CI machine.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // The same generated and third-party folders as .prettierignore; content/ holds no code.
  globalIgnores([
    'dist/',
    'node_modules/',
    '.astro/',
    '.tmp/',
    '.nginx/',
    'coverage/',
    'content/',
    'tests/fixtures/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Everything runs in Node (build, integrations, scripts, tests) unless listed below.
    files: ['**/*.{js,mjs,ts}'],
    ignores: ['src/islands/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Islands are bundled for the browser; they must not reach for Node's globals.
    // (Scripts inside .astro files get browser globals from eslint-plugin-astro.)
    files: ['src/islands/**/*.{js,ts}'],
    languageOptions: { globals: globals.browser },
  },
);
