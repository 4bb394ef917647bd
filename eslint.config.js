// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import local from './build/lint/code-import-patterns.js';

// The layering rule (DESIGN.md, STYLE.md 1): folders say which process code runs in.
// An allow-list per folder, VS Code's code-import-patterns style (build/lint/code-import-patterns.js):
// each file belongs to the first layer whose target matches, and imports of ours that its
// layer does not list fail; so does a file that no layer covers. Proved by build/lint/layering.test.ts.
const model = 'db/model/**'; // plain types and `as const` lists: importable by everyone, imports nothing of ours
const contract = ['electron/contract', 'electron/contract/**'];
const layers = [
  { target: [model], allow: [model], packages: [] },
  // Migrations are frozen in time: they never import app code.
  { target: ['db/migrations/**'], allow: ['db/migrations/**'] },
  { target: ['db/**'], allow: ['db/**'] },
  // The renderer bundles the contract: plain data and zod only.
  { target: [...contract, 'electron/contract.test'], allow: [...contract, model], packages: ['zod'] },
  // Web serving shared by the shell's app:// protocol and the browser-mode server.
  { target: ['electron/web/**'], allow: ['electron/web/**', model] },
  { target: ['electron/handlers/**'], allow: ['electron/handlers/**', ...contract, 'db/**'] },
  // The worker host of the core.
  { target: ['electron/core/**'], allow: ['electron/core/**', 'electron/handlers/**', ...contract, 'db/**'] },
  // The hosts pass commands to the core: none of them reaches the handlers or the database.
  { target: ['electron/server/**'], allow: ['electron/server/**', 'electron/web/**', 'electron/core/client', ...contract, model] },
  { target: ['electron/cli/**'], allow: ['electron/cli/**', 'electron/server/**', 'electron/core/client', ...contract, 'db/paths', 'db/errors', model] },
  { target: ['electron/shell/**'], allow: ['electron/shell/**', 'electron/web/**', 'electron/core/client', ...contract, 'db/paths', 'db/errors', model] },
  { target: ['renderer/**'], allow: ['renderer/**', ...contract, model] },
  // Specs drive the built app; they read the contract, make fixtures with db/ and find the Electron binary.
  { target: ['e2e/**'], allow: ['e2e/**', ...contract, 'db/**', 'electron/cli/electron-binary'] },
  { target: ['bench/**'], allow: ['**'] },
  { target: ['build/**'], allow: ['**'] },
  // Tool configs at the top of the repository.
  { target: ['*'], allow: ['**'] },
];
// Tests and test helpers (test-*.ts) are not shipped: they may also set up archives with db/ and
// in-process sessions with the handlers, use a static-folder stand-in and the built bundles of
// dist/, and any package.
const tests = {
  files: /(?:\.test\.tsx?|[\\/]test-[a-z-]+\.ts)$/,
  allow: ['db/**', 'electron/handlers/**', 'electron/web/test-static-dir', 'electron/shell/test-built-bundles'],
};
const layering = { root: import.meta.dirname, layers, tests };

// Bare module names the layers must not import (the allow-list above covers our own files).
// Bare names go in `paths` (exact): a gitignore-style 'electron' pattern would also match the folder.
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const exact = (names, message) => names.map((name) => ({ name, message }));
const rendererNoNode = exact(
  [...nodeBuiltins, 'electron', 'better-sqlite3', 'kysely'],
  'The renderer is sandboxed: no Node, no Electron, no database driver.',
);
const onlyShellImportsElectron = exact(['electron'], "Only the Electron shell (electron/shell/) imports 'electron'.");

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
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { local },
    rules: { 'local/code-import-patterns': ['error', layering] },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['electron/shell/**'],
    rules: { 'no-restricted-imports': ['error', { paths: onlyShellImportsElectron }] },
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
      'no-restricted-imports': ['error', { paths: rendererNoNode }],
    },
  },
);
