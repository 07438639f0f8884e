import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SyncResult } from '../../../core/api/sync-api';
import type { PullAnswer } from '../../../core/sync/pull';
import type { PushAnswer, PushBody, PushChange, ServerRecord } from '../../../core/sync/push';
import { prepared } from '../db/prepared';
import { applyPulledChange, retryWaiting } from './apply-pulled';
import { countWaiting } from './pull-waiting';
import type { PullEffects } from './pulled-record';
import { reportSummary, storeCardReports } from './card-reports';
import { saveLastResult, savePullCursor, syncSettings } from './sync-settings';
import { wireDataSchemas, type SyncedType } from '../../../core/sync/wire-data';
import { anchorAuditHead, type AnchorServer } from '../audit/audit-anchor';
import { canonicalJson } from '../audit/canonical-json';
import { collectUnsent, countUnsent, markSent } from './synced-entities';

/** At most this many changes go in one push (DESIGN §5 allows 5,000). */
export const pushBatchLimit = 5000;
const pullPageLimit = 2000;

/** What Sync all needs of the central server (the HTTP client, or a test double that fails on purpose). */
/** How far a Sync all has got: pushing the unsent changes, pulling the other devices', done. */
export interface SyncProgress {
  phase: 'push' | 'pull' | 'done';
  sent: number;
  toSend: number;
  received: number;
}

export interface SyncServer extends AnchorServer {
  /** Sends a push body, JSON text as stored: a resent batch goes out byte for byte as it first did. */
  push(body: string): Promise<PushAnswer>;
  pull(since: string | null, limit: number): Promise<PullAnswer>;
}

interface StoredBatch {
  batch_id: string;
  body: string;
  sent_counts: string;
}

/**
 * Writes the next batch down before it is sent: if the app closes or the network drops before the answer is
 * stored, the next Sync all sends this very batch again, with the same batchId, and the server answers it once.
 */
