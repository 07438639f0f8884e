import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../../sync-server/storage/database';
import { registryCsv } from '../../fixtures/sync-server/cards';
import { freshServerDatabase, testDatabaseKind, type TestDatabase } from '../../fixtures/sync-server/test-database';

const root = resolve(import.meta.dirname, '../../..');
const badCsv = join(root, 'tests/fixtures/sync-server/registry-bad-row.csv');

let dir: string;
let database: TestDatabase;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sync-cli-'));
  database = await freshServerDatabase(dir);
});
afterEach(async () => {
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** The command line on the test's database (`--db FILE` for SQLite, $DATABASE_URL for PostgreSQL). */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'sync-server/cli.ts', ...args, ...database.cliArgs], { cwd: root, encoding: 'utf8', env: { ...process.env, ...database.cliEnv } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function registryCount(): Promise<number> {
  const db = connectDatabase(database.location);
  try {
    const { n } = await db.selectFrom('registry_people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(n);
  } finally {
    await db.destroy();
  }
}

describe('admin command line', () => {
  it('adds a school', () => {
    const result = cli('school', 'add', '--code', '12345678', '--name', 'Ліцей №1', '--country', 'UA');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('12345678');
  });

  it('refuses a second school with the same code', () => {
    cli('school', 'add', '--code', '12345678', '--name', 'Ліцей №1');
    const result = cli('school', 'add', '--code', '12345678', '--name', 'Інша');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Error: .*already exists/);
  });

  it('refuses a missing required option, naming it', () => {
    const result = cli('school', 'add', '--name', 'Ліцей');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('--code is required');
  });

  it('refuses a header timeout longer than the request timeout before serving', () => {
    const result = cli('serve', '--headers-timeout', '5000', '--request-timeout', '1000');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--headers-timeout must not be longer than --request-timeout');
  });

  it('refuses a connection cap that is not a whole number', () => {
    const result = cli('serve', '--max-connections', 'many');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--max-connections must be a whole number');
  });

  it('refuses an unknown option', () => {
    const result = cli('school', 'add', '--code', 'X', '--name', 'Y', '--colour', 'red');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("Unknown option '--colour'");
  });

  it('prints a new token alone on the last line of its output', () => {
    cli('school', 'add', '--code', '12345678', '--name', 'Ліцей №1');
    const result = cli('token', 'issue', '--school', '12345678');
    expect(result.status).toBe(0);
    const last = result.stdout.trim().split('\n').at(-1) ?? '';
    expect(last).toMatch(/^so1_[\w-]{43}$/);
  });

  it('revokes a token: it is no longer live', async () => {
    cli('school', 'add', '--code', '12345678', '--name', 'Ліцей №1');
    const token = cli('token', 'issue', '--school', '12345678').stdout.trim().split('\n').at(-1) ?? '';
    expect(cli('token', 'revoke', '--token', token).status).toBe(0);
    const db = connectDatabase(database.location);
    const live = await db.selectFrom('tokens').select('id').where('revoked_at', 'is', null).execute();
    await db.destroy();
    expect(live).toEqual([]);
  });

  it('refuses a token for an unknown school', () => {
    const result = cli('token', 'issue', '--school', 'NOPE');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('no school with code "NOPE"');
  });

  it('imports a registry CSV', async () => {
    const file = join(dir, 'registry.csv');
    writeFileSync(file, registryCsv());
    const result = cli('registry', 'import', file);
    expect(result.status).toBe(0);
    expect(await registryCount()).toBe(2);
  });

  it('imports a registry again checking only the cards whose documents changed', () => {
    const file = join(dir, 'registry.csv');
    writeFileSync(file, registryCsv());
    cli('registry', 'import', file);
    const result = cli('registry', 'import', file);
    expect(result.stdout).toMatch(/load [\d.]+ s, index [\d.]+ s, diff [\d.]+ s, swap [\d.]+ s\n {2}0 documents changed in the registry\.\nChecked 0 cards again .*\(the cards whose documents changed, and pending ones\)/);
  });

  it('imports a registry again checking every card with --full', () => {
    const file = join(dir, 'registry.csv');
    writeFileSync(file, registryCsv());
    cli('registry', 'import', file);
    const result = cli('registry', 'import', file, '--full');
    expect(result.stdout).toContain('(every card)');
  });

  it('reports a bad CSV row with its line number and the reason', () => {
    const result = cli('registry', 'import', badCsv);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/line 4: birthDate: /);
  });

  it('imports nothing of a CSV with a bad row, keeping the previous registry', async () => {
    const file = join(dir, 'registry.csv');
    writeFileSync(file, registryCsv());
    cli('registry', 'import', file);
    cli('registry', 'import', badCsv);
    expect(await registryCount()).toBe(2);
  });

  it('refuses a CSV whose header is not the registry header', () => {
    const file = join(dir, 'registry.csv');
    writeFileSync(file, 'kind,number\nbirth_certificate,1\n');
    const result = cli('registry', 'import', file);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('line 1: the header must be kind,series,number,lastName,firstName,middleName,birthDate,sex,deceased');
  });

  /** `serve` with the database named by the environment alone; answers its first line and its address. */
  async function serveFromEnvironment(env: Record<string, string>): Promise<{ line: string; url: string; stop: () => void }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'sync-server/cli.ts', 'serve'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: '0', ...env } });
    const line = await new Promise<string>((resolveLine, reject) => {
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        if (/http:\/\/127\.0\.0\.1:\d+/.test(text)) resolveLine(text);
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
    });
    return { line, url: /(http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1] ?? '', stop: () => child.kill('SIGTERM') };
  }

  it.runIf(testDatabaseKind === 'sqlite')('serves health on $PORT with the database $SYNC_DB', async () => {
    const served = await serveFromEnvironment({ SYNC_DB: database.location, DATABASE_URL: '' });
    try {
      const body = (await (await fetch(`${served.url}/api/v1/health`)).json()) as { status: string };
      expect(body.status).toBe('ok');
      expect(existsSync(database.location)).toBe(true);
    } finally {
      served.stop();
    }
  });

  it.runIf(testDatabaseKind === 'postgres')('serves health on $PORT with the PostgreSQL of $DATABASE_URL, never printing its password', async () => {
    const served = await serveFromEnvironment(database.cliEnv);
    try {
      const body = (await (await fetch(`${served.url}/api/v1/health`)).json()) as { status: string };
      expect(body.status).toBe('ok');
      expect(served.line).toContain('postgres://');
      expect(served.line).not.toContain(decodeURIComponent(new URL(database.location).password));
    } finally {
      served.stop();
    }
  });
});
