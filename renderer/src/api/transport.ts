import type { Invoker } from '../../../core/api/invoke-result';
import type { ProgressSource } from '../../../core/api/progress';

/** One way to reach the backend's handler table and hear its progress events: Electron IPC or web mode's HTTP endpoint. */
export type Transport = Invoker & ProgressSource;
