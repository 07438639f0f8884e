import type { AppErrorValue } from '../errors';

/** What the handler table answers for one call, over either transport (IPC or web mode). */
export type InvokeResult = { ok: true; value: unknown } | { ok: false; error: AppErrorValue };

/** Anything that takes one call of the handler table: the backend itself, IPC, web mode's HTTP endpoint. */
export interface Invoker {
  invoke(method: string, input: unknown, session: string | null): Promise<InvokeResult>;
}
