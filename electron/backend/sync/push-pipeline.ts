import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import type { PushAnswer, PushBody, PushChange, ServerRecord } from '../../../core/sync/push';
import { wireDataSchemas, type SyncedType } from '../../../core/sync/wire-data';
import { canonicalJson } from '../audit/canonical-json';
import { prepared } from '../db/prepared';
import { storeCardReports } from './card-reports';
import { collectUnsent, markSent, positionsPast, rowIdOf, type ReadPositions, type SentRow } from './synced-entities';

/** At most this many changes go in one push (DESIGN §5 allows 5,000). */
export const pushBatchLimit = 5000;

/** What the push needs of the central server: a body sent as stored, a resent batch byte for byte as it first went. */
export interface PushServer {
  push(body: string): Promise<PushAnswer>;
}

interface StoredBatch {
  batch_id: string;
  body: string;
  sent_counts: string;
}

/** What a batch holds, change by change: the change counter each was read at, and its rowid (absent from a batch written before the rowid was kept). */
type SentEntry = [type: SyncedType, id: string, changeCount: number, rowId?: number];

/** What one answered batch left for the user, and how many changes it answered. */
export interface StoredOutcome {
  answered: number;
  conflicts: number;
  rejected: string[];
}

/** The batches written down and not answered yet (an earlier Sync all was cut off), in the order they were written. */
function unansweredBatches(db: Database.Database): StoredBatch[] {
  return prepared(db, 'SELECT batch_id, body, sent_counts FROM sync_batches WHERE answered_at IS NULL ORDER BY rowid').all() as StoredBatch[];
}

/**
 * Writes the next batch down before it is sent: if the app closes or the network drops before the answer is
 * stored, the next Sync all sends this very batch again, with the same batchId, and the server answers it once.
 */
function writeBatch(db: Database.Database, positions: ReadPositions, limit: number, now: Date): StoredBatch | null {
  const changes = collectUnsent(db, limit, positions);
  if (changes.length === 0) return null;
  const batchId = randomUUID();
  const sentCounts: SentEntry[] = changes.map((c) => [c.type, c.id, c.changeCount, c.rowId]);
  // Written as text around each record's stored JSON: 2,000 cards are not parsed only to be serialised again.
  const items = changes.map(({ type, id, baseRev, deleted, dataJson }) => {
    const head = `{"type":"${type}","id":${JSON.stringify(id)},"baseRev":${baseRev ?? 'null'},"deleted":${deleted}`;
    return deleted ? `${head}}` : `${head},"data":${dataJson}}`;
  });
  const batch: StoredBatch = { batch_id: batchId, body: `{"batchId":"${batchId}","changes":[${items.join(',')}]}`, sent_counts: JSON.stringify(sentCounts) };
  prepared(db, 'INSERT INTO sync_batches (batch_id, created_at, body, sent_counts) VALUES (?, ?, ?, ?)').run(batch.batch_id, now.toISOString(), batch.body, batch.sent_counts);
  return batch;
}

function storeOutcome(db: Database.Database, type: string, id: string, table: 'sync_conflicts' | 'sync_rejections', value: string, now: Date): void {
  const column = table === 'sync_conflicts' ? 'server' : 'issues';
  const at = table === 'sync_conflicts' ? 'detected_at' : 'rejected_at';
  prepared(db, `INSERT INTO ${table} (entity_type, entity_id, ${column}, ${at}) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET ${column} = excluded.${column}, ${at} = excluded.${at}`).run(
    type,
    id,
    value,
    now.toISOString(),
  );
}

/** The server already holds what this device sent (another office PC made the same change): nothing to ask the user. */
function sameAsSent(type: SyncedType, sent: PushChange | undefined, server: ServerRecord | undefined): boolean {
  if (!sent || !server) return false;
  if (sent.deleted === true || server.deleted) return sent.deleted === true && server.deleted;
  const schema = wireDataSchemas[type];
  const mine = schema.safeParse(sent.data);
  const theirs = schema.safeParse(server.data);
  return mine.success && theirs.success && canonicalJson(mine.data) === canonicalJson(theirs.data);
}

/**
 * Finds the entry of the batch a result answers: the server answers the changes in the order sent, so first the entry
 * at the result's own position, else (an answer in another order) by type and id.
 */
function entryFinder(entries: readonly SentEntry[]): (index: number, type: string, id: string) => SentEntry | undefined {
  let byKey: Map<string, SentEntry> | null = null;
  return (index, type, id) => {
    const same = entries[index];
    if (same && same[0] === type && same[1] === id) return same;
    byKey ??= new Map(entries.map((e) => [`${e[0]}:${e[1]}`, e]));
    return byKey.get(`${type}:${id}`);
  };
}

