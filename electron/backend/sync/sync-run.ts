import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SyncProgress, SyncResult } from '../../../core/api/sync-api';
import type { PullAnswer } from '../../../core/sync/pull';
import type { PushAnswer, PushBody } from '../../../core/sync/push';
import { prepared } from '../db/prepared';
import { applyPulledChange } from './apply-pulled';
import { reportSummary, storeCardReports } from './card-reports';
import { saveLastResult, savePullCursor, syncSettings } from './sync-settings';
import type { SyncedType } from '../../../core/sync/wire-data';
import { collectUnsent, countUnsent, markSent } from './synced-entities';

/** At most this many changes go in one push (DESIGN §5 allows 5,000). */
export const pushBatchLimit = 5000;
const pullPageLimit = 2000;


/** What Sync all needs of the central server (the HTTP client, or a test double that fails on purpose). */
export interface SyncServer {
  push(body: PushBody): Promise<PushAnswer>;
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
  const body: PushBody = {
    batchId: batch.batch_id,
    changes: changes.map(({ type, id, baseRev, deleted, data }) => (deleted ? { type, id, baseRev, deleted } : { type, id, baseRev, deleted, data })),
  };
  batch.body = JSON.stringify(body);
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

/** Stores a batch's answer in one transaction: revisions, conflicts, rejections, reports; the batch is done. */
function storeAnswer(db: Database.Database, batch: StoredBatch, answer: PushAnswer, now: Date): { conflicts: number; rejected: number } {
  const counts = new Map((JSON.parse(batch.sent_counts) as [SyncedType, string, number][]).map(([type, id, count]) => [`${type}:${id}`, count]));
  let conflicts = 0;
  let rejected = 0;
  db.transaction(() => {
    for (const result of answer.results) {
      const key = `${result.type}:${result.id}`;
      const count = counts.get(key);
      if (count === undefined) continue;
      if (result.outcome === 'applied' && result.rev !== undefined) {
        markSent(db, result.type as SyncedType, result.id, result.rev, count);
        prepared(db, 'DELETE FROM sync_rejections WHERE entity_type = ? AND entity_id = ?').run(result.type, result.id);
      } else if (result.outcome === 'conflict') {
        conflicts += 1;
        storeOutcome(db, result.type, result.id, 'sync_conflicts', JSON.stringify(result.server ?? null), now);
      } else if (result.outcome === 'rejected') {
        rejected += 1;
        // Not resent until edited again: the same record would be refused the same way.
        markSent(db, result.type as SyncedType, result.id, null, count);
        storeOutcome(db, result.type, result.id, 'sync_rejections', JSON.stringify(result.issues ?? []), now);
      }
    }
    storeCardReports(db, answer.reports);
    prepared(db, 'UPDATE sync_batches SET answered_at = ? WHERE batch_id = ?').run(now.toISOString(), batch.batch_id);
  }).immediate();
  return { conflicts, rejected };
}

/**
 * Sync all (DESIGN §5): push every unsent change in batches, then pull until the server has nothing more. Each
 * step commits on its own, so an interruption anywhere loses nothing and the next run carries on from there.
 */
export async function runSync(db: Database.Database, server: SyncServer, now: () => Date, onProgress: (p: SyncProgress) => void): Promise<SyncResult> {
  const progress: SyncProgress = { phase: 'push', sent: 0, toSend: countUnsent(db), received: 0 };
  let conflicts = 0;
  let rejected = 0;
  onProgress({ ...progress });
  for (let batch = nextBatch(db, now()); batch; batch = nextBatch(db, now())) {
    const answer = await server.push(JSON.parse(batch.body) as PushBody);
    const stored = storeAnswer(db, batch, answer, now());
    conflicts += stored.conflicts;
    rejected += stored.rejected;
    progress.sent += answer.results.length;
    progress.toSend = Math.max(progress.toSend, progress.sent);
    onProgress({ ...progress });
  }

  progress.phase = 'pull';
  onProgress({ ...progress });
  for (let more = true; more; ) {
    const page = await server.pull(syncSettings(db).pull_cursor, pullPageLimit);
    db.transaction(() => {
      for (const change of page.changes) if (applyPulledChange(db, change, now()) === 'conflict') conflicts += 1;
      storeCardReports(db, page.reports);
      savePullCursor(db, page.cursor);
    }).immediate();
    progress.received += page.changes.length;
    more = page.more && page.changes.length + page.reports.length > 0;
    onProgress({ ...progress });
  }

  const result: SyncResult = { finishedAt: now().toISOString(), sent: progress.sent, received: progress.received, conflicts, rejected, summary: reportSummary(db) };
  saveLastResult(db, result);
  progress.phase = 'done';
  onProgress({ ...progress });
  return result;
}
