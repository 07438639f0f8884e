import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertUser } from '../../../electron/backend/auth/users-repository';
import { lastLine, openDataDir, runOffice, schoolDataDir } from '../../fixtures/office/office-cli';

let dataDir: string;

beforeEach(async () => {
  ({ dataDir } = await schoolDataDir());
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function lastAudit(): { entity: string; entity_id: string; action: string; user_name: string; changes: string } {
  const db = openDataDir(dataDir);
  try {
    return db.prepare('SELECT entity, entity_id, action, user_name, changes FROM audit_log ORDER BY seq DESC LIMIT 1').get() as never;
  } finally {
    db.close();
  }
}

describe('npm run office -- backup', { timeout: 120_000 }, () => {
  it("writes a checked copy into DIR/backups named with the school's local time and prints its path last", () => {
    const run = runOffice('backup', '--data-dir', dataDir);
    expect(run.status).toBe(0);
    const file = lastLine(run.stdout);
    expect(dirname(file)).toBe(join(dataDir, 'backups'));
    expect(basename(file)).toMatch(/^manual-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}\.sqlite$/);
    const copy = new Database(file, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((copy.prepare('SELECT count(*) AS n FROM students').get() as { n: number }).n).toBe(1);
    } finally {
      copy.close();
    }
  });

  it('audits the backup under the administrator when the school has no director account', () => {
    const file = lastLine(runOffice('backup', '--data-dir', dataDir).stdout);
    expect(lastAudit()).toMatchObject({ entity: 'backup', entity_id: basename(file), action: 'create', user_name: 'Гончаренко Ірина Василівна' });
  });

  it("acts as the school's director account rather than an administrator", () => {
    const db = openDataDir(dataDir);
    db.prepare(`UPDATE users SET roles = '["administrator"]'`).run();
    insertUser(db, { id: randomUUID(), login: 'director', fullName: 'Савченко Олена Петрівна', roles: ['director'], staffId: null, mustChangePassword: false }, 'x', new Date());
    db.close();
    runOffice('backup', '--data-dir', dataDir);
    expect(lastAudit().user_name).toBe('Савченко Олена Петрівна');
  });

  it('writes to --out FILE when given, and prints that path', () => {
    const out = join(dataDir, 'elsewhere', 'copy.sqlite');
    const run = runOffice('backup', '--data-dir', dataDir, '--out', out);
    expect(run.status).toBe(0);
    expect(lastLine(run.stdout)).toBe(out);
    expect(existsSync(out)).toBe(true);
    expect(lastAudit()).toMatchObject({ entity: 'backup', entity_id: out, action: 'create' });
  });

  it('refuses to overwrite an existing --out file', () => {
    const out = join(dataDir, 'copy.sqlite');
    runOffice('backup', '--data-dir', dataDir, '--out', out);
    const again = runOffice('backup', '--data-dir', dataDir, '--out', out);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`Error: ${out} already exists; it is not overwritten\n`);
  });
});
