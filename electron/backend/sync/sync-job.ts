import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../core/api/contract';
import { syncResultSchema, type SyncResult } from '../../../core/api/sync-api';
import { AppError, type AppErrorValue } from '../../../core/errors';
import { prepared } from '../db/prepared';
import type { SecretStore } from './secret-store';
import type { SyncProgress, SyncServer } from './sync-run';
import { syncConnection, syncSettings, type SyncConnection } from './sync-settings';
import { countUnsent } from './synced-entities';

/** Runs one Sync all (on the long jobs' connection and thread) and answers its result. */
export type SyncRun = (connection: SyncConnection, onProgress: (progress: SyncProgress) => void) => Promise<SyncResult>;

/**
 * Sync all runs in the background of the backend: `sync.start` returns at once, progress goes out as events, and
 * `sync.status` tells the result once it has ended. One run at a time.
 */
export interface SyncService {
  readonly secrets: SecretStore;
  connect(connection: SyncConnection): SyncServer & { health(): Promise<{ version: string }> };
  /** Starts Sync all; `emit` hears its progress as events of the job `sync.start` (phases push, pull, done or failed). */
  start(db: Database.Database, emit: (job: string, phase: string, done: number, total: number) => void): boolean;
  status(db: Database.Database): MethodOutput<'sync.status'>;
  /** Resolves when the running Sync all (if any) has ended; for tests and for closing the app cleanly. */
  idle(): Promise<void>;
}

export function createSyncService(secrets: SecretStore, connect: SyncService['connect'], run: SyncRun): SyncService {
  let running: Promise<void> | null = null;
  let error: AppErrorValue | null = null;

  return {
    secrets,
    connect,
    start(db, emit) {
      if (running) return false;
      const connection = syncConnection(db, secrets);
      error = null;
      const report = (p: SyncProgress) => {
        if (p.phase === 'push') emit('sync.start', 'push', p.sent, p.toSend);
        else if (p.phase === 'pull') emit('sync.start', 'pull', p.received, 0);
      };
      running = run(connection, report)
        .then(() => emit('sync.start', 'done', 1, 1))
        .catch((err: unknown) => {
          error = err instanceof AppError ? err.toValue() : { code: 'INTERNAL' };
          emit('sync.start', 'failed', 0, 0);
        })
        .finally(() => (running = null));
      return true;
    },
    status(db) {
      const last = syncSettings(db).last_result;
      const conflicts = (prepared(db, 'SELECT count(*) AS n FROM sync_conflicts').get() as { n: number }).n;
      return {
        running: running !== null,
        error,
        lastResult: last ? syncResultSchema.parse(JSON.parse(last)) : null,
        unsent: countUnsent(db),
        conflicts,
      };
    },
    idle: async () => {
      await running;
    },
  };
}
