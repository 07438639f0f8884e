import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataDir, runOffice, schoolDataDir } from '../../fixtures/office/office-cli';
import { startServerProcess, type ServerProcess } from '../../fixtures/sync/server-process';

let serverDir: string;
let server: ServerProcess;
let dataDir: string;

beforeAll(async () => {
  serverDir = mkdtempSync(join(tmpdir(), 'school-office-central-'));
  server = await startServerProcess(serverDir);
});

afterAll(async () => {
  await server.kill();
  rmSync(serverDir, { recursive: true, force: true });
});

describe('npm run office -- sync', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    ({ dataDir } = await schoolDataDir());
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stores the server and token, runs Sync all and prints the summary, never the token', () => {
    const run = runOffice('sync', '--data-dir', dataDir, '--server', server.url, '--token', server.token);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Sent: [1-9]\d*, received: \d+/);
    expect(run.stdout).toMatch(/Cards: verified \d+, warning \d+, error \d+, pending \d+/);
    expect(run.stdout).toMatch(/Conflicts: 0 \(unresolved: 0\)/);
    expect(run.stdout).not.toContain(server.token);
    const db = openDataDir(dataDir);
    const settings = db.prepare('SELECT server_url, token_hint FROM sync_settings').get();
    db.close();
    expect(settings).toEqual({ server_url: server.url, token_hint: `…${server.token.slice(-4)}` });
  });

  it('syncs again with the stored server when no flags are given, with nothing left to send', () => {
    const run = runOffice('sync', '--data-dir', dataDir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Sent: 0,');
  });
});

describe('npm run office -- sync that cannot run', { timeout: 120_000 }, () => {
  let dataDir: string;

  beforeAll(async () => {
    ({ dataDir } = await schoolDataDir());
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('says so when no server is configured', () => {
    const run = runOffice('sync', '--data-dir', dataDir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('Error: no central server is configured: pass --server URL --token TOKEN once (SYNC_NOT_CONFIGURED)\n');
  });

  it('exits 1 with Error: when the server does not answer, without echoing the token', () => {
    const token = 'a-token-that-must-not-be-printed';
    const run = runOffice('sync', '--data-dir', dataDir, '--server', 'http://127.0.0.1:9', '--token', token);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('(SYNC_UNREACHABLE)');
    expect(run.stderr + run.stdout).not.toContain(token);
  });

  it('takes --token only with the --server it belongs to (a usage error)', () => {
    const run = runOffice('sync', '--data-dir', dataDir, '--token', 'a-token-that-must-not-be-printed');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage:');
    expect(run.stderr).not.toContain('a-token-that-must-not-be-printed');
  });
});
