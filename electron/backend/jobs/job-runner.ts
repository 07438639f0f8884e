import type { User } from '../../../core/api/auth-api';
import type { InvokeResult } from '../../../core/api/invoke-result';
import type { SyncResult } from '../../../core/api/sync-api';
import type { SyncProgress } from '../sync/sync-run';
import type { SyncConnection } from '../sync/sync-settings';

/**
 * Where long jobs run: on a database connection of their own (WAL lets the handler table's reads go on), and — in the
 * app — on a thread of their own, so a year-end, a Sync all or a whole printout never holds up a list or a card.
 */
export interface JobRunner {
  /** Runs a method the contract marks as a long job, as `user` (dispatch has checked the permission). */
  method(method: string, input: unknown, user: User): Promise<InvokeResult>;
  /** Runs Sync all against the server of `connection`; `onProgress` hears how far it got. */
  sync(connection: SyncConnection, onProgress: (progress: SyncProgress) => void): Promise<SyncResult>;
  close(): void;
}
