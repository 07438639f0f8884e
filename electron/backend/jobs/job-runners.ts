import type { Worker } from 'node:worker_threads';
import type { ProgressEvent } from '../../../core/api/progress';
import type { SyncProgress } from '../sync/sync-run';
import { AppError } from '../../../core/errors';
import { spawnWorker } from '../threads/spawn-worker';
import { createJobExecutor, type JobExecutorOptions } from './job-executor';
import type { JobOrder, JobReply, JobRequest, JobWorkerData } from './job-messages';
import type { JobRunner } from './job-runner';

/**
 * Long jobs on a second connection in this same thread: the integration tests' and the command line's runner, where
 * nothing else waits for an answer meanwhile. Opened at the first job.
 */
export function inlineJobRunner(opts: JobExecutorOptions): JobRunner {
  let executor: JobRunner | null = null;
  const open = () => (executor ??= createJobExecutor(opts));
  return {
    method: (method, input, user) => open().method(method, input, user),
    sync: (connection, onProgress) => open().sync(connection, onProgress),
    close: () => executor?.close(),
  };
}

interface Pending {
  resolve(value: never): void;
  reject(err: unknown): void;
  onProgress?: (progress: SyncProgress) => void;
}

/**
 * Long jobs on a worker thread of their own (the app's runner): a year-end's transaction or a Sync all's writes
 * block that thread only, so the handler table keeps answering. The thread starts at the first job and again after
 * it died; a job it was running then fails with INTERNAL.
 */
export function threadJobRunner(opts: JobWorkerData & { script: string; now: () => Date; emit: (event: ProgressEvent) => void }): JobRunner {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = () => {
    for (const job of pending.values()) job.reject(new AppError('INTERNAL'));
    pending.clear();
    worker = null;
  };

  const onReply = (reply: JobReply) => {
    if (reply.type === 'progress') return opts.emit(reply.event);
    const job = pending.get(reply.id);
    if (!job) return;
    if (reply.type === 'syncProgress') return job.onProgress?.(reply.progress);
    pending.delete(reply.id);
    if (reply.type === 'failed') job.reject(new AppError(reply.error.code, reply.error.params as Record<string, string | number> | undefined));
    else job.resolve(reply.result as never);
  };

  const thread = (): Worker => {
    if (worker) return worker;
    const started = spawnWorker(opts.script, { dataDir: opts.dataDir, resourcesDir: opts.resourcesDir } satisfies JobWorkerData);
    started.on('message', onReply);
    started.on('error', (err) => {
      console.error('[jobs] the job thread failed:', err.stack);
      failAll();
    });
    started.on('exit', failAll);
    worker = started;
    return started;
  };

  const request = <T>(order: JobOrder, onProgress?: Pending['onProgress']): Promise<T> => {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as Pending['resolve'], reject, ...(onProgress ? { onProgress } : {}) });
      thread().postMessage({ ...order, id, clockOffsetMs: opts.now().getTime() - Date.now() } satisfies JobRequest);
    });
  };

  return {
    method: (method, input, user) => request({ type: 'method', method, input, user }),
    sync: (connection, onProgress) => request({ type: 'sync', connection }, onProgress),
    close: () => {
      const running = worker;
      worker = null;
      void running?.terminate();
    },
  };
}
