import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { sql } from 'kysely';
import { maxChangesPerPush, type PushChange } from '../../core/sync/push';
import { lessonId, markId } from '../../electron/backend/journals/journal-ids';
import { addSchool } from '../../sync-server/admin/schools';
import { issueToken } from '../../sync-server/admin/tokens';
import { createApp } from '../../sync-server/http/app';
import { openDatabase, type ServerDb } from '../../sync-server/storage/database';
import { newChange, studentCard } from '../fixtures/sync-server/cards';
import { journalChanges, lessonChange, markChange } from '../fixtures/sync-server/journal-changes';
import { defineBenchCase, type BenchCase } from './bench-case';
import { startBenchPostgres, type BenchPostgres } from './bench-postgres';

const warmup = 2;
const iterations = 8;
const studentsPerClass = 25;
/** Other schools' records already stored: a first sync of a year of journals meets a table growing to ~630k rows. */
const storedElsewhere = 300_000;
const lessonsPerBatch = maxChangesPerPush / studentsPerClass;
/** The server's "today": inside the semester the lessons are in. */
const now = new Date('2025-12-20T09:00:00Z');

interface State {
  app: Hono;
  db: ServerDb;
  token: string;
  /** One body per warm-up and measured run: 5,000 marks the server has not seen, of lessons it holds. */
  bodies: string[];
  cluster: BenchPostgres | null;
  /** CPU time of this process (the app's JavaScript and, on SQLite, the database's) per measured run, in ms. */
  cpuMs: number[];
}

async function post(state: Pick<State, 'app' | 'token'>, body: string): Promise<{ results: { outcome: string }[] }> {
  const response = await state.app.request('/api/v1/sync/push', {
    method: 'POST',
    headers: { Authorization: `Bearer ${state.token}`, 'X-Device-Id': 'bench-pc', 'Content-Type': 'application/json' },
    body,
  });
  if (response.status !== 200) throw new Error(`push answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
  return (await response.json()) as { results: { outcome: string }[] };
}

function batch(changes: PushChange[]): string {
  return JSON.stringify({ batchId: randomUUID(), changes });
}

function lessonDate(i: number): string {
  const day = new Date(Date.UTC(2025, 8, 1) + (i % 110) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Fills the records table with other schools' records of a mark's size under random ids, as the indexes then are. */
async function storeOthersRecords(db: ServerDb, database: 'sqlite' | 'postgres'): Promise<void> {
  const school = await addSchool(db, { code: 'OTHER-1', name: 'Another school', country: 'UA' }, now);
  const data = JSON.stringify({ lessonId: randomUUID(), studentId: randomUUID(), value: 7, kind: 'current', attendance: 'present', note: '', enteredOn: '2025-10-14', timeliness: 'on_time' });
  const rows =
    database === 'sqlite'
      ? sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${storedElsewhere})
          SELECT lower(hex(randomblob(16))), ${school.id}, 'mark', 1, 0, ${data}, ${now.toISOString()}, 'other-pc', i FROM n`
      : sql`SELECT md5(random()::text || i), ${school.id}, 'mark', 1, 0, ${data}, ${now.toISOString()}, 'other-pc', i FROM generate_series(1, ${storedElsewhere}) AS i`;
  await sql`INSERT INTO records (id, school_id, type, rev, deleted, data, updated_at, device_id, change_seq) ${rows}`.execute(db);
}

/**
 * The server's share of the journals' first Sync all: one push of 5,000 new marks (25 students × 200 lessons of one
 * journal, under the ids the office gives them), as the office's batches of a year of journals come, through the real
 * app (`app.request`, no socket) on SQLite or PostgreSQL. Setup pushes the journal's structure, students and lessons;
 * each run pushes marks the server has never seen, so every change is applied and inserted, as in a first sync, into
 * a table already holding 300,000 records of another school. Fails unless all 5,000 are applied.
 */
export function pushJournalBatchCase(database: 'sqlite' | 'postgres'): BenchCase<State> {
  return defineBenchCase<State>({
    name: database === 'sqlite' ? 'push-journal-batch' : 'push-journal-batch-postgres',
    title: `The server's push of 5,000 new marks${database === 'sqlite' ? '' : ' (on PostgreSQL)'}, ms per batch`,
    // A year of journals is ~126 batches of 5,000: a batch's share of the 30 s first Sync all, both sides included.
    budgetMs: 238,
    figure: 'p50',
    warmup,
    iterations,
    async setup(fixtures) {
      const cluster = database === 'postgres' ? await startBenchPostgres() : null;
      const location = cluster ? await cluster.createDatabase(`bench_push_${Date.now()}`) : join(fixtures.tempDir('push-journal'), 'central.sqlite');
      const db = await openDatabase(location);
      await storeOthersRecords(db, database);
      await addSchool(db, { code: 'BENCH-1', name: 'Bench school', country: 'UA' }, now);
      const token = await issueToken(db, 'BENCH-1', now);
      const app = createApp({ db, now: () => now, rateLimitPerMinute: 1_000_000 });
      const journal = journalChanges();
      const students = Array.from({ length: studentsPerClass }, (_, i) =>
        i === 0 ? journal.studentId : randomUUID(),
      );
      const extraStudents = students.slice(1).map((id, i) => newChange('student', studentCard({ firstName: `Учень${i}`, documents: [{ type: 'birth_certificate', series: 'I-БК', number: String(200_000 + i) }] }), id));
      const runs = warmup + iterations;
      // Ids as the office makes them (journal-ids.ts); the lesson number tells apart a day's lessons in the id alone.
      const lessons = Array.from({ length: runs * lessonsPerBatch }, (_, i) => lessonChange(journal.assignmentId, lessonDate(i), lessonId(journal.assignmentId, lessonDate(i), 1 + Math.floor(i / 110))));
      const structure = [...journal.changes, ...extraStudents, ...lessons];
      for (let i = 0; i < structure.length; i += maxChangesPerPush) await post({ app, token }, batch(structure.slice(i, i + maxChangesPerPush)));
      const bodies = Array.from({ length: runs }, (_, run) =>
        batch(lessons.slice(run * lessonsPerBatch, (run + 1) * lessonsPerBatch).flatMap((lesson) => students.map((studentId, s) => markChange({ lessonId: lesson.id, studentId }, 1 + ((run + s) % 12), { id: markId(lesson.id, studentId) })))),
      );
      return { app, db, token, bodies, cluster, cpuMs: [] };
    },
    async iteration(state, index) {
      const body = state.bodies[index];
      if (body === undefined) throw new Error(`no body for run ${index}`);
      const cpu = process.cpuUsage();
      const answer = await post(state, body);
      const used = process.cpuUsage(cpu);
      if (index >= warmup) state.cpuMs.push((used.user + used.system) / 1000);
      const applied = answer.results.filter((r) => r.outcome === 'applied').length;
      if (applied !== maxChangesPerPush) throw new Error(`${applied} of ${maxChangesPerPush} marks applied`);
    },
    async teardown(state) {
      // Wall time on this shared machine waits for other processes too; the CPU a batch costs the server waits for none.
      const cpu = [...state.cpuMs].sort((a, b) => a - b);
      console.log(`  CPU of the push per batch: median ${cpu[Math.floor(cpu.length / 2)]?.toFixed(0)} ms, min ${cpu[0]?.toFixed(0)} ms`);
      await state.db.destroy();
      await state.cluster?.stop();
    },
  });
}
