import { cpSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { demoAdministrator } from '../../electron/backend/demo/demo-accounts';
import { addSchool } from '../../sync-server/admin/schools';
import { issueToken } from '../../sync-server/admin/tokens';
import { openDatabase } from '../../sync-server/storage/database';
import { call } from './backend-call';
import type { BenchFixtures } from './bench-case';
import { serveProcess, stopServeProcess, type ServeProcess } from './central-server';

/**
 * An office PC holding a copy of a seeded demo, set up to sync with its own fresh central server. The server is
 * `npm run server -- serve` in a process of its own, as a school's office PC and the central server are two machines:
 * in one thread the office would wait for every answer's CPU as if it were its own.
 */
export interface JournalPc {
  backend: Backend;
  session: string;
  server: ServeProcess;
  serverDbFile: string;
  schoolId: string;
}

export async function journalPc(fixtures: BenchFixtures, seeded: string): Promise<JournalPc> {
  const serverDbFile = join(fixtures.tempDir('journal-central'), 'central.sqlite');
  const serverDb = await openDatabase(serverDbFile);
  const school = await addSchool(serverDb, { code: 'BENCH', name: 'Bench school', country: 'UA' }, new Date());
  const token = await issueToken(serverDb, 'BENCH', new Date());
  await serverDb.destroy();
  const server = await serveProcess({ SYNC_DB: serverDbFile });
  const dataDir = join(fixtures.tempDir('journal-pc'), 'data');
  cpSync(seeded, dataDir, { recursive: true });
  const backend = createBackend({ dataDir });
  const { session } = await call(backend, 'auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);
  await call(backend, 'sync.saveSettings', { serverUrl: server.base, token }, session);
  return { backend, session, server, serverDbFile, schoolId: school.id };
}

/** Sync all, as the button runs it, to its end; a refusal, a conflict or a change left unsent fails the case. */
export async function syncAll(pc: JournalPc): Promise<void> {
  await call(pc.backend, 'sync.start', {}, pc.session);
  await pc.backend.sync.idle();
  const status = await call(pc.backend, 'sync.status', {}, pc.session);
  if (status.error || status.unsent > 0) throw new Error(`Sync all did not finish: ${JSON.stringify(status.error)}, ${status.unsent} unsent`);
  const result = status.lastResult;
  if (!result || result.rejected > 0 || result.conflicts > 0) throw new Error(`Sync all was refused in part: ${JSON.stringify(result)}`);
}

/**
 * Fails unless the server's database holds as many live marks of the school (synced type `mark`, DESIGN §7) as the
 * PC: a Sync all that pushes no journals must not pass a journal budget. One indexed count in the server's file, read
 * beside the running server (WAL), so it adds little to the figure.
 */
export function expectMarksOnServer(pc: JournalPc): void {
  const local = (pc.backend.db.prepare('SELECT count(*) FROM marks WHERE deleted = 0').pluck().get() as number) ?? 0;
  const serverDb = new Database(pc.serverDbFile, { readonly: true });
  try {
    const onServer = serverDb.prepare("SELECT count(*) FROM records WHERE school_id = ? AND type = 'mark' AND deleted = 0").pluck().get(pc.schoolId) as number;
    if (local === 0 || onServer !== local) throw new Error(`the server holds ${onServer} of the PC's ${local} marks`);
  } finally {
    serverDb.close();
  }
}

export async function closePc(pc: JournalPc): Promise<void> {
  pc.backend.close();
  await stopServeProcess(pc.server);
}
