import type { Invoker } from '../../../core/api/invoke-result';

/** One way to reach the backend's handler table: Electron IPC or web mode's HTTP endpoint. */
export type Transport = Invoker;
