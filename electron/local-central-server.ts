import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { generateDemoSchool } from './backend/demo/generate-demo-school';
import { demoRegistryCsv } from './backend/demo/demo-registry';

/**
 * The central server `npm start` runs for the demo school when no other server is configured (DESIGN §2): the real
 * sync-server in a child process, on loopback, with its own database, the demo school, a token for it and the demo
 * registry — made once, in the demo's data folder, through the server's own admin command line.
 */
const root = resolve(import.meta.dirname, '..');

export interface LocalCentralServer {
  url: string;
  token: string;
  stop(): Promise<void>;
}

function serverCli(args: string[]): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'sync-server/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    const lines = `${result.stderr}\n${result.stdout}`.split('\n').map((l) => l.trim()).filter(Boolean);
    const reason = lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.at(-1) ?? `exit code ${result.status}`;
    throw new Error(`central server: ${args.slice(0, 2).join(' ')} failed: ${reason}`);
  }
  return result.stdout;
}

/** Creates the server database with the demo school, its registry and a token, unless a previous run did. */
function prepareDemoServer(folder: string, today: string): { db: string; token: string } {
  const db = join(folder, 'central-server.sqlite');
  const tokenFile = join(folder, 'school-token');
  if (existsSync(db) && existsSync(tokenFile)) return { db, token: readFileSync(tokenFile, 'utf8').trim() };
  mkdirSync(folder, { recursive: true });
  const demo = generateDemoSchool({ today });
  const registry = join(folder, 'demo-registry.csv');
  writeFileSync(registry, demoRegistryCsv(demo));
  if (!existsSync(db)) {
    serverCli(['school', 'add', '--code', demo.school.code, '--name', demo.school.name, '--country', demo.school.country, '--db', db]);
    serverCli(['registry', 'import', registry, '--db', db]);
  }
  const token = serverCli(['token', 'issue', '--school', demo.school.code, '--db', db]).trim().split('\n').at(-1) ?? '';
  writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
  chmodSync(tokenFile, 0o600);
  return { db, token };
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`central server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('central server did not start within a minute');
}

export async function startLocalCentralServer(folder: string, today: string): Promise<LocalCentralServer> {
  const { db, token } = prepareDemoServer(folder, today);
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/cli.ts', 'serve', '--port', String(port), '--host', '127.0.0.1', '--db', db], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child);
  return {
    url,
    token,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
