import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../sync-server/http/app';
import { openDatabase } from '../../../sync-server/storage/database';
import { oldDatabase } from '../../fixtures/sync-server/old-database';
import { testNow } from '../../fixtures/sync-server/server-harness';
import { freshServerDatabase, type TestDatabase } from '../../fixtures/sync-server/test-database';

const root = resolve(import.meta.dirname, '../../..');

let dir: string;
let database: TestDatabase;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sync-cli-people-'));
  database = await freshServerDatabase(dir);
});
afterEach(async () => {
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'sync-server/cli.ts', ...args, ...database.cliArgs], { cwd: root, encoding: 'utf8', env: { ...process.env, ...database.cliEnv } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Signs in through the app on the CLI's database, as the dashboard does. */
async function signInStatus(login: string, password: string): Promise<{ status: number; body: unknown }> {
  const server = await openDatabase(database.location);
  try {
    const response = await createApp({ db: server }).request('/api/v1/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login, password }) });
    return { status: response.status, body: await response.json() };
  } finally {
    await server.destroy();
  }
}

describe('district and user commands', () => {
  it("adds a district, then a school in it, then the district's officer, whose one-time password signs in", async () => {
    expect(cli('district', 'add', '--code', 'KYIV-DARN', '--name', 'Дарницький район', '--country', 'UA').status).toBe(0);
    expect(cli('school', 'add', '--code', '12345678', '--name', 'Ліцей №1', '--district', 'KYIV-DARN').status).toBe(0);
    const result = cli('user', 'add', '--login', 'olena', '--name', 'Олена Коваль', '--role', 'district', '--district', 'KYIV-DARN');
    expect(result.status).toBe(0);
    const password = result.stdout.trim().split('\n').at(-1) ?? '';
    expect(password).toMatch(/^\S{12,}$/);
    const { status, body } = await signInStatus('olena', password);
    expect(status).toBe(200);
    expect(body).toMatchObject({ user: { login: 'olena', name: 'Олена Коваль', role: 'district', district: 'KYIV-DARN' } });
  });

  it('adds a ministry officer without a district', () => {
    const result = cli('user', 'add', '--login', 'iryna', '--name', 'Ірина', '--role', 'ministry');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^\S{12,}$/);
  });

  it('refuses a school of an unknown district, naming it', () => {
    const result = cli('school', 'add', '--code', '12345678', '--name', 'Ліцей №1', '--district', 'NOWHERE');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Error: no district with code "NOWHERE"');
  });

  it('refuses a second district with the same code', () => {
    cli('district', 'add', '--code', 'D-1', '--name', 'Перший');
    const result = cli('district', 'add', '--code', 'D-1', '--name', 'Другий');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Error: .*already exists/);
  });

  it('refuses a district officer without --district', () => {
    const result = cli('user', 'add', '--login', 'olena', '--name', 'Олена', '--role', 'district');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--district');
  });

  it('refuses a ministry officer with --district', () => {
    cli('district', 'add', '--code', 'D-1', '--name', 'Перший');
    const result = cli('user', 'add', '--login', 'iryna', '--name', 'Ірина', '--role', 'ministry', '--district', 'D-1');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('leave out --district');
  });

  it('refuses a role other than district or ministry', () => {
    const result = cli('user', 'add', '--login', 'x', '--name', 'X', '--role', 'school');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--role must be district or ministry');
  });

  it('refuses a second person with the same login', () => {
    cli('user', 'add', '--login', 'iryna', '--name', 'Ірина', '--role', 'ministry');
    const result = cli('user', 'add', '--login', 'iryna', '--name', 'Інша', '--role', 'ministry');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Error: .*already exists/);
  });
});

describe('the migration of free-text districts', () => {
  it('makes a district of each name the schools had, coded by the name where it is a valid code', async () => {
    await oldDatabase(database.location, '0007', async (old) => {
      const school = { country: 'UA' as const, created_at: testNow.toISOString() };
      // Before 0007 a school's district was free text, a column today's table types no longer have.
      await (old as unknown as Kysely<{ schools: { id: string; code: string; name: string; country: string; district: string | null; created_at: string } }>)
        .insertInto('schools')
        .values([
          { ...school, id: 'a', code: 'A', name: 'A', district: 'Київ' },
          { ...school, id: 'b', code: 'B', name: 'B', district: 'Біла Церква' },
          { ...school, id: 'c', code: 'C', name: 'C', district: 'Київ' },
          { ...school, id: 'd', code: 'D', name: 'D', district: null },
        ])
        .execute();
    });
    const migrated = await openDatabase(database.location);
    try {
      const rows = await migrated
        .selectFrom('schools')
        .leftJoin('districts', 'districts.id', 'schools.district_id')
        .select(['schools.code', 'districts.code as district', 'districts.name as districtName'])
        .orderBy('schools.code')
        .execute();
      expect(rows).toEqual([
        { code: 'A', district: 'Київ', districtName: 'Київ' },
        { code: 'B', district: 'district-1', districtName: 'Біла Церква' },
        { code: 'C', district: 'Київ', districtName: 'Київ' },
        { code: 'D', district: null, districtName: null },
      ]);
    } finally {
      await migrated.destroy();
    }
  });
});
