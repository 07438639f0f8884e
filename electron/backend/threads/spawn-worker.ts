import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Where the worker scripts are: the sources (web mode and tests, under tsx) or the bundles of the packaged app. */
export interface WorkerScripts {
  backend: string;
  jobs: string;
}

/** tsx's ESM API as its package exports it (`tsx/esm/api`, import condition). */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const entry = pkg.exports['./esm/api'];
  if (!entry) throw new Error('tsx does not export ./esm/api');
  return pathToFileURL(join(dirname(manifest), entry.import.default)).href;
}

/**
 * Starts a worker thread on `script`: a bundled `.cjs` as it is; a `.ts` source through a small bootstrap that
 * registers tsx in the new thread first (Node 20 does not apply a parent's `--import tsx` to a worker's entry).
 */
export function spawnWorker(script: string, workerData: unknown): Worker {
  if (!script.endsWith('.ts')) return new Worker(script, { workerData });
  const bootstrap = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(script).href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
