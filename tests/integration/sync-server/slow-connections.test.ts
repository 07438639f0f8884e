import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerType } from '@hono/node-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../sync-server/http/app';
import { listen, type ConnectionLimits } from '../../../sync-server/http/node-server';
import { openDatabase, type ServerDb } from '../../../sync-server/storage/database';
import { freshServerDatabase, type TestDatabase } from '../../fixtures/sync-server/test-database';

let dir: string;
let db: ServerDb;
let database: TestDatabase;
let server: ServerType | undefined;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sync-slow-'));
  db = await openDatabase((database = await freshServerDatabase(dir)).location);
});
afterEach(async () => {
  if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
  server = undefined;
  await db.destroy();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

const small: ConnectionLimits = { headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 200, maxConnections: 2 };

async function start(limits: ConnectionLimits): Promise<number> {
  return new Promise((resolve) => {
    server = listen(createApp({ db }).fetch, { port: 0, hostname: '127.0.0.1', limits }, resolve);
  });
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
  });
}

/** Sends a header line every 100 ms, up to `lines`, until the server closes the connection; answers what came back and whether all lines went out. */
function dripHeaders(socket: Socket, lines: number): Promise<{ received: string; finished: boolean }> {
  return new Promise((resolve) => {
    let received = '';
    let sent = 0;
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\n');
    const timer = setInterval(() => {
      if (socket.destroyed) return;
      if (sent === lines) {
        clearInterval(timer);
        resolve({ received, finished: true });
        socket.destroy();
        return;
      }
      socket.write(`X-Slow-${sent}: 1\r\n`);
      sent += 1;
    }, 100);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ received, finished: sent === lines });
    });
    socket.on('error', () => undefined);
  });
}

describe('slow and idle connections', () => {
  it('cuts off a client that sends its headers too slowly', async () => {
    const port = await start(small);
    const { received, finished } = await dripHeaders(await open(port), 100);
    expect(finished).toBe(false);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('still answers a client that sends its request at once', async () => {
    const port = await start(small);
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(response.status).toBe(200);
  });

  it('closes connections beyond the cap unanswered while the first ones stay open', async () => {
    const port = await start({ ...small, headersTimeoutMs: 60_000, requestTimeoutMs: 60_000 });
    const held = [await open(port), await open(port)];
    const third = await open(port);
    const received = await new Promise<string>((resolve) => {
      let text = '';
      third.on('data', (chunk) => (text += chunk.toString()));
      third.on('close', () => resolve(text));
      third.on('error', () => undefined);
      third.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    expect(received).toBe('');
    for (const s of held) s.destroy();
  });
});
