import { resolve } from 'node:path';
import { build } from 'esbuild';

/** The dashboard's script and stylesheet, as the server sends them. */
export interface DashboardBundle {
  script: string;
  style: string;
}

const entry = resolve(import.meta.dirname, 'client/main.tsx');

async function bundle(): Promise<DashboardBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    outdir: 'dashboard',
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const text = (extension: string) => result.outputFiles.find((f) => f.path.endsWith(extension))?.text ?? '';
  return { script: text('.js'), style: text('.css') };
}

let built: Promise<DashboardBundle> | null = null;

/**
 * Built from the sources on first use and kept for the process's life (esbuild comes with tsx, which runs the
 * server): no build step before `serve`, nothing stale on disk, and every instance serves the same files.
 */
export function dashboardBundle(): Promise<DashboardBundle> {
  built ??= bundle().catch((err: unknown) => {
    built = null;
    throw err;
  });
  return built;
}
