import axios, { type AxiosInstance } from 'axios';
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { anchorAnswerSchema, anchorSeenSchema } from '../../../core/sync/audit-anchor';
import { pullAnswerSchema } from '../../../core/sync/pull';
import { pushAnswerSchema } from '../../../core/sync/push';
import type { SyncServer } from './sync-run';
import type { SyncConnection } from './sync-settings';

const requestTimeoutMs = 60_000;

/** Turns a failed request into the error the user sees; the token never appears in it. */
function syncError(err: unknown): AppError {
  if (!axios.isAxiosError(err)) return new AppError('INTERNAL');
  const status = err.response?.status;
  // No status, or a success whose body was cut off: the network dropped mid-way; the next run resends the same batch.
  if (status === undefined || status < 300) return new AppError('SYNC_UNREACHABLE');
  if (status === 401 || status === 403) return new AppError('SYNC_UNAUTHORIZED');
  const body = err.response?.data as { error?: { code?: unknown } } | undefined;
  const code = typeof body?.error?.code === 'string' ? body.error.code : `HTTP ${status}`;
  return new AppError('SYNC_REFUSED', { reason: code });
}

/** The server's answer, checked like any other input crossing a boundary before Sync all acts on it. */
async function request<T>(schema: z.ZodType<T>, call: () => Promise<{ data: unknown }>): Promise<T> {
  let data: unknown;
  try {
    data = (await call()).data;
  } catch (err) {
    throw syncError(err);
  }
  const answer = schema.safeParse(data);
  if (!answer.success) throw new AppError('SYNC_REFUSED', { reason: 'INVALID_ANSWER' });
  return answer.data;
}

const healthAnswerSchema = z.object({ status: z.string(), version: z.string() });

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
    // A cut-off JSON body must fail the request, not arrive as a string.
    transitional: { silentJSONParsing: false, forcedJSONParsing: true, clarifyTimeoutError: false },
  });
  return {
    health: () => request(healthAnswerSchema, () => http.get('/health')),
    // The body is JSON text already; axios would otherwise parse it whole to check it before sending.
    push: (body: string) =>
      request(pushAnswerSchema, () => http.post('/sync/push', body, { headers: { 'Content-Type': 'application/json' }, transformRequest: [(data: string) => data] })),
    pull: (since, limit) => request(pullAnswerSchema, () => http.get('/sync/pull', { params: since === null ? { limit } : { since, limit } })),
    anchorSeen: () => request(anchorSeenSchema, () => http.get('/sync/audit-anchor')),
    anchor: (body) => request(anchorAnswerSchema, () => http.post('/sync/audit-anchor', body)),
  };
}
