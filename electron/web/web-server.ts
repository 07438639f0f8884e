import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import { invokeEnvelopeSchema } from '../../core/api/invoke-envelope';
import type { InvokeResult, Invoker } from '../../core/api/invoke-result';
import type { ProgressEvent, ProgressSource } from '../../core/api/progress';
import { contentSecurityPolicy } from '../content-security-policy';

/** What web mode needs of the backend: the entry point the Electron IPC bridge calls, and its progress events. */
export type InvokeTarget = Invoker & ProgressSource;

/** A comment line this often keeps an idle event stream open through proxies and lets a closed tab be noticed. */
const keepAliveMs = 15_000;
/** Events kept for a tab that reads slowly; older ones are dropped (a progress bar needs only the latest). */
const maxQueuedEvents = 200;

export interface WebServer {
  /** The address to open, with the run token in the fragment (never sent to the server in a request line). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

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

  /** Same-origin calls carrying the run token only. */
  app.use('/api/*', async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      return c.json(refusal('FORBIDDEN', 'origin'), 403);
    }
    const auth = c.req.header('authorization') ?? '';
    if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice('Bearer '.length), token)) {
      return c.json(refusal('UNAUTHENTICATED', 'run_token'), 401);
    }
    await next();
  });

  app.post('/api/invoke', bodyLimit({ maxSize: 2 * 1024 * 1024, onError: (c) => c.json(refusal('INVALID_INPUT', 'too_large'), 413) }), async (c) => {
    const body = invokeEnvelopeSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) return c.json(refusal('INVALID_INPUT', 'envelope'), 400);
    return c.json(await opts.target.invoke(body.data.method, body.data.input, body.data.session));
  });
  /** Progress events of long jobs as server-sent events: one `data:` line of JSON per event (DESIGN §1). */
  app.get('/api/events', (c) =>
    streamSSE(c, async (stream) => {
      const queue: ProgressEvent[] = [];
      let wake: (() => void) | null = null;
      const unsubscribe = opts.target.onProgress((event) => {
        // A tab that stops reading must not hold an ever-growing queue: each event supersedes the earlier ones.
        if (queue.length >= maxQueuedEvents) queue.shift();
        queue.push(event);
        wake?.();
      });
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      while (!stream.aborted) {
        const event = queue.shift();
        if (event) {
          await stream.writeSSE({ event: 'progress', data: JSON.stringify(event) });
          continue;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, keepAliveMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
        if (queue.length === 0 && !stream.aborted) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
    }),
  );
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
    close: () =>
      new Promise((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Event streams never end by themselves: without this, close would wait for every open tab.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
