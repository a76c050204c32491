// Office add-in rules (load before read, sync before read, no context.sync in loops) on every
// TypeScript file, React rules on the task pane. Formatting problems are reported by Prettier.
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';

const tsFiles = ['**/*.{ts,tsx,js,mjs,cjs}'];

export default [
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'test-results/**', 'bench/results/**'] },
  ...officeAddins.configs.react.map((config) => ({ ...config, files: config.files ? tsFiles : undefined })),
  {
    files: tsFiles,
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node, ...globals.jest, Office: 'readonly', Excel: 'readonly' },
    },
    rules: {
      'office-addins/no-context-sync-in-loop': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'react/no-danger': 'error',
      'react/react-in-jsx-scope': 'off',
      'react/prop-types': 'off',
    },
  },
];
