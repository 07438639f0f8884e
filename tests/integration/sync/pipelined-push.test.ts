import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../core/errors';
import type { PushAnswer } from '../../../core/sync/push';
import { openDatabase } from '../../../electron/backend/db/open-database';
import { httpSyncServer } from '../../../electron/backend/sync/http-sync-server';
import { pushAll, type PushServer, type StoredOutcome } from '../../../electron/backend/sync/push-pipeline';
import { syncConnection } from '../../../electron/backend/sync/sync-settings';
import { student } from '../../fixtures/backend/cards';
import { openJournalPcs, type JournalPcs } from '../../fixtures/sync/journal-pcs';
import { openServedOfficePc, type OfficePc, type ServedOfficePc } from '../../fixtures/sync/office-pc';

/** Two changes a batch: a handful of records then go in several batches, as 500k marks go in 5,000s. */
const batchLimit = 2;

interface SentBatch {
  batchId: string;
  body: string;
  ids: string[];
}

/** The real central server as this PC reaches it, watched: what went in which batch, and what was unanswered meanwhile. */
interface WatchedServer extends PushServer {
  sent: SentBatch[];
  /** The most pushes the server had at once. */
  mostAtServer: number;
  /** The most batches written down and unanswered on the PC while one was with the server. */
  mostUnanswered: number;
}

interface Watch {
  /** Runs while push n (from 1) is with the server, before the server has it. */
  during?: (n: number) => Promise<void>;
  /** The server stores push n, but its answer never reaches the PC (the network drops on the way back). */
  loseAnswerOf?: number;
}

function watchedServer(pc: OfficePc, watch: Watch = {}): WatchedServer {
  const http = httpSyncServer(syncConnection(pc.backend.db, pc.backend.sync.secrets));
  let atServer = 0;
  const server: WatchedServer = {
    sent: [],
    mostAtServer: 0,
    mostUnanswered: 0,
    async push(body: string): Promise<PushAnswer> {
      const parsed = JSON.parse(body) as { batchId: string; changes: { id: string }[] };
      server.sent.push({ batchId: parsed.batchId, body, ids: parsed.changes.map((c) => c.id) });
      const n = server.sent.length;
      const unanswered = pc.backend.db.prepare('SELECT count(*) FROM sync_batches WHERE answered_at IS NULL').pluck().get() as number;
      server.mostUnanswered = Math.max(server.mostUnanswered, unanswered);
      atServer += 1;
      server.mostAtServer = Math.max(server.mostAtServer, atServer);
      try {
        await watch.during?.(n);
        const answer = await http.push(body);
        if (watch.loseAnswerOf === n) throw new AppError('SYNC_UNREACHABLE');
        return answer;
      } finally {
        atServer -= 1;
      }
    },
  };
  return server;
}

const noOutcome = (): void => undefined;

async function addStudents(pc: OfficePc, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await pc.call('students.save', { card: student(`Прізвище${i}`, 'Ім’я', 'По батькові', String(700_100 + i)) })).meta.id);
  return ids;
}

describe('the pipelined push of Sync all', () => {
  let served: ServedOfficePc;
  let pc: OfficePc;
  beforeEach(async () => {
    served = await openServedOfficePc();
    ({ pc } = served);
  });
  afterEach(() => served.close());

  const serverStudents = () => served.server.db.selectFrom('records').select(['id', 'rev', 'data']).where('type', '=', 'student').execute();
  const localUnsent = () => pc.backend.db.prepare('SELECT count(*) FROM students WHERE change_count > sent_count').pluck().get() as number;

  it('writes the next batch down while one is with the server, so two are unanswered at a time', async () => {
    await addStudents(pc, 7);
    const server = watchedServer(pc);
    await pushAll(pc.backend.db, server, () => pc.clock.now, noOutcome, batchLimit);
    expect(server.mostUnanswered).toBe(2);
  });

  it('sends a batch only once the one before it is answered, every change once and in the order written', async () => {
    const ids = await addStudents(pc, 7);
    const server = watchedServer(pc);
    await pushAll(pc.backend.db, server, () => pc.clock.now, noOutcome, batchLimit);
    expect(server.mostAtServer).toBe(1);
    expect(server.sent.map((b) => b.ids.length)).toEqual([2, 2, 2, 1]);
    expect(server.sent.flatMap((b) => b.ids)).toEqual(ids);
  });

  it('resends, after an answer lost on the way back, the batches left unanswered in their order, byte for byte', async () => {
    await addStudents(pc, 7);
    const cut = watchedServer(pc, { loseAnswerOf: 2 });
    await expect(pushAll(pc.backend.db, cut, () => pc.clock.now, noOutcome, batchLimit)).rejects.toMatchObject({ code: 'SYNC_UNREACHABLE' });
    const written = pc.backend.db.prepare('SELECT batch_id AS batchId, body FROM sync_batches WHERE answered_at IS NULL ORDER BY rowid').all() as { batchId: string; body: string }[];
    expect(written).toHaveLength(2);
    expect(written[0]?.batchId).toBe(cut.sent[1]?.batchId);

    const resumed = watchedServer(pc);
    await pushAll(pc.backend.db, resumed, () => pc.clock.now, noOutcome, batchLimit);
    expect(resumed.sent.slice(0, 2).map((b) => b.body)).toEqual(written.map((b) => b.body));
  });

  it('leaves every change applied once on the server after an answer lost on the way back', async () => {
    await addStudents(pc, 7);
    await pushAll(pc.backend.db, watchedServer(pc, { loseAnswerOf: 2 }), () => pc.clock.now, noOutcome, batchLimit).catch(() => undefined);
    const outcomes: StoredOutcome[] = [];
    const resumed = watchedServer(pc);
    await pushAll(pc.backend.db, resumed, () => pc.clock.now, (o) => outcomes.push(o), batchLimit);
    const resent = resumed.sent.flatMap((b) => b.ids);
    expect(new Set(resent).size).toBe(resent.length);
    expect(resent).toHaveLength(5);
    const stored = await serverStudents();
    expect(stored).toHaveLength(7);
    expect(stored.every((r) => r.rev === 1)).toBe(true);
    expect(outcomes.reduce((n, o) => n + o.conflicts + o.rejected.length, 0)).toBe(0);
    expect(localUnsent()).toBe(0);
  });

  it('resumes a batch written down without rowids, as the version before the pipelined push wrote them', async () => {
    await addStudents(pc, 5);
    await pushAll(pc.backend.db, watchedServer(pc, { loseAnswerOf: 1 }), () => pc.clock.now, noOutcome, batchLimit).catch(() => undefined);
    const db = pc.backend.db;
    db.prepare("UPDATE sync_batches SET sent_counts = json_remove(sent_counts, '$[0][3]', '$[1][3]') WHERE answered_at IS NULL").run();
    const resumed = watchedServer(pc);
    await pushAll(db, resumed, () => pc.clock.now, noOutcome, batchLimit);
    const resent = resumed.sent.flatMap((b) => b.ids);
    expect(resent).toHaveLength(5);
    expect(localUnsent()).toBe(0);
  });

  it('sends again a record edited while its batch was with the server', async () => {
    const [first] = await addStudents(pc, 5);
    const editFirst = async (n: number) => {
      if (n !== 1 || !first) return;
      const current = await pc.call('students.get', { id: first });
      await pc.call('students.save', { id: first, version: current.meta.version, card: { ...current.card, notes: 'правка під час Sync all' } });
    };
    // Sync all runs on a connection of its own, as the app's long jobs do; the edit comes through the app's.
    const syncDb = openDatabase(pc.backend.db.name);
    try {
      await pushAll(syncDb, watchedServer(pc, { during: editFirst }), () => pc.clock.now, noOutcome, batchLimit);
    } finally {
      syncDb.close();
    }
    const edited = (await serverStudents()).find((r) => r.id === first);
    expect(JSON.parse(edited?.data ?? '{}')).toMatchObject({ notes: 'правка під час Sync all' });
    expect(localUnsent()).toBe(0);
  });
});

