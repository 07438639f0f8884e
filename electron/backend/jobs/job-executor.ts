import { join } from 'node:path';
import type { ProgressEvent } from '../../../core/api/progress';
import { openBackendContext } from '../backend-context';
import { databaseFileName } from '../db/open-database';
import { dispatchAs } from '../dispatch';
import { runSync, type SyncServer } from '../sync/sync-run';
import type { SyncConnection } from '../sync/sync-settings';
import type { JobRunner } from './job-runner';

export interface JobExecutorOptions {
  dataDir: string;
  resourcesDir?: string | undefined;
  now: () => Date;
  connect: (connection: SyncConnection) => SyncServer;
  emit: (event: ProgressEvent) => void;
}

/** The long jobs' side: its own connection to the school's database, running job methods and Sync all on it. */
export function createJobExecutor(opts: JobExecutorOptions): JobRunner {
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
