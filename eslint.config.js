// Flat config: typescript-eslint everywhere, React hooks rules in the renderer,
// and import bans that keep sim/ pure and the renderer free of Node/Electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import k2 from './scripts/lint/importLayers.js';

const nodeOnly = ['fs', 'fs/*', 'node:*', 'path', 'os', 'child_process', 'electron', 'electron/*'];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'dist-web',
      'dist-web-*',
      'release',
      'coverage',
      'tests/fixtures',
      '.tmp',
    ],
  },
  js.configs.recommended,
  {
    // Imports run one way: sim/ stands alone, main/ and the renderer meet only in sim/, renderer folders by layer.
    files: ['sim/**/*.ts', 'main/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { k2 },
    rules: { 'k2/import-layers': 'error' },
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['main/**', 'scripts/**', 'tests/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The core must run in the app, a worker, the CLI and tests alike.
    files: ['sim/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: nodeOnly,
              message:
                'sim/ is pure: no Node or Electron APIs (the command line reads and writes files in main/cli/).',
            },
            {
              group: ['react', 'react-dom', 'react/*', 'recharts', 'recharts/*'],
              message: 'sim/ is pure: no UI.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'The renderer talks to the OS only through the preload bridge.' },
          ],
        },
      ],
    },
  },
);
