import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { createBackend } from '../backend';
import { schoolToday } from '../clock';
import { seedDemoSchoolOnFirstRun } from '../demo/seed-demo-school';
import { keyedSecretStore, plainSecretStore } from '../sync/secret-store';
import { adoptLocalServer, hasOwnServer, syncSettings } from '../sync/sync-settings';
import type { BackendReply, BackendWorkerData, HostRequest } from './host-messages';

/**
 * The backend's thread: the handler table on the school's database, off the thread that draws the window (Electron)
 * or serves web mode. Long jobs go on to a thread of their own from here.
 */
if (!parentPort) throw new Error('backend-worker runs as a worker thread');
const port: MessagePort = parentPort;
const data = workerData as BackendWorkerData;
const send = (reply: BackendReply) => port.postMessage(reply);

async function start() {
  const secrets = data.secretKey ? keyedSecretStore(data.secretKey) : plainSecretStore;
  // The app's backend: daily backups on, long jobs on a thread of their own.
  const backend = createBackend({ dataDir: data.dataDir, resourcesDir: data.resourcesDir, secrets, jobs: { threadScript: data.scripts.jobs }, scheduledBackups: true });
  backend.onProgress((event) => send({ type: 'progress', event }));
  if (data.seedDemo) await seedDemoSchoolOnFirstRun(backend);
  port.on('message', (request: HostRequest) => {
    if (request.type === 'invoke') {
      void backend.invoke(request.method, request.input, request.session).then((result) => send({ type: 'answer', id: request.id, result }));
    } else if (request.type === 'serverUrl') {
      send({ type: 'answer', id: request.id, result: { ok: true, value: syncSettings(backend.db).server_url } });
    } else if (request.type === 'adoptServer') {
      adoptLocalServer(backend.db, secrets, request.url, request.token);
      send({ type: 'answer', id: request.id, result: { ok: true, value: null } });
    } else {
      // A Sync all still running is cut off like a dropped network: what it sent is resent by the next one.
      backend.close();
      port.close();
    }
  });
  send({ type: 'ready', ready: { hasOwnServer: hasOwnServer(backend.db), today: schoolToday(backend.db, backend.now()) } });
}

start().catch((err: unknown) => send({ type: 'startFailed', message: err instanceof Error ? err.message : String(err) }));
