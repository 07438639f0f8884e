import type { InvokeResult } from '../../../core/api/invoke-result';
import type { ProgressEvent } from '../../../core/api/progress';
import type { WorkerScripts } from '../threads/spawn-worker';

/** What the backend's thread is started with. */
export interface BackendWorkerData {
  dataDir: string;
  resourcesDir?: string | undefined;
  /** Seeds the demo school into a new database before answering. */
  seedDemo: boolean;
  /** Electron: the key that seals the sync token, itself kept sealed by the OS keychain; absent elsewhere. */
  secretKey?: Uint8Array | undefined;
  scripts: WorkerScripts;
}

/** What the host learns once the backend's thread has opened (and, for the demo, seeded) the database. */
export interface BackendReady {
  /** The user configured a central server of their own: the demo's local one is then not started. */
  hasOwnServer: boolean;
  /** Today's date where the school is. */
  today: string;
}

export type HostRequest =
  | { type: 'invoke'; id: number; method: string; input: unknown; session: string | null }
  | { type: 'adoptServer'; id: number; url: string; token: string }
  | { type: 'serverUrl'; id: number }
  | { type: 'close' };

export type BackendReply =
  | { type: 'ready'; ready: BackendReady }
  | { type: 'startFailed'; message: string }
  | { type: 'answer'; id: number; result: InvokeResult }
  | { type: 'progress'; event: ProgressEvent };
