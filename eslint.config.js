// Lint says where code runs and what it may import (STYLE.md, "From VS Code").
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ELECTRON_ONLY = {
  name: 'electron',
  message: "Only electron/ imports 'electron': the backend and the UI must run without it.",
};

/** @param {string[]} folders @param {string} why */
const forbidFolders = (folders, why, allowTypeImports = false) => ({
  group: folders.flatMap((f) => [`**/${f}`, `**/${f}/**`, `${f}/**`]),
  message: why,
  allowTypeImports,
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-output/', 'db/migrations/embedded.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [ELECTRON_ONLY, { name: 'react', message: 'db/ is plain Node.' }, { name: 'antd', message: 'db/ is plain Node.' }],
          patterns: [forbidFolders(['renderer', 'electron', 'scripts', 'tests'], 'db/ imports nothing of ours above it.')],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [ELECTRON_ONLY],
          patterns: [
            forbidFolders(['db'], 'The renderer reaches the backend only through renderer/api; it may import db/ types only.', true),
            forbidFolders(['electron', 'scripts'], 'The renderer does not import the shell or the scripts.'),
            { group: ['node:*', 'fs', 'path', 'crypto', 'child_process'], message: 'The renderer has no Node.' },
          ],
        },
      ],
    },
  },
  {
    // Tests of the renderer may read the backend's code list to check the catalogues are complete.
    files: ['renderer/**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [forbidFolders(['renderer', 'scripts'], 'The shell hosts db/ and loads the built renderer; it imports neither the UI nor the scripts.')] },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts', '*.ts', '*.js'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [ELECTRON_ONLY] }],
    },
  },
);
