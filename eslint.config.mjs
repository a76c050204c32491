// ESLint: TypeScript and React rules everywhere; the Office add-in rules (load before read, sync
// before read, no context.sync in loops) where code talks to Excel through Office.js.
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
