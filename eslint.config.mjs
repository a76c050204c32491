// ESLint: TypeScript and React rules everywhere; the Office add-in rules (load before read, sync
// before read, no context.sync in loops) where code talks to Excel through Office.js.
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const codeFiles = ['**/*.{ts,tsx,js,mjs,cjs}'];

// The Office rules are heuristics keyed on names such as `load`, `value` and `items`; ExcelJS
// objects use the same names without any sync, so applying them to the file adapter, the CLI or
// tests of those would only report false alarms.
const officeJsFiles = [
  'src/adapters/excel/**',
  'src/taskpane/**',
  'src/commands/**',
  'src/preview/**',
  'src/testing/**',
  'tests/adapters/excel/**',
];

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, 'off']),
);

export default [
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'test-results/**', 'bench/results/**'] },
  ...officeAddins.configs.react.map((config) => (config.files ? { ...config, files: codeFiles } : config)),
  {
    files: codeFiles,
    languageOptions: {
      // The plugin's own config names its parser through a default import that resolves to
      // undefined, which silently falls back to espree; name the TypeScript parser here.
      parser: tseslint.parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      ecmaVersion: 2022,
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: 'readonly',
        Excel: 'readonly',
      },
    },
    rules: {
      ...officeRules,
      // TypeScript itself reports undefined names, and knows type-only globals such as NodeJS.
      'no-undef': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'react/no-danger': 'error',
      'react/react-in-jsx-scope': 'off',
      'react/prop-types': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // The project has no path aliases, so import-x's own resolver (unrs-resolver, installed with
      // it) finds every relative import once it knows the TypeScript extensions; no separate
      // TypeScript resolver package is needed.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      // A cycle means a module cannot be read, tested or loaded without the one that imports it.
      // Type-only imports (`import type`, or every name marked `type`) do not count: TypeScript
      // erases them, so they cannot leave a module half-initialised at load time, and import-x
      // skips them by design. Plain imports count even when they bring only types, so mark them.
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      // The core is pure TypeScript: nothing from the rest of the project (adapters, faces,
      // templates, scripts)...
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: '.',
              except: ['./src/core', './node_modules'],
              message:
                'The core (src/core) imports only from src/core and zod (docs/design.md, "Architecture").',
            },
          ],
        },
      ],
      // ...and no package but zod: no Office, DOM, ExcelJS or Node I/O.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod(/|$))(?!\\.{1,2}(/|$))',
              message:
                'The core (src/core) imports only from src/core and zod (docs/design.md, "Architecture").',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.{ts,tsx}'],
    rules: {
      // The CLI reaches the file adapter through its public index only, and never the add-in's.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/adapters/xlsx/*', '**/adapters/excel', '**/adapters/excel/**'],
              message: 'The CLI imports the file adapter through src/adapters/xlsx/index.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: officeJsFiles,
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
];
