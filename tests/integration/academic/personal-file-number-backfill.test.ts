import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../electron/backend/db/migrations';
import { openDatabase } from '../../../electron/backend/db/open-database';

describe('migration 003 on a database of the previous version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'school-office-migration-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('registers the personal file numbers already written on cards, so they are never given again', () => {
    const file = join(dir, 'school-office.sqlite');
    const old = new Database(file);
    for (const migration of migrations.slice(0, 2)) old.exec(migration.sql);
    old.pragma('user_version = 2');
    const insert = old.prepare(
      `INSERT INTO students (id, last_name, first_name, middle_name, birth_date, status, error_count, warning_count, name_sort, search_text,
         document, updated_at, updated_by, issues, data)
       VALUES (?, ?, 'Іван', '', '2015-01-01', 'ok', 0, 0, '', '', '', '2025-11-20T10:00:00.000Z', 'u', '[]', ?)`,
    );
    insert.run('00000000-0000-4000-8000-000000000001', 'Бондар', JSON.stringify({ lastName: 'Бондар', personalFileNumber: 'Б/7' }));
    insert.run('00000000-0000-4000-8000-000000000002', 'Коваль', JSON.stringify({ lastName: 'Коваль', personalFileNumber: 'не номер' }));
    old.close();

    const db = openDatabase(file);
    expect(db.prepare('SELECT student_id AS studentId, letter, number FROM personal_file_numbers').all()).toEqual([
      { studentId: '00000000-0000-4000-8000-000000000001', letter: 'Б', number: 7 },
    ]);
    db.close();
  });
});
