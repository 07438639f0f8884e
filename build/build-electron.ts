import { resolve } from 'node:path';
import { build } from 'esbuild';

/** Bundles the Electron main process and the preload script (CommonJS: a sandboxed preload cannot load ESM). */
const root = resolve(import.meta.dirname, '..');

await build({
  entryPoints: { main: resolve(root, 'electron/main/main.ts'), preload: resolve(root, 'electron/preload/preload.ts') },
  outdir: resolve(root, 'dist-electron'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'better-sqlite3'],
  sourcemap: true,
  logLevel: 'warning',
});
