import axios, { type AxiosInstance } from 'axios';
import { AppError } from '../../../core/errors';
import type { PullAnswer, PushAnswer, PushBody, SyncServer } from './sync-run';
import type { SyncConnection } from './sync-settings';

const requestTimeoutMs = 60_000;

/** Turns a failed request into the error the user sees; the token never appears in it. */
function syncError(err: unknown): AppError {
  if (!axios.isAxiosError(err)) return new AppError('INTERNAL');
  const status = err.response?.status;
  if (status === undefined) return new AppError('SYNC_UNREACHABLE');
  if (status === 401 || status === 403) return new AppError('SYNC_UNAUTHORIZED');
  const body = err.response?.data as { error?: { code?: unknown } } | undefined;
  const code = typeof body?.error?.code === 'string' ? body.error.code : `HTTP ${status}`;
  return new AppError('SYNC_REFUSED', { reason: code });
}

async function request<T>(call: () => Promise<{ data: T }>): Promise<T> {
  try {
    return (await call()).data;
  } catch (err) {
    throw syncError(err);
  }
}

export interface HttpSyncServer extends SyncServer {
  health(): Promise<{ status: string; version: string }>;
}

/** The central server over HTTP (DESIGN §5), as this school and this device. */
export function httpSyncServer(connection: SyncConnection): HttpSyncServer {
  const http: AxiosInstance = axios.create({
    baseURL: `${connection.serverUrl}/api/v1`,
    timeout: requestTimeoutMs,
    headers: { Authorization: `Bearer ${connection.token}`, 'X-Device-Id': connection.deviceId },
    // Only the configured server: no proxies from the environment that could see the school's cards.
    proxy: false,
  });
  return {
    health: () => request(() => http.get('/health')),
    push: (body: PushBody) => request<PushAnswer>(() => http.post('/sync/push', body)),
    pull: (since, limit) => request<PullAnswer>(() => http.get('/sync/pull', { params: since === null ? { limit } : { since, limit } })),
  };
}