/** Stores a batch's answer in one transaction: revisions, conflicts, rejections, reports; the batch is done. */
function storeAnswer(db: Database.Database, batch: StoredBatch, answer: PushAnswer, now: Date): StoredOutcome {
  const entryOf = entryFinder(JSON.parse(batch.sent_counts) as SentEntry[]);
  // Read back only when the server answered a conflict: the body is the batch's largest part.
  let sentChanges: Map<string, PushChange> | null = null;
  const sent = (type: string, id: string) => {
    sentChanges ??= new Map((JSON.parse(batch.body) as PushBody).changes.map((c) => [`${c.type}:${c.id}`, c]));
    return sentChanges.get(`${type}:${id}`);
  };
  const sentRows = new Map<SyncedType, SentRow[]>();
  const markAnswered = ([type, id, count, rowId]: SentEntry, rev: number | null) => {
    const at = rowId ?? rowIdOf(db, type, id);
    if (at === undefined) return;
    const rows = sentRows.get(type);
    if (rows) rows.push([id, rev, count, at]);
    else sentRows.set(type, [[id, rev, count, at]]);
  };
  const applied: [string, string][] = [];
  const outcome: StoredOutcome = { answered: answer.results.length, conflicts: 0, rejected: [] };
  db.transaction(() => {
    answer.results.forEach((result, index) => {
      const entry = entryOf(index, result.type, result.id);
      if (!entry) return;
      const type = entry[0];
      if (result.outcome === 'applied' && result.rev !== undefined) {
        markAnswered(entry, result.rev);
        applied.push([type, result.id]);
      } else if (result.outcome === 'conflict' && result.server && sameAsSent(type, sent(type, result.id), result.server)) {
        markAnswered(entry, result.server.rev);
      } else if (result.outcome === 'conflict') {
        outcome.conflicts += 1;
        storeOutcome(db, type, result.id, 'sync_conflicts', JSON.stringify(result.server ?? null), now);
      } else if (result.outcome === 'rejected') {
        outcome.rejected.push(`${type}:${result.id}`);
        // Not resent until edited again: the same record would be refused the same way.
        markAnswered(entry, null);
        storeOutcome(db, type, result.id, 'sync_rejections', JSON.stringify(result.issues ?? []), now);
      }
    });
    for (const [type, rows] of sentRows) markSent(db, type, rows);
    // Mostly there is none: then 5,000 applied changes are not written out as JSON only to be matched against nothing.
    if (prepared(db, 'SELECT EXISTS (SELECT 1 FROM sync_rejections)').pluck().get() === 1) {
      prepared(db, 'DELETE FROM sync_rejections WHERE (entity_type, entity_id) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))').run(JSON.stringify(applied));
    }
    storeCardReports(db, answer.reports);
    // Once answered, a batch is never sent again: only the fact that it was sent, and when, is kept (year-end undo asks).
    prepared(db, "UPDATE sync_batches SET answered_at = ?, body = '{}', sent_counts = '[]' WHERE batch_id = ?").run(now.toISOString(), batch.batch_id);
  }).immediate();
  return outcome;
}

/**
 * Starts a push and answers its answer to come; its failure is heard where that is awaited, and until then must not
 * count as unhandled. It waits one turn of the event loop first: the HTTP client hands the body to the socket only
 * when this thread yields, and storing an answer and writing a batch keep it busy for a while.
 */
async function startPush(server: PushServer, batch: StoredBatch): Promise<{ answer: Promise<PushAnswer> }> {
  const answer = server.push(batch.body);
  answer.catch(() => undefined);
  await nextTurn();
  return { answer };
}

/**
 * One pass over the unsent rows, from `positions` on, the batches written before it first. Pipelined: batch n+1 goes
 * to the server as soon as batch n's answer is in, and while the server works on it this device stores n's answer and
 * writes n+2 down, so at most two batches are written and unanswered at a time. A batch goes only after the one
 * before it is answered: the server sees them in order (a mark after its lesson). Answers whether it sent anything.
 */
async function pushPass(
  db: Database.Database,
  server: PushServer,
  now: () => Date,
  written: StoredBatch[],
  positions: ReadPositions,
  limit: number,
  onStored: (outcome: StoredOutcome) => void,
): Promise<boolean> {
  const take = () => written.shift() ?? writeBatch(db, positions, limit, now());
  let sending = take();
  if (!sending) return false;
  let { answer } = await startPush(server, sending);
  let following = take();
  while (sending) {
    const received = await answer;
    if (following) ({ answer } = await startPush(server, following));
    onStored(storeAnswer(db, sending, received, now()));
    sending = following;
    following = sending ? take() : null;
  }
  return true;
}

/** Changes whenever another connection (the app's calls, a teacher saving marks meanwhile) commits a write. */
function otherWrites(db: Database.Database): number {
  return prepared(db, 'PRAGMA data_version').pluck().get() as number;
}

/**
 * Pushes every unsent change, batches left unanswered by an interrupted run first, in their order. A row edited while
 * its batch was with the server is unsent again once that batch's answer is stored: when something else wrote during
 * a pass, the pass after reads from the start again. Sync all runs on a connection of its own, so a pass from the
 * start during which nothing else wrote has read every unsent row.
 */
export async function pushAll(
  db: Database.Database,
  server: PushServer,
  now: () => Date,
  onStored: (outcome: StoredOutcome) => void,
  limit: number = pushBatchLimit,
): Promise<void> {
  const written = unansweredBatches(db);
  const resumed = written.flatMap((b) => (JSON.parse(b.sent_counts) as SentEntry[]).map(([type, id, , rowId]) => ({ type, id, rowId })));
  let positions = positionsPast(db, resumed);
  for (let fromStart = positions.size === 0; ; fromStart = true) {
    const writesBefore = otherWrites(db);
    const sent = await pushPass(db, server, now, written, positions, limit, onStored);
    if (fromStart && (!sent || otherWrites(db) === writesBefore)) return;
    positions = new Map();
  }
}
