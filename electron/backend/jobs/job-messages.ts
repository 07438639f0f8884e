import type { User } from '../../../core/api/auth-api';
import type { InvokeResult } from '../../../core/api/invoke-result';
import type { ProgressEvent } from '../../../core/api/progress';
import type { SyncResult } from '../../../core/api/sync-api';
import type { SyncProgress } from '../sync/sync-run';
import type { AppErrorValue } from '../../../core/errors';
import type { SyncConnection } from '../sync/sync-settings';

/** What the job thread is started with. */
export interface JobWorkerData {
  dataDir: string;
  resourcesDir?: string | undefined;
}

/** The backend's clock as an offset from the thread's own (tests move the backend's clock). */
interface Clocked {
  id: number;
  clockOffsetMs: number;
}

export type JobOrder = { type: 'method'; method: string; input: unknown; user: User } | { type: 'sync'; connection: SyncConnection };

export type JobRequest = JobOrder & Clocked;

export type JobReply =
  | { type: 'progress'; event: ProgressEvent }
  | { type: 'syncProgress'; id: number; progress: SyncProgress }
  | { type: 'method'; id: number; result: InvokeResult }
  | { type: 'synced'; id: number; result: SyncResult }
  | { type: 'failed'; id: number; error: AppErrorValue };
