// Lint: ESLint's and typescript-eslint's recommended rules, import cycles, size and nesting limits.
import js from '@eslint/js';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'data/', 'tests/artifacts/', 'bench/tmp/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    settings: { 'import-x/extensions': ['.ts', '.js'], 'import-x/resolver': { node: { extensions: ['.ts', '.js'] } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
      // Imports go one way. The server uses the indexer's shared library only through its public
      // modules; the page uses only the API contract's types; the shared library never reaches into
      // the build pipeline or the server.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './server',
              from: './indexer',
              except: [
                './analysis/index.ts',
                './figures/index.ts',
                './regions/index.ts',
                './store/index.ts',
                './pipeline.ts',
                './paths.ts',
              ],
              message: 'The server imports the indexer only through its public modules (an index.ts per concept).',
            },
            {
              target: './web/src',
              from: './server',
              except: ['./contract/index.ts'],
              message: 'The page imports only the API contract.',
            },
            { target: './web/src', from: './indexer', message: 'The page imports only the API contract.' },
            { target: './indexer', from: './server', message: 'The indexer does not depend on the server.' },
            {
              target: ['./indexer/analysis', './indexer/figures', './indexer/regions', './indexer/store'],
              from: './indexer',
              except: ['./analysis', './figures', './regions', './store', './data', './paths.ts'],
              message: 'The shared library does not reach into the build pipeline.',
            },
            {
              target: './server/contract',
              from: './server',
              except: ['./contract'],
              message: 'The contract depends on nothing of the server.',
            },
            {
              target: ['./server/search', './server/qa'],
              from: './server/http',
              message: 'The engine does not know about HTTP.',
            },
          ],
        },
      ],
      // Prettier wraps code at 120; this catches what it cannot wrap (comments, long strings).
      'max-len': [
        'error',
        {
          code: 120,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignorePattern: '^import ',
        },
      ],
      complexity: ['error', 20],
      'no-nested-ternary': 'error',
    },
  },
  {
    // Text from users and from the corpus is looked up in Maps: a plain object answers `constructor`,
    // `toString` or `__proto__` with what it inherits. Fixed tables and JSON shapes say why they are safe.
    files: ['server/**/*.ts', 'indexer/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSTypeReference[typeName.name="Record"][typeArguments.params.0.type="TSStringKeyword"]',
          message:
            'A lookup keyed by text is a Map (an object inherits constructor, toString…); ' +
            'for fixed keys or a JSON shape, disable this line and say why.',
        },
        {
          selector: 'TSIndexSignature',
          message: 'A lookup keyed by text is a Map (an object inherits constructor, toString…).',
        },
      ],
    },
  },
  {
    // The contract's records have fixed keys (route names, content types, schema ids) or are OpenAPI JSON.
    files: ['server/contract/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
