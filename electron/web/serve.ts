import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend/backend';
import { seedDemoSchoolOnFirstRun } from '../backend/demo/seed-demo-school';
import { defaultDataFolder, type Profile } from '../data-folder';
import { startWebServer } from './web-server';

/**
 * Web mode: the app for a machine without the Electron binary (and for end-to-end tests).
 * `--profile demo` opens the demo school, seeding it on first run; `--profile school` a real school.
 */
export async function serveWebMode(options: { profile: Profile; dataDir?: string; port?: number }) {
  const dataDir = resolve(options.dataDir ?? defaultDataFolder(options.profile));
  mkdirSync(dataDir, { recursive: true });
  const backend = createBackend({ dataDir });
  if (options.profile === 'demo') await seedDemoSchoolOnFirstRun(backend);
  const server = await startWebServer({
    target: backend,
    staticDir: resolve(import.meta.dirname, '../../dist/renderer'),
    port: options.port,
  });
  return { dataDir, backend, server };
}

async function main() {
  const { values } = parseArgs({
    options: {
      profile: { type: 'string', default: 'school' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
    },
  });
  const profile = values.profile === 'demo' ? 'demo' : 'school';
  const port = values.port === undefined ? undefined : Number(values.port);
  const { dataDir, backend, server } = await serveWebMode({ profile, dataDir: values['data-dir'], port });
  console.log(`School Office (web mode) — data: ${dataDir}`);
  console.log(`Open: ${server.url}`);
  const stop = async () => {
    await server.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
