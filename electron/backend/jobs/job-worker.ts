import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { AppError } from '../../../core/errors';
import { httpSyncServer } from '../sync/http-sync-server';
import { createJobExecutor } from './job-executor';
import type { JobReply, JobRequest, JobWorkerData } from './job-messages';

/** The long jobs' thread: its own connection to the school's database, fed by the backend's thread. */
if (!parentPort) throw new Error('job-worker runs as a worker thread');
const port: MessagePort = parentPort;
const data = workerData as JobWorkerData;
const send = (reply: JobReply) => port.postMessage(reply);

let clockOffsetMs = 0;
const executor = createJobExecutor({
  dataDir: data.dataDir,
  resourcesDir: data.resourcesDir,
  now: () => new Date(Date.now() + clockOffsetMs),
  connect: httpSyncServer,
  emit: (event) => send({ type: 'progress', event }),
});

port.on('message', (request: JobRequest) => {
  clockOffsetMs = request.clockOffsetMs;
  if (request.type === 'method') {
    void executor.method(request.method, request.input, request.user).then((result) => send({ type: 'method', id: request.id, result }));
    return;
  }
  executor
    .sync(request.connection, (progress) => send({ type: 'syncProgress', id: request.id, progress }))
    .then((result) => send({ type: 'synced', id: request.id, result }))
    .catch((err: unknown) => {
      if (!(err instanceof AppError)) console.error('[jobs] Sync all failed:', err instanceof Error ? err.stack : err);
      send({ type: 'failed', id: request.id, error: err instanceof AppError ? err.toValue() : { code: 'INTERNAL' } });
    });
});

port.on('close', () => executor.close());