function nextBatch(db: Database.Database, now: Date): StoredBatch | null {
  const pending = prepared(db, 'SELECT batch_id, body, sent_counts FROM sync_batches WHERE answered_at IS NULL ORDER BY created_at LIMIT 1').get() as
    | StoredBatch
    | undefined;
  if (pending) return pending;
  const changes = collectUnsent(db, pushBatchLimit);
  if (changes.length === 0) return null;
  const batch: StoredBatch = {
    batch_id: randomUUID(),
    body: '',
    sent_counts: JSON.stringify(changes.map((c) => [c.type, c.id, c.changeCount])),
  };
  // Written as text around each record's stored JSON: 2,000 cards are not parsed only to be serialised again.
  const items = changes.map(({ type, id, baseRev, deleted, dataJson }) => {
    const head = `{"type":${JSON.stringify(type)},"id":${JSON.stringify(id)},"baseRev":${JSON.stringify(baseRev)},"deleted":${deleted}`;
    return deleted ? `${head}}` : `${head},"data":${dataJson}}`;
  });
  batch.body = `{"batchId":${JSON.stringify(batch.batch_id)},"changes":[${items.join(',')}]}`;
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

/** Stores a batch's answer in one transaction: revisions, conflicts, rejections, reports; the batch is done. */
function storeAnswer(db: Database.Database, batch: StoredBatch, answer: PushAnswer, now: Date): { conflicts: number; rejected: string[] } {
  const counts = new Map((JSON.parse(batch.sent_counts) as [SyncedType, string, number][]).map(([type, id, count]) => [`${type}:${id}`, count]));
  // Read back only when the server answered a conflict: the body is the batch's largest part.
  let sentChanges: Map<string, PushChange> | null = null;
  const sent = (key: string) => {
    sentChanges ??= new Map((JSON.parse(batch.body) as PushBody).changes.map((c) => [`${c.type}:${c.id}`, c]));
    return sentChanges.get(key);
  };
  let conflicts = 0;
  const rejected: string[] = [];
  db.transaction(() => {
    for (const result of answer.results) {
      const key = `${result.type}:${result.id}`;
      const count = counts.get(key);
      if (count === undefined) continue;
      const type = result.type as SyncedType;
      if (result.outcome === 'applied' && result.rev !== undefined) {
        markSent(db, type, result.id, result.rev, count);
        prepared(db, 'DELETE FROM sync_rejections WHERE entity_type = ? AND entity_id = ?').run(result.type, result.id);
      } else if (result.outcome === 'conflict' && result.server && sameAsSent(type, sent(key), result.server)) {
        markSent(db, type, result.id, result.server.rev, count);
      } else if (result.outcome === 'conflict') {
        conflicts += 1;
        storeOutcome(db, result.type, result.id, 'sync_conflicts', JSON.stringify(result.server ?? null), now);
      } else if (result.outcome === 'rejected') {
        rejected.push(key);
        // Not resent until edited again: the same record would be refused the same way.
        markSent(db, type, result.id, null, count);
        storeOutcome(db, result.type, result.id, 'sync_rejections', JSON.stringify(result.issues ?? []), now);
      }
    }
    storeCardReports(db, answer.reports);
    // Once answered, a batch is never sent again: only the fact that it was sent, and when, is kept (year-end undo asks).
    prepared(db, "UPDATE sync_batches SET answered_at = ?, body = '{}', sent_counts = '[]' WHERE batch_id = ?").run(now.toISOString(), batch.batch_id);
  }).immediate();
  return { conflicts, rejected };
}

/** How many of this run's rejections stand at its end (an order refused for its number was renumbered and sent again). */
function stillRejected(db: Database.Database, keys: readonly string[]): number {
  const standing = new Set((prepared(db, "SELECT entity_type || ':' || entity_id AS key FROM sync_rejections").all() as { key: string }[]).map((r) => r.key));
  return new Set(keys.filter((k) => standing.has(k))).size;
}

/** What a pull left for the user: conflicts, and journal changes refused because their period is closed here. */
interface PullCounts {
  conflicts: number;
  refused: number;
}

/** Pulls until the server has nothing more, each page in one transaction; then what still waits gets a last, lenient try. */
async function pullAll(db: Database.Database, server: SyncServer, now: () => Date, progress: SyncProgress, report: () => void, effects: PullEffects): Promise<PullCounts> {
  const counts: PullCounts = { conflicts: 0, refused: 0 };
  for (let more = true; more; ) {
    const page = await server.pull(syncSettings(db).pull_cursor, pullPageLimit);
    db.transaction(() => {
      const how = { now: now(), effects, createMissingYear: false };
      for (const change of page.changes) {
        const outcome = applyPulledChange(db, change, how);
        if (outcome === 'conflict') counts.conflicts += 1;
        if (outcome === 'refused') counts.refused += 1;
      }
      if (page.changes.length > 0) retryWaiting(db, how);
      storeCardReports(db, page.reports);
      savePullCursor(db, page.cursor);
    }).immediate();
    progress.received += page.changes.length;
    more = page.more && page.changes.length + page.reports.length > 0;
    report();
  }
  db.transaction(() => retryWaiting(db, { now: now(), effects, createMissingYear: true })).immediate();
  return counts;
}

/**
 * Sync all (DESIGN §5): push every unsent change in batches, then pull until the server has nothing more. Each
 * step commits on its own, so an interruption anywhere loses nothing and the next run carries on from there. A pull
 * can give this device's own records something to send (an order renumbered, records moved off a retired twin):
 * a second round sends it at once. At the end the audit head is anchored on the server (issue 13, item 8).
 */
export async function runSync(db: Database.Database, server: SyncServer, now: () => Date, onProgress: (p: SyncProgress) => void): Promise<SyncResult> {
  const progress: SyncProgress = { phase: 'push', sent: 0, toSend: countUnsent(db), received: 0 };
  const report = () => onProgress({ ...progress });
  const effects: PullEffects = { renumberedOrders: [] };
  let conflicts = 0;
  let refusedPulls = 0;
  const rejected: string[] = [];
  for (let round = 0; round < 2 && (round === 0 || collectUnsent(db, 1).length > 0); round += 1) {
    progress.phase = 'push';
    progress.toSend = Math.max(progress.toSend, progress.sent + countUnsent(db));
    report();
    for (let batch = nextBatch(db, now()); batch; batch = nextBatch(db, now())) {
      const answer = await server.push(batch.body);
      const stored = storeAnswer(db, batch, answer, now());
      conflicts += stored.conflicts;
      rejected.push(...stored.rejected);
      progress.sent += answer.results.length;
      progress.toSend = Math.max(progress.toSend, progress.sent);
      report();
    }
    progress.phase = 'pull';
    report();
    const pulled = await pullAll(db, server, now, progress, report, effects);
    conflicts += pulled.conflicts;
    refusedPulls += pulled.refused;
  }
  // Last, so the head sent includes the audit rows of what this run pulled.
  await anchorAuditHead(db, server);

  const result: SyncResult = {
    finishedAt: now().toISOString(),
    sent: progress.sent,
    received: progress.received,
    conflicts,
    rejected: stillRejected(db, rejected),
    waiting: countWaiting(db),
    closedPeriodRefusals: refusedPulls,
    renumberedOrders: effects.renumberedOrders,
    summary: reportSummary(db),
  };
  saveLastResult(db, result);
  progress.phase = 'done';
  report();
  return result;
}
