import { resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { InvokeResult, Invoker } from '../../../core/api/invoke-result';
import type { ProgressSource } from '../../../core/api/progress';
import { createProgressHub } from '../progress/progress-hub';
import { spawnWorker, type WorkerScripts } from '../threads/spawn-worker';
import type { BackendReady, BackendReply, BackendWorkerData, HostRequest } from './host-messages';

/** The backend as its host (web mode, Electron's main process) sees it: calls and events forwarded to its thread. */
export interface BackendHost extends Invoker, ProgressSource {
  readonly ready: BackendReady;
  /** The central server's address as configured now (the links the window may open depend on it). */
  serverUrl(): Promise<string | null>;
  /** Points a demo database at the central server the host started locally. */
  adoptServer(url: string, token: string): Promise<void>;
  close(): Promise<void>;
}

/** A request that waits for its answer, before its id is given. */
type HostOrder = DistributiveOmit<Extract<HostRequest, { id: number }>, 'id'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** How long the backend may take to close its database before its thread is stopped. */
const closeGraceMs = 5_000;

/** The worker scripts as sources, for web mode and tests under tsx (the packaged app passes its bundles instead). */
export function sourceWorkerScripts(): WorkerScripts {
  return { backend: resolve(import.meta.dirname, 'backend-worker.ts'), jobs: resolve(import.meta.dirname, '../jobs/job-worker.ts') };
}

/** Starts the backend's thread and resolves once its database is open (and the demo seeded); rejects if it cannot be. */
export async function startBackendHost(data: BackendWorkerData): Promise<BackendHost> {
  const worker: Worker = spawnWorker(data.scripts.backend, data);
  const hub = createProgressHub();
  const pending = new Map<number, (result: InvokeResult) => void>();
  let nextId = 1;
  let alive = true;

  const ready = await new Promise<BackendReady>((resolveReady, reject) => {
    const failed = (err: Error) => reject(err);
    const exited = (code: number) => reject(new Error(`the backend stopped while starting (exit code ${code})`));
    const onStart = (reply: BackendReply) => {
      if (reply.type !== 'ready' && reply.type !== 'startFailed') return;
      worker.off('message', onStart).off('error', failed).off('exit', exited);
      if (reply.type === 'ready') resolveReady(reply.ready);
      else {
        void worker.terminate();
        reject(new Error(reply.message));
      }
    };
    worker.on('message', onStart).on('error', failed).on('exit', exited);
  });

  worker.on('message', (reply: BackendReply) => {
    if (reply.type === 'progress') hub.emit(reply.event);
    if (reply.type === 'answer') {
      pending.get(reply.id)?.(reply.result);
      pending.delete(reply.id);
    }
  });
  let closing = false;
  /** The thread is gone: calls still waiting fail as INTERNAL (said in the log unless the host closed it). */
  const stop = (why: string) => {
    alive = false;
    if (!closing) console.error(`[backend] ${why}`);
    for (const answer of pending.values()) answer({ ok: false, error: { code: 'INTERNAL' } });
    pending.clear();
  };
  worker.on('error', (err) => stop(`the backend thread failed: ${err.stack ?? err.message}`));
  worker.on('exit', (code) => stop(`the backend thread exited (code ${code})`));

  const request = (message: HostOrder) =>
    new Promise<InvokeResult>((answer) => {
      if (!alive) return answer({ ok: false, error: { code: 'INTERNAL' } });
      const id = nextId++;
      pending.set(id, answer);
      worker.postMessage({ ...message, id } as HostRequest);
    });

  return {
    ready,
    invoke: (method, input, session) => request({ type: 'invoke', method, input, session }),
    onProgress: hub.onProgress,
    serverUrl: async () => {
      const answer = await request({ type: 'serverUrl' });
      return answer.ok && typeof answer.value === 'string' ? answer.value : null;
    },
    adoptServer: async (url, token) => {
      await request({ type: 'adoptServer', url, token });
    },
    close: async () => {
      if (!alive || closing) return;
      closing = true;
      const exited = new Promise((resolveExit) => worker.once('exit', resolveExit));
      worker.postMessage({ type: 'close' } satisfies HostRequest);
      const timer = setTimeout(() => void worker.terminate(), closeGraceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
