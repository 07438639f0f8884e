import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registryCsv } from '../../fixtures/sync-server/cards';

const root = resolve(import.meta.dirname, '../../..');
const badCsv = join(root, 'tests/fixtures/sync-server/registry-bad-row.csv');

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sync-cli-'));
  db = join(dir, 'server.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'sync-server/cli.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, SYNC_DB: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function registryCount(): number {
  const sqlite = new Database(db, { readonly: true });
  try {
    return (sqlite.prepare('SELECT count(*) AS n FROM registry_people').get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

describe('admin command line', () => {
  it('adds a school', () => {
    const result = cli('school', 'add', '--code', '12345678', '--name', 'Ліцей №1', '--country', 'UA', '--db', db);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('12345678');
  });

  it('refuses a second school with the same code', () => {
    cli('school', 'add', '--code', '12345678', '--name', 'Ліцей №1', '--db', db);
    const result = cli('school', 'add', '--code', '12345678', '--name', 'Інша', '--db', db);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Error: .*already exists/);
  });

  it('refuses a missing required option, naming it', () => {
    const result = cli('school', 'add', '--name', 'Ліцей', '--db', db);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('--code is required');
  });

  it('refuses a header timeout longer than the request timeout before serving', () => {
    const result = cli('serve', '--headers-timeout', '5000', '--request-timeout', '1000', '--db', db);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--headers-timeout must not be longer than --request-timeout');
  });

  it('refuses a connection cap that is not a whole number', () => {
    const result = cli('serve', '--max-connections', 'many', '--db', db);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--max-connections must be a whole number');
  });

  it('refuses an unknown option', () => {
    const result = cli('school', 'add', '--code', 'X', '--name', 'Y', '--colour', 'red', '--db', db);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("Unknown option '--colour'");
  });

  it('prints a new token alone on the last line of its output', () => {
    cli('school', 'add', '--code', '12345678', '--name', 'Ліцей №1', '--db', db);
    const result = cli('token', 'issue', '--school', '12345678', '--db', db);
    expect(result.status).toBe(0);
    const last = result.stdout.trim().split('\n').at(-1) ?? '';
    expect(last).toMatch(/^so1_[\w-]{43}$/);
  });

  it('revokes a token: it is no longer live', async () => {
    cli('school', 'add', '--code', '12345678', '--name', 'Ліцей №1', '--db', db);
    const token = cli('token', 'issue', '--school', '12345678', '--db', db).stdout.trim().split('\n').at(-1) ?? '';
    expect(cli('token', 'revoke', '--token', token, '--db', db).status).toBe(0);
    const sqlite = new Database(db, { readonly: true });
    const live = (sqlite.prepare('SELECT count(*) AS n FROM tokens WHERE revoked_at IS NULL').get() as { n: number }).n;
    sqlite.close();
    expect(live).toBe(0);
  });

  it('refuses a token for an unknown school', () => {
    const result = cli('token', 'issue', '--school', 'NOPE', '--db', db);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('no school with code "NOPE"');
  });

  it('imports a registry CSV', () => {
    const file = join(dir, 'registry.csv');
    writeFileSync(file, registryCsv());
    const result = cli('registry', 'import', file, '--db', db);
    expect(result.status).toBe(0);
    expect(registryCount()).toBe(2);
  });

  it('reports a bad CSV row with its line number and the reason', () => {
    const result = cli('registry', 'import', badCsv, '--db', db);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/line 4: birthDate: /);
  });

  it('imports nothing of a CSV with a bad row, keeping the previous registry', () => {
    const file = join(dir, 'registry.csv');
    writeFileSync(file, registryCsv());
    cli('registry', 'import', file, '--db', db);
    cli('registry', 'import', badCsv, '--db', db);
    expect(registryCount()).toBe(2);
  });

  it('refuses a CSV whose header is not the registry header', () => {
    const file = join(dir, 'registry.csv');
    writeFileSync(file, 'kind,number\nbirth_certificate,1\n');
    const result = cli('registry', 'import', file, '--db', db);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('line 1: the header must be kind,series,number,lastName,firstName,middleName,birthDate,sex,deceased');
  });

  it('serves health on $PORT with the database $SYNC_DB', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/cli.ts', 'serve'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: '0', SYNC_DB: db } });
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        child.stdout.setEncoding('utf8').on('data', (text: string) => {
          const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(text);
          if (m?.[1]) resolveUrl(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const body = (await (await fetch(`${url}/api/v1/health`)).json()) as { status: string };
      expect(body.status).toBe('ok');
      expect(existsSync(db)).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
