import { join } from 'node:path';
import type { User } from '../../../core/api/auth-api';
import type { InvokeResult } from '../../../core/api/invoke-result';
import type { ProgressEvent } from '../../../core/api/progress';
import type { SyncResult } from '../../../core/api/sync-api';
import type { SyncProgress } from '../sync/sync-run';
import { openBackendContext } from '../backend-context';
import { databaseFileName } from '../db/open-database';
import { dispatchAs } from '../dispatch';
import type { SyncServer } from '../sync/sync-run';
import { runSync } from '../sync/sync-run';
import type { SyncConnection } from '../sync/sync-settings';

export interface JobExecutorOptions {
  dataDir: string;
  resourcesDir?: string | undefined;
  now: () => Date;
  connect: (connection: SyncConnection) => SyncServer;
  emit: (event: ProgressEvent) => void;
}

/** The long jobs' side: its own connection to the school's database, running job methods and Sync all on it. */
export interface JobExecutor {
  method(method: string, input: unknown, user: User): Promise<InvokeResult>;
  sync(connection: SyncConnection, onProgress: (progress: SyncProgress) => void): Promise<SyncResult>;
  close(): void;
}

export function createJobExecutor(opts: JobExecutorOptions): JobExecutor {
  const { base } = openBackendContext({
    file: join(opts.dataDir, databaseFileName),
    dataDir: opts.dataDir,
    resourcesDir: opts.resourcesDir,
    now: opts.now,
    emit: opts.emit,
  });
  return {
    method: (method, input, user) => dispatchAs(base, method, input, user),
    sync: (connection, onProgress) => runSync(base.db, opts.connect(connection), opts.now, onProgress),
    close: () => base.db.close(),
  };
}
