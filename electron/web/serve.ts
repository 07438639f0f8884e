import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend/backend';
import { schoolToday } from '../backend/clock';
import { plainSecretStore } from '../backend/sync/secret-store';
import { adoptLocalServer, hasOwnServer } from '../backend/sync/sync-settings';
import { startLocalCentralServer, type LocalCentralServer } from '../local-central-server';
import { seedDemoSchoolOnFirstRun } from '../backend/demo/seed-demo-school';
import { defaultDataFolder, type Profile } from '../data-folder';
import { startWebServer } from './web-server';

/**
 * Web mode: the app for a machine without the Electron binary (and for end-to-end tests).
 * `--profile demo` opens the demo school, seeding it on first run; `--profile school` a real school.
 */
export async function serveWebMode(options: { profile: Profile; dataDir?: string | undefined; port?: number | undefined }) {
  const dataDir = resolve(options.dataDir ?? defaultDataFolder(options.profile));
  mkdirSync(dataDir, { recursive: true });
  const backend = createBackend({ dataDir, scheduledBackups: true });
  let central: LocalCentralServer | null = null;
  if (options.profile === 'demo') {
    await seedDemoSchoolOnFirstRun(backend);
    if (!hasOwnServer(backend.db)) {
      // The app works fully without it; only Sync all needs it, and says so when it is missing.
      try {
        central = await startLocalCentralServer(join(dataDir, 'central-server'), schoolToday(backend.db, backend.now()));
        adoptLocalServer(backend.db, plainSecretStore, central.url, central.token);
      } catch (err) {
        console.error(`The local central server did not start (${err instanceof Error ? err.message : String(err)}); Sync all will not reach it.`);
      }
    }
  }
  const server = await startWebServer({
    target: backend,
    staticDir: resolve(import.meta.dirname, '../../dist/renderer'),
    port: options.port,
  });
  const close = async () => {
    await server.close();
    await central?.stop();
    backend.close();
  };
  return { dataDir, backend, server, central, close };
}

/** Ctrl+C or a kill closes the web server, the local central server and the database, in that order. */
export function closeOnSignals(close: () => Promise<void>): void {
  const stop = () => {
    void close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
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
  const { dataDir, server, central, close } = await serveWebMode({ profile, dataDir: values['data-dir'], port });
  closeOnSignals(close);
  console.log(`School Office (web mode) — data: ${dataDir}`);
  if (central) console.log(`Central server (local, demo registry): ${central.url}`);
  console.log(`Open: ${server.url}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
