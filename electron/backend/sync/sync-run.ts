import type Database from 'better-sqlite3';
import type { SyncResult } from '../../../core/api/sync-api';
import type { PullAnswer } from '../../../core/sync/pull';
import { prepared } from '../db/prepared';
import { applyPulledChange, retryWaiting } from './apply-pulled';
import { countWaiting } from './pull-waiting';
import type { PullEffects } from './pulled-record';
import { reportSummary, storeCardReports } from './card-reports';
import { saveLastResult, savePullCursor, syncSettings } from './sync-settings';
import { anchorAuditHead, type AnchorServer } from '../audit/audit-anchor';
import { pushAll, type PushServer } from './push-pipeline';
import { collectUnsent, countUnsent } from './synced-entities';

const pullPageLimit = 2000;

/** How far a Sync all has got: pushing the unsent changes, pulling the other devices', done. */
export interface SyncProgress {
  phase: 'push' | 'pull' | 'done';
  sent: number;
  toSend: number;
  received: number;
}

/** What Sync all needs of the central server (the HTTP client, or a test double that fails on purpose). */
export interface SyncServer extends AnchorServer, PushServer {
  pull(since: string | null, limit: number): Promise<PullAnswer>;
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
  const progress: SyncProgress = { phase: 'push', sent: 0, toSend: 0, received: 0 };
  const report = () => onProgress({ ...progress });
  const effects: PullEffects = { renumberedOrders: [] };
  let conflicts = 0;
  let refusedPulls = 0;
  const rejected: string[] = [];
  for (let round = 0; round < 2 && (round === 0 || collectUnsent(db, 1).length > 0); round += 1) {
    progress.phase = 'push';
    progress.toSend = Math.max(progress.toSend, progress.sent + countUnsent(db));
    report();
    await pushAll(db, server, now, (stored) => {
      conflicts += stored.conflicts;
      rejected.push(...stored.rejected);
      progress.sent += stored.answered;
      progress.toSend = Math.max(progress.toSend, progress.sent);
      report();
    });
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