describe('conflicts and rejections in a pipelined push', () => {
  let pcs: JournalPcs;
  beforeEach(async () => {
    pcs = await openJournalPcs();
  });
  afterEach(() => pcs.close());

  it('stores each batch\'s conflicts and rejections, and applies the rest', async () => {
    const { first, second } = pcs;
    const lessonId = (await first.call('lessons.add', { assignmentId: pcs.assignmentId, date: '2025-11-20', lessonNumber: 3 })).lesson.id;
    await first.syncAll();
    await second.syncAll();
    const [bondar, koval] = pcs.studentIds;
    await first.call('journals.setMark', { lessonId, studentId: bondar, value: 9 });
    await first.syncAll();
    await second.call('journals.setMark', { lessonId, studentId: bondar, value: 7 });
    await first.call('periods.close', { periodId: pcs.periodIds[0] });
    await first.syncAll();
    await second.call('journals.setMark', { lessonId, studentId: koval, value: 5 });
    const newStudents = await addStudents(second, 3);

    const outcomes: StoredOutcome[] = [];
    const server = watchedServer(second);
    await pushAll(second.backend.db, server, () => second.clock.now, (o) => outcomes.push(o), batchLimit);

    const db = second.backend.db;
    expect(db.prepare('SELECT entity_type AS type FROM sync_conflicts').all()).toEqual([{ type: 'mark' }]);
    expect(db.prepare('SELECT entity_type AS type FROM sync_rejections').all()).toEqual([{ type: 'mark' }]);
    expect(outcomes.reduce((n, o) => n + o.conflicts, 0)).toBe(1);
    expect(outcomes.flatMap((o) => o.rejected)).toHaveLength(1);
    const applied = await pcs.server.db.selectFrom('records').select('id').where('id', 'in', newStudents).execute();
    expect(applied).toHaveLength(3);
    expect(server.sent.length).toBeGreaterThan(2);
  });

  it('forgets a rejection once the record, edited again, is applied', async () => {
    const { first, second } = pcs;
    const lessonId = (await first.call('lessons.add', { assignmentId: pcs.assignmentId, date: '2025-11-20', lessonNumber: 3 })).lesson.id;
    await first.syncAll();
    await second.syncAll();
    const [bondar] = pcs.studentIds;
    await first.call('periods.close', { periodId: pcs.periodIds[0] });
    await first.syncAll();
    await second.call('journals.setMark', { lessonId, studentId: bondar, value: 5 });
    await pushAll(second.backend.db, watchedServer(second), () => second.clock.now, noOutcome, batchLimit);
    const rejections = () => second.backend.db.prepare('SELECT entity_type AS type FROM sync_rejections').all();
    expect(rejections()).toEqual([{ type: 'mark' }]);

    await pcs.unlockFirstPeriod(first, '2025-11-27T10:00:00+02:00');
    await first.syncAll();
    await second.syncAll();
    await second.call('journals.setMark', { lessonId, studentId: bondar, value: 6 });
    await second.syncAll();
    expect(rejections()).toEqual([]);
  });
});
