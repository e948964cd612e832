import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import layers from './eslint-rules/layers.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      'dist-server',
      'node_modules',
      'reports',
      'public/mockServiceWorker.js',
      'bench/results',
      'bench/.data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, local: { rules: { layers } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'local/layers': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // CommonJS files: loaded by path with require() (autocannon's setupClient hook).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // Test helpers named use* (useMockApi, useBrowser) register vitest hooks, not React hooks.
    files: ['tests/**', '**/*.test.{ts,tsx}', '**/*.e2e.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // model/ is pure: no JSX, no fetch.
    files: ['src/features/*/model/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'model/ holds pure transforms; fetch in api/' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'recharts', '@tanstack/*'], message: 'model/ holds pure transforms' },
          ],
        },
      ],
    },
  },
);
