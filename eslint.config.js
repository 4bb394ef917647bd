// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// The layering rule (DESIGN.md, STYLE.md 1): folders say which process code runs in.
//   renderer/  may import only electron/contract (never db/, Node or 'electron')
//   db/        imports nothing of ours
//   electron/  only electron/shell/ imports 'electron'
//   contract   plain data and zod: the renderer bundles it
// Bare module names go in `paths` (exact); folder globs in `patterns` (a gitignore-style
// 'electron' pattern would also match the electron/ folder).
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const exact = (names, message) => names.map((name) => ({ name, message }));

const noOurImportsFromDb = {
  group: ['**/electron', '**/electron/**', '**/renderer', '**/renderer/**'],
  message: 'db/ is the records core: it imports nothing of ours and never Electron.',
};
const rendererOnlyContract = {
  group: ['**/db', '**/db/**', '**/electron/**', '!**/electron/contract', '!**/electron/contract.js'],
  message: 'The renderer talks to the main side only through electron/contract.',
};
const rendererNoNode = exact(
  [...nodeBuiltins, 'electron', 'better-sqlite3', 'kysely'],
  'The renderer is sandboxed: no Node, no Electron, no database driver.',
);
const onlyShellImportsElectron = exact(['electron'], "Only the Electron shell (electron/shell/) imports 'electron'.");
const contractMessage = 'electron/contract is imported by the renderer: plain types and zod only.';
const contractIsPure = {
  group: ['**/handlers/**', '**/server/**', '**/shell/**', '**/cli/**'],
  message: contractMessage,
};
/** db/model/ holds pure shapes (importing nothing) that the contract shares; the rest of db/ is off limits. */
const contractNoDbButModel = { regex: '(^|/)db(/(?!model/)[^]*)?$', message: contractMessage };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Playwright fixtures take their dependencies as a destructured (possibly empty) object.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['db/migrations/**/*.ts', 'db/migrator.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { paths: rendererNoNode, patterns: [rendererOnlyContract] }],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: exact(['electron'], noOurImportsFromDb.message), patterns: [noOurImportsFromDb] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/shell/**'],
    rules: { 'no-restricted-imports': ['error', { paths: onlyShellImportsElectron }] },
  },
  {
    files: ['electron/contract.ts', 'electron/contract-types.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: exact([...nodeBuiltins, 'electron'], contractMessage), patterns: [contractIsPure, contractNoDbButModel] },
      ],
    },
  },
);
