import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { localDate, schoolTimeZone } from '../../core/time/local-date';
import { demoRegistryCsv } from '../../electron/backend/demo/demo-registry';
import { defaultDemoSeed, generateDemoSchool } from '../../electron/backend/demo/generate-demo-school';
import { demoAdministrator } from '../../electron/backend/demo/demo-accounts';
import { addSchool } from '../../sync-server/admin/schools';
import { issueToken } from '../../sync-server/admin/tokens';
import { openDatabase } from '../../sync-server/storage/database';
import { call } from './backend-call';
import { defineBenchCase, type BenchCase, type BenchFixtures } from './bench-case';
import { startBenchPostgres, type BenchPostgres } from './bench-postgres';
import { importLargeRegistry, serveProcess, startBenchServer, stopServeProcess, type ServeProcess } from './central-server';

const registryPeople = 1_000_000;
/**
 * Schools of the demo's size, other people and ids, whose first syncs warm each server up before the demo's is timed:
 * a central server runs for months, its code compiled to steady state. Measured here (2026-12-01): the server's share
 * of a demo-sized first sync fell from ~0.98 s in a fresh process to ~0.5 s after three such syncs.
 */
const warmSeeds = [defaultDemoSeed + 1, defaultDemoSeed + 2, defaultDemoSeed + 3];
const warmup = 1;
const iterations = 3;

interface Pc {
  backend: Backend;
  session: string;
  server: ServeProcess;
}

/** An office PC holding a copy of `seeded`, signed in and set up to sync with `server` under `token`. */
async function officePc(fixtures: BenchFixtures, seeded: string, server: ServeProcess, token: string): Promise<Pc> {
  const dataDir = join(fixtures.tempDir('sync-pc'), 'data');
  cpSync(seeded, dataDir, { recursive: true });
  const backend = createBackend({ dataDir });
  const { session } = await call(backend, 'auth.login', { login: demoAdministrator.login, password: demoAdministrator.password }, null);
  await call(backend, 'sync.saveSettings', { serverUrl: server.base, token }, session);
  return { backend, session, server };
}

/** Sync all to its end; anything but a first sync that verified cards, with nothing refused, fails the case. */
async function firstSync(pc: Pc): Promise<void> {
  await call(pc.backend, 'sync.start', {}, pc.session);
  await pc.backend.sync.idle();
  const status = await call(pc.backend, 'sync.status', {}, pc.session);
  if (status.error || status.unsent > 0) throw new Error(`Sync all did not finish: ${JSON.stringify(status.error)}, ${status.unsent} unsent`);
  const result = status.lastResult;
  if (!result || result.rejected > 0 || result.conflicts > 0 || result.summary.verified === 0) throw new Error(`Sync all was not a first sync: ${JSON.stringify(result)}`);
}

/** The registry rows of the demo's people and of the warm-up schools', under one header. */
function registryOfSchools(today: string): string {
  const [header, ...demo] = demoRegistryCsv(generateDemoSchool({ today })).trimEnd().split('\n');
  const others = warmSeeds.flatMap((seed) => demoRegistryCsv(generateDemoSchool({ today, seed })).trimEnd().split('\n').slice(1));
  return [header, ...demo, ...others].join('\n');
}

/** Fresh copies of one server database holding the mirror: each run syncs with a server that has never seen the school. */
interface ServerCopies {
  /** The database the mirror is imported into. */
  mirror(): Promise<string>;
  /** The mirror's database, closed, copied for run `i`. */
  copy(i: number): Promise<string>;
  dispose(): Promise<void>;
}

function sqliteCopies(tempDir: (label: string) => string): ServerCopies {
  const mirrorDir = tempDir('central');
  return {
    mirror: async () => join(mirrorDir, 'central.sqlite'),
    copy: async () => {
      const dir = tempDir('central-run');
      cpSync(join(mirrorDir, 'central.sqlite'), join(dir, 'central.sqlite'));
      return join(dir, 'central.sqlite');
    },
    dispose: async () => undefined,
  };
}

function postgresCopies(): ServerCopies {
  let cluster: BenchPostgres | undefined;
  return {
    mirror: async () => {
      cluster = await startBenchPostgres();
      return cluster.createDatabase('bench_mirror');
    },
    copy: async (i) => {
      if (!cluster) throw new Error('the mirror comes first');
      return cluster.createDatabase(`bench_run_${i}`, 'bench_mirror');
    },
    dispose: async () => cluster?.stop(),
  };
}

/**
 * Sync all of the demo school's records, all new to the server (1,959 students and 150 staff with their 70 classes
 * and enrollments, ~4,250 records): push, core checks and registry comparison against a 1M-person mirror, report
 * back, pull. Each run is a fresh copy of the demo school syncing with a fresh copy of the server's database and its
 * mirror, on SQLite or on PostgreSQL, served by `serve` in a process of its own that three other schools warmed up.
 */
export function syncAllCase(database: 'sqlite' | 'postgres'): BenchCase<{ pcs: Pc[]; copies: ServerCopies }> {
  return defineBenchCase<{ pcs: Pc[]; copies: ServerCopies }>({
    name: database === 'sqlite' ? 'sync-all-2150' : 'sync-all-2150-postgres',
    title: `Sync all of 2,150 new cards against a 1M-person registry mirror${database === 'sqlite' ? '' : ' (server on PostgreSQL)'}`,
    budgetMs: 1000,
    figure: 'max',
    warmup,
    iterations,
    async setup(fixtures) {
      // One server database with the mirror, copied for each run: a run must push records the server has never seen
      // (the same demo copy pushed twice to one server would only meet FOREIGN_ID refusals and measure those).
      const copies = database === 'sqlite' ? sqliteCopies(fixtures.tempDir) : postgresCopies();
      const mirror = await startBenchServer(await copies.mirror());
      const started = performance.now();
      await importLargeRegistry(mirror.db, fixtures.tempDir('registry'), registryOfSchools(localDate(new Date(), schoolTimeZone('UA'))), registryPeople);
      console.log(`  (registry mirror of ${registryPeople.toLocaleString('en')} people imported in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
      await mirror.close();
      const demo = await fixtures.demoSchool();
      const warmSchools = await Promise.all(warmSeeds.map((seed) => fixtures.otherDemoSchool(seed)));
      const pcs: Pc[] = [];
      for (let i = 0; i < warmup + iterations; i++) {
        const location = await copies.copy(i);
        const serverDb = await openDatabase(location);
        const tokens: string[] = [];
        for (const [k, code] of [...warmSeeds.map((seed) => `WARM${seed}`), 'BENCH'].entries()) {
          await addSchool(serverDb, { code, name: `Bench school ${k + 1}`, country: 'UA' }, new Date());
          tokens.push(await issueToken(serverDb, code, new Date()));
        }
        await serverDb.destroy();
        const server = await serveProcess(database === 'sqlite' ? { SYNC_DB: location } : { DATABASE_URL: location });
        for (const [k, seeded] of warmSchools.entries()) {
          const warmPc = await officePc(fixtures, seeded, server, tokens[k] ?? '');
          await firstSync(warmPc);
          warmPc.backend.close();
        }
        pcs.push(await officePc(fixtures, demo, server, tokens.at(-1) ?? ''));
      }
      return { pcs, copies };
    },
    async iteration({ pcs }, index) {
      const pc = pcs[index];
      if (!pc) throw new Error('no prepared office PC');
      await firstSync(pc);
    },
    async teardown({ pcs, copies }) {
      for (const pc of pcs) {
        pc.backend.close();
        await stopServeProcess(pc.server);
      }
      await copies.dispose();
    },
  });
}
