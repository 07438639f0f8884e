import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullStudentCard } from '../../fixtures/backend/cards';
import { testAdmin } from '../../fixtures/backend/school';
import { openBlankOffice } from '../../fixtures/office';
import { copyOfDatabase, countRows, damage, lastLine, openDataDir, runOffice, schoolDataDir } from '../../fixtures/office/office-cli';

let dataDir: string;
let backup: string;

beforeEach(async () => {
  ({ dataDir } = await schoolDataDir());
  backup = join(dataDir, 'school-with-one-student.sqlite');
  await copyOfDatabase(dataDir, backup);
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** A second student entered after the backup: what a restore takes away. */
async function addStudentSinceBackup(): Promise<void> {
  const office = openBlankOffice({ dataDir });
  await office.signIn(testAdmin.login, testAdmin.password);
  await office.call('students.save', { card: { ...fullStudentCard(), firstName: 'Олена', taxId: undefined, personalFileNumber: 'М/18' } });
  office.backend.close();
}

function backupsOf(kind: string): string[] {
  return readdirSync(join(dataDir, 'backups')).filter((name) => name.startsWith(`${kind}-`));
}

describe('npm run office -- restore', { timeout: 120_000 }, () => {
  it('puts the database back as the file holds it', async () => {
    await addStudentSinceBackup();
    const run = runOffice('restore', '--data-dir', dataDir, '--from', backup);
    expect(run.status).toBe(0);
    expect(countRows(dataDir, 'students')).toBe(1);
  });

  it('backs up the state it replaces first, and prints where', async () => {
    await addStudentSinceBackup();
    const run = runOffice('restore', '--data-dir', dataDir, '--from', backup);
    const [kept] = backupsOf('before-restore');
    expect(lastLine(run.stdout)).toBe(`The state it replaced is kept in ${join(dataDir, 'backups', kept ?? '')}`);
    const copy = new Database(join(dataDir, 'backups', kept ?? ''), { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM students').get() as { n: number }).n).toBe(2);
    copy.close();
  });

  it('records the restore in the audit of the restored database, under the acting account', () => {
    runOffice('restore', '--data-dir', dataDir, '--from', backup);
    const db = openDataDir(dataDir);
    const row = db.prepare('SELECT entity, action, user_name, changes FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Record<string, string>;
    db.close();
    expect(row).toMatchObject({ entity: 'database', action: 'update', user_name: testAdmin.fullName });
    expect(JSON.parse(row.changes ?? '[]')).toContainEqual({ field: 'restoredFrom', before: null, after: 'school-with-one-student.sqlite' });
    expect(runOffice('verify-audit', '--data-dir', dataDir).status).toBe(0);
  });

  it('refuses a damaged file, changing nothing and backing up nothing', async () => {
    await addStudentSinceBackup();
    damage(backup);
    const run = runOffice('restore', '--data-dir', dataDir, '--from', backup);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Error: school-with-one-student\.sqlite is damaged .*\(BACKUP_FILE_CORRUPT\)\n$/);
    expect(countRows(dataDir, 'students')).toBe(2);
    expect(readdirSync(dataDir)).not.toContain('backups');
  });

  it('refuses an SQLite file that is not a School Office database', () => {
    const other = join(dataDir, 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE notes (text TEXT)');
    db.close();
    const run = runOffice('restore', '--data-dir', dataDir, '--from', other);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('(BACKUP_FILE_NOT_SCHOOL_OFFICE)');
  });

  it('refuses a database written by a newer School Office', () => {
    const db = new Database(backup);
    db.pragma('user_version = 999');
    db.close();
    const run = runOffice('restore', '--data-dir', dataDir, '--from', backup);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('(BACKUP_FILE_TOO_NEW)');
    expect(readdirSync(dataDir)).not.toContain('backups');
  });
});
