import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localDate, schoolTimeZone } from '../core/time/local-date';
import { defaultDataFolder, type Profile } from './data-folder';
import { startLocalCentralServer, type LocalCentralServer } from './local-central-server';
import { localServerEnv } from './local-server-env';
import { closeOnSignals, serveWebMode } from './web/serve';

/**
 * `npm start`: build what is stale, then run the desktop app in Electron; where the Electron binary cannot be had
 * (it is fetched on first run from outside the npm registry), say so in one line and serve web mode instead.
 */
const root = resolve(import.meta.dirname, '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function buildRendererIfStale() {
  const built = join(root, 'dist/renderer/index.html');
  const sources = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'core')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the user interface…');
  const result = spawnSync('npm', ['run', '--silent', 'build:renderer'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The user interface failed to build (see above).');
}

/** Asks the electron package for its binary in a child process, so its download attempt cannot hang us. */
function electronBinary(): { path: string } | { reason: string } {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const path = probe.stdout.trim();
  if (probe.status === 0 && path && existsSync(path)) return { path };
  // The first thrown error says why (e.g. "TypeError: fetch failed" when the download is blocked); the last line is Node's banner.
  const lines = `${probe.stderr}\n${probe.stdout}`.split('\n').map((l) => l.trim());
  return { reason: lines.find((l) => /^\w*Error: /.test(l)) ?? lines.filter(Boolean).at(-1) ?? 'unknown reason' };
}

/** The demo's local central server for the Electron app; the app works without it, only Sync all needs it. */
async function startDemoCentralServer(dataDir: string): Promise<LocalCentralServer | null> {
  try {
    return await startLocalCentralServer(join(dataDir, 'central-server'), localDate(new Date(), schoolTimeZone('UA')));
  } catch (err) {
    console.error(`The local central server did not start (${err instanceof Error ? err.message : String(err)}); Sync all will not reach it.`);
    return null;
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      profile: { type: 'string', default: 'demo' },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      web: { type: 'boolean', default: false },
    },
  });
  const profile: Profile = values.profile === 'school' ? 'school' : 'demo';
  buildRendererIfStale();

  const electron = values.web ? { reason: 'web mode requested (--web)' } : electronBinary();
  if ('path' in electron) {
    const build = spawnSync('npm', ['run', '--silent', 'build:electron'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('The Electron main process failed to build (see above).');
    const dataDir = resolve(values['data-dir'] ?? defaultDataFolder(profile));
    const central = profile === 'demo' ? await startDemoCentralServer(dataDir) : null;
    const args = [join(root, 'dist-electron/main.cjs'), `--profile=${profile}`, `--data-dir=${dataDir}`];
    // The token goes by environment, not argv, so other users' process listings do not show it.
    const env = central ? { ...process.env, [localServerEnv.url]: central.url, [localServerEnv.token]: central.token } : process.env;
    const child = spawn(electron.path, args, { cwd: root, stdio: 'inherit', env });
    child.on('exit', (code) => {
      void (central?.stop() ?? Promise.resolve()).then(() => process.exit(code ?? 0));
    });
    return;
  }

  console.log(`Electron is not available on this machine (${electron.reason}); serving web mode instead.`);
  const port = values.port === undefined ? undefined : Number(values.port);
  const { dataDir, server, central, close } = await serveWebMode({ profile, dataDir: values['data-dir'], port });
  closeOnSignals(close);
  console.log(`School Office (${profile === 'demo' ? 'demo school' : 'school'}) — data: ${dataDir}`);
  if (central) console.log(`Central server (local, demo registry): ${central.url}`);
  console.log(`Open in your browser: ${server.url}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
