import pg from 'pg';
import { startEmbeddedCluster } from '../fixtures/sync-server/embedded-cluster';

/** A PostgreSQL for the bench cases that measure the server on it: $DATABASE_URL, else an embedded one of their own. */
export interface BenchPostgres {
  /** A new database (optionally a copy of `template`), as the URL the server takes. */
  createDatabase(name: string, template?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startBenchPostgres(): Promise<BenchPostgres> {
  const given = process.env.DATABASE_URL;
  // A production server keeps fsync on; the bench measures the server's work, not this machine's disk.
  const server = given
    ? { adminUrl: given, stop: async () => undefined }
    : await startEmbeddedCluster('school-office-bench-pg-', ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'synchronous_commit=off']);
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
