import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../sync-server/http/app';
import { importRegistry } from '../../sync-server/registry/registry-import';
import { openDatabase, type ServerDb } from '../../sync-server/storage/database';

/** The real central server on a loopback port over its own database (an SQLite file or a PostgreSQL URL), for the sync budgets of DESIGN §10. */
export interface BenchServer {
  url: string;
  db: ServerDb;
  close(): Promise<void>;
}

export async function startBenchServer(location: string): Promise<BenchServer> {
  const db = await openDatabase(location);
  const app = createApp({ db, rateLimitPerMinute: 1_000_000 });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.destroy();
    },
  };
}

const root = resolve(import.meta.dirname, '../..');

/** `npm run server -- serve` in a process of its own: the central server as a school reaches it, on another machine's CPU. */
export interface ServeProcess {
  base: string;
  child: ChildProcess;
}

/** Starts `serve` on a free loopback port over the database `env` names (DATABASE_URL or SYNC_DB); answers its base URL. */
export async function serveProcess(env: { DATABASE_URL?: string; SYNC_DB?: string }): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/cli.ts', 'serve', '--port', '0', '--rate-limit', '1000000'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: '', SYNC_DB: '', ...env },
  });
  const base = await new Promise<string>((resolveBase, reject) => {
    child.stdout?.setEncoding('utf8').on('data', (text: string) => {
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (m?.[1]) resolveBase(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { base, child };
}

/** Stops a `serve` process and waits until it has exited (its database file is then whole). */
export async function stopServeProcess({ child }: ServeProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/**
 * A registry mirror of `people` persons: the given CSV rows (header first) plus made-up birth certificates with
 * 7-digit numbers, which no demo card uses, up to the total. Written to a file and imported as `registry import` does.
 */
export async function importLargeRegistry(db: ServerDb, dir: string, knownCsv: string, people: number): Promise<void> {
  const file = join(dir, 'registry.csv');
  const out = createWriteStream(file);
  const known = knownCsv.trimEnd().split('\n');
  out.write(`${known.join('\n')}\n`);
  const series = ['І-АБ', 'ІІ-ВГ', 'І-ДЕ', 'ІІІ-ЖЗ'];
  for (let i = known.length - 1; i < people; i++) {
    const line = `birth_certificate,${series[i % series.length]},${String(1_000_000 + i)},Тестенко${i % 997},Особа${i % 389},,${2000 + (i % 20)}-0${1 + (i % 9)}-1${i % 10},${i % 2 ? 'M' : 'F'},0\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  await importRegistry(db, file);
}
