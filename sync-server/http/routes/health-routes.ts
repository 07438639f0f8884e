import { Hono } from 'hono';
import { serverVersion } from '../../version';

/** GET /health: whether the server answers, and its version; no token needed. */
export function healthRoutes(): Hono {
  return new Hono().get('/health', (c) => c.json({ status: 'ok', version: serverVersion }));
}
