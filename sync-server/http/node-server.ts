import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';

/** How long a client may take and how many may be connected: a slow or idle client must not hold the server. */
export interface ConnectionLimits {
  /** Until the request's headers have all arrived. */
  headersTimeoutMs: number;
  /** Until the whole request, body included, has arrived: a 64 MiB push at 5 Mbit/s fits. */
  requestTimeoutMs: number;
  /** How long an idle kept-alive connection stays open between requests. */
  keepAliveTimeoutMs: number;
  /** Open connections at once; more are refused until one closes. */
  maxConnections: number;
}

export const defaultConnectionLimits: ConnectionLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 120_000, keepAliveTimeoutMs: 5_000, maxConnections: 1_000 };

export interface ListenOptions {
  port: number;
  hostname: string;
  limits: ConnectionLimits;
}

/** The app on a Node HTTP server with these limits; `onListening` gets the port it listens on. */
export function listen(fetch: (request: Request) => Response | Promise<Response>, options: ListenOptions, onListening: (port: number) => void): ServerType {
  const { limits } = options;
  const server = serve(
    {
      fetch,
      port: options.port,
      hostname: options.hostname,
      serverOptions: {
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.requestTimeoutMs,
        keepAliveTimeout: limits.keepAliveTimeoutMs,
        // Node checks the header and request timeouts only this often (30 s by default): check well within them.
        connectionsCheckingInterval: Math.max(10, Math.min(30_000, Math.floor(limits.headersTimeoutMs / 4))),
      },
    },
    (info: AddressInfo) => onListening(info.port),
  );
  server.maxConnections = limits.maxConnections;
  return server;
}
