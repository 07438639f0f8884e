import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles the Electron main process, the preload script (CommonJS: a sandboxed preload cannot load ESM) and the two
 * worker threads the main process starts: the backend's and its long jobs'.
 */
const root = resolve(import.meta.dirname, '..');

await build({
  entryPoints: {
    main: resolve(root, 'electron/main/main.ts'),
    preload: resolve(root, 'electron/preload/preload.ts'),
    'backend-worker': resolve(root, 'electron/backend/host/backend-worker.ts'),
    'job-worker': resolve(root, 'electron/backend/jobs/job-worker.ts'),
  },
  outdir: resolve(root, 'dist-electron'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'better-sqlite3'],
  sourcemap: true,
  logLevel: 'warning',
  // import.meta serves the sources only (tsx workers, the repository's resources/); the packaged app passes paths.
  logOverride: { 'empty-import-meta': 'silent' },
});
