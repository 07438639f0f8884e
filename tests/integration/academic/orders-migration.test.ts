import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../electron/backend/db/migrations';
import { openDatabase } from '../../../electron/backend/db/open-database';

const ids = { student: '00000000-0000-4000-8000-000000000001', order: '00000000-0000-4000-8000-000000000002' };

describe('migration 009 (orders basis) on a database of version 7', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'school-office-migration-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A version-7 database holding one enroll order with its item. */
  function version7(file: string): void {
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    for (const migration of migrations.slice(0, 7)) old.exec(migration.sql);
    old.pragma('user_version = 7');
    old.prepare(
      `INSERT INTO students (id, last_name, first_name, middle_name, birth_date, status, error_count, warning_count, name_sort, search_text,
         document, updated_at, updated_by, issues, data)
       VALUES (?, 'Бондар', 'Іван', '', '2015-01-01', 'ok', 0, 0, '', '', '', '2025-11-20T10:00:00.000Z', 'u', '[]', '{}')`,
    ).run(ids.student);
    old.prepare(
      `INSERT INTO orders (id, academic_year, number, date, kind, entered_on, rev, sent_count, updated_at, updated_by)
       VALUES (?, '2025/2026', 3, '2025-11-20', 'enroll', '2025-11-20', 17, 1, '2025-11-20T10:00:00.000Z', 'u')`,
    ).run(ids.order);
    old.prepare(`INSERT INTO order_items (order_id, position, student_id) VALUES (?, 0, ?)`).run(ids.order, ids.student);
    old.close();
  }

  it('keeps every order with its sync state and every item', () => {
    const file = join(dir, 'school-office.sqlite');
    version7(file);
    const db = openDatabase(file);
    expect(db.prepare('SELECT id, number, kind, rev, sent_count AS sent, basis, revokes_order_id AS revokes FROM orders').all()).toEqual([
      { id: ids.order, number: 3, kind: 'enroll', rev: 17, sent: 1, basis: null, revokes: null },
    ]);
    expect(db.prepare('SELECT order_id AS orderId, student_id AS studentId FROM order_items').all()).toEqual([{ orderId: ids.order, studentId: ids.student }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('accepts the new kinds: a repeat order, and a revoke order naming the order it revokes', () => {
    const file = join(dir, 'school-office.sqlite');
    version7(file);
    const db = openDatabase(file);
    const insert = db.prepare(
      `INSERT INTO orders (id, academic_year, number, date, kind, entered_on, revokes_order_id, updated_at, updated_by)
       VALUES (?, '2025/2026', ?, '2025-11-21', ?, '2025-11-21', ?, '2025-11-21T10:00:00.000Z', 'u')`,
    );
    insert.run('00000000-0000-4000-8000-000000000003', 4, 'repeat', null);
    insert.run('00000000-0000-4000-8000-000000000004', 5, 'revoke', ids.order);
    expect(() => insert.run('00000000-0000-4000-8000-000000000005', 6, 'revoke', null)).toThrow(/CHECK/);
    db.close();
  });
});
