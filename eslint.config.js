// ESLint (flat config): the recommended rules of ESLint and typescript-eslint everywhere, and
// eslint-plugin-solid's rules (its TypeScript config, for Solid 1.x) for the pages under web/.
// Formatting is Prettier's job (.prettierrc); `npm run lint` runs both.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'data/', 'backups/', 'test/artifacts/', 'db/migrations/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed names are unused on purpose (a destructured field left out, a callback's first argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Chinese text uses the full-width space (U+3000) on purpose; elsewhere an odd space is still an error.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    ...solid,
    languageOptions: { ...solid.languageOptions, globals: { ...globals.browser } },
    rules: {
      ...solid.rules,
      // `let el!: HTMLElement` + `ref={el}`: Solid's compiler assigns the ref, which this rule cannot see.
      'no-unassigned-vars': 'off',
      // A form's checks given to `errors.check(() => …)` / `errors.local(() => …)` (../web/app/form-errors.ts)
      // are re-run inside the fields' tracked scopes, so their reads are meant to be reactive.
      'solid/reactivity': ['warn', { customReactiveFunctions: ['check', 'local'] }],
    },
  },
  {
    // Tests and tools read the API's JSON loosely (`res.body.items[0].id`); typing every answer there
    // would add nothing the API tests do not already check.
    files: ['test/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The route table's generic defaults (RouteDef<A, P = any, Q = any, B = any>) accept any schema.
    files: ['server/http/route.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
