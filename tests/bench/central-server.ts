import { createWriteStream } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
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
