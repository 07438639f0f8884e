import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { InvokeResult, Invoker } from '../../core/api/invoke-result';
import { contentSecurityPolicy } from '../content-security-policy';

/** What web mode needs of the backend: the same entry point the Electron IPC bridge calls. */
export type InvokeTarget = Invoker;

export interface WebServer {
  /** The address to open, with the run token in the fragment (never sent to the server in a request line). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const invokeBodySchema = z.object({
  method: z.string().min(1).max(100),
  input: z.unknown(),
  session: z.string().max(200).nullable().default(null),
});

const LOOPBACK = '127.0.0.1';

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function refusal(code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'INVALID_INPUT', reason: string): InvokeResult {
  return { ok: false, error: { code, params: { reason } } };
}

/**
 * Serves the built renderer and the backend's handler table over HTTP on 127.0.0.1 only.
 * Every call must carry the per-run token; requests naming another host (DNS rebinding) or coming from another
 * origin are refused.
 */
export async function startWebServer(opts: { target: InvokeTarget; staticDir: string; port?: number }): Promise<WebServer> {
  const token = randomBytes(32).toString('base64url');
  let port = opts.port ?? 0;
  const allowedHosts = () => new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);

  const app = new Hono();
  app.use('*', async (c, next) => {
    if (!allowedHosts().has(c.req.header('host') ?? '')) return c.text('Forbidden host', 403);
    await next();
    c.header('Content-Security-Policy', contentSecurityPolicy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
  });

  app.post('/api/invoke', bodyLimit({ maxSize: 2 * 1024 * 1024, onError: (c) => c.json(refusal('INVALID_INPUT', 'too_large'), 413) }), async (c) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      return c.json(refusal('FORBIDDEN', 'origin'), 403);
    }
    const auth = c.req.header('authorization') ?? '';
    if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice('Bearer '.length), token)) {
      return c.json(refusal('UNAUTHENTICATED', 'run_token'), 401);
    }
    const body = invokeBodySchema.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) return c.json(refusal('INVALID_INPUT', 'envelope'), 400);
    return c.json(await opts.target.invoke(body.data.method, body.data.input, body.data.session));
  });
  app.all('/api/*', (c) => c.json(refusal('INVALID_INPUT', 'unknown_route'), 404));

  app.use('/*', serveStatic({ root: opts.staticDir }));
  app.get('*', serveStatic({ root: opts.staticDir, path: 'index.html' }));

  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: LOOPBACK, port }, () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/#token=${token}`,
    port,
    token,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
