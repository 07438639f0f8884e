import tseslint from 'typescript-eslint';

/** Import rules of DESIGN.md §1: dependencies point one way, and only electron/main and electron/preload touch Electron. */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads'];

/** The bare package `electron`: a path rule, since a pattern would also match our own electron/ folder. */
const electronPackage = { name: 'electron', message: "Only electron/main and electron/preload import 'electron'." };

function restrict(patterns) {
  return { 'no-restricted-imports': ['error', { paths: [electronPackage], patterns }] };
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-electron/**', 'release/**', 'bench/results/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: restrict([
      { group: ['../electron/**', '../../electron/**', '../renderer/**', '../../renderer/**', '../sync-server/**', '../../sync-server/**'], message: 'core imports nothing of ours outside core/.' },
      { group: ['react', 'react-dom', 'better-sqlite3', 'hono', ...nodeBuiltins], message: 'core is pure TypeScript: no Node, DOM or Electron.' },
    ]),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: restrict([
      { group: ['**/electron/**', '**/sync-server/**', 'better-sqlite3', ...nodeBuiltins], message: 'The renderer talks to the backend only through the typed client.' },
    ]),
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/web/**/*.ts', 'electron/*.ts', 'sync-server/**/*.ts', 'tests/**/*.ts', 'build/**/*.ts'],
    rules: restrict([]),
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: restrict([
      { group: ['**/renderer/**', '**/sync-server/**', '../main/**', '../preload/**', '../web/**'], message: 'The backend is plain Node and knows no transport.' },
    ]),
  },
  {
    files: ['sync-server/**/*.ts'],
    rules: restrict([{ group: ['**/electron/**', '**/renderer/**'], message: 'The server depends on core/ only.' }]),
  },
);
