import type Database from 'better-sqlite3';
import { prepared } from '../db/prepared';

/**
 * Records what a piece of work does to the domain tables, so it can be undone exactly: temporary triggers keep, for
 * every row touched, its state before the first change (none for a row the work inserted). The audit log is left
 * out: it is append-only, and an undo is itself audited.
 */
export const capturedTables = [
  'academic_years',
  'periods',
  'classes',
  'staff',
  'students',
  'document_keys',
  'enrollments',
  'orders',
  'order_items',
  'personal_file_numbers',
] as const;
export type CapturedTable = (typeof capturedTables)[number];

/** One touched row: its primary key values and the row as it was (null: the work created it). */
export interface CapturedRow {
  table: CapturedTable;
  key: (string | number)[];
  before: Record<string, unknown> | null;
}

interface TableShape {
  columns: string[];
  key: string[];
}

const shapes = new WeakMap<Database.Database, Map<CapturedTable, TableShape>>();

/** Columns and primary key of a table, read once per connection (the schema is fixed once migrated). */
function shapeOf(db: Database.Database, table: CapturedTable): TableShape {
  let known = shapes.get(db);
  if (!known) {
    known = new Map();
    shapes.set(db, known);
  }
  const found = known.get(table);
  if (found) return found;
  const info = db.prepare(`PRAGMA main.table_info(${table})`).all() as { name: string; pk: number }[];
  const shape = {
    columns: info.map((c) => c.name),
    key: info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name),
  };
  known.set(table, shape);
  return shape;
}

function triggerSql(table: CapturedTable, shape: TableShape): string[] {
  const keyOf = (row: 'NEW' | 'OLD') => `json_array(${shape.key.map((k) => `${row}.${k}`).join(', ')})`;
  const oldRow = `json_object(${shape.columns.map((c) => `'${c}', OLD.${c}`).join(', ')})`;
  // The first state wins: a plain NOT EXISTS, since an outer INSERT OR REPLACE would override a conflict clause here.
  const record = (key: string, before: string) =>
    `INSERT INTO temp.captured_rows (tbl, key, before) SELECT '${table}', ${key}, ${before}
     WHERE NOT EXISTS (SELECT 1 FROM temp.captured_rows WHERE tbl = '${table}' AND key = ${key});`;
  return [
    `CREATE TEMP TRIGGER capture_${table}_insert AFTER INSERT ON main.${table} BEGIN ${record(keyOf('NEW'), 'NULL')} END`,
    `CREATE TEMP TRIGGER capture_${table}_update BEFORE UPDATE ON main.${table} BEGIN ${record(keyOf('OLD'), oldRow)} END`,
    `CREATE TEMP TRIGGER capture_${table}_delete BEFORE DELETE ON main.${table} BEGIN ${record(keyOf('OLD'), oldRow)} END`,
  ];
}

/** Runs `work` (inside the caller's transaction) and returns what it touched, in the order first touched. */
export function captureChanges<T>(db: Database.Database, work: () => T): { result: T; captured: CapturedRow[] } {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS captured_rows (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, key TEXT NOT NULL, before TEXT, UNIQUE (tbl, key))');
  db.exec('DELETE FROM temp.captured_rows');
  for (const table of capturedTables) for (const sql of triggerSql(table, shapeOf(db, table))) db.exec(sql);
  try {
    const result = work();
    const rows = db.prepare('SELECT tbl, key, before FROM temp.captured_rows ORDER BY seq').all() as { tbl: CapturedTable; key: string; before: string | null }[];
    const captured = rows.map((r) => ({
      table: r.tbl,
      key: JSON.parse(r.key) as (string | number)[],
      before: r.before === null ? null : (JSON.parse(r.before) as Record<string, unknown>),
    }));
    return { result, captured };
  } finally {
    for (const table of capturedTables) for (const kind of ['insert', 'update', 'delete']) db.exec(`DROP TRIGGER IF EXISTS temp.capture_${table}_${kind}`);
    db.exec('DELETE FROM temp.captured_rows');
  }
}

/** The row as it is now; null when it is gone. */
export function currentState(db: Database.Database, row: CapturedRow): Record<string, unknown> | null {
  const where = shapeOf(db, row.table)
    .key.map((k) => `${k} = ?`)
    .join(' AND ');
  return (prepared(db, `SELECT * FROM ${row.table} WHERE ${where}`).get(...row.key) as Record<string, unknown> | undefined) ?? null;
}

/**
 * Puts every captured row back as it was: rows the work created are removed, rows it changed or removed get their
 * whole former state. Call inside a transaction; foreign keys are checked at its commit, so the order is free.
 */
export function restoreCaptured(db: Database.Database, captured: readonly CapturedRow[]): void {
  db.pragma('defer_foreign_keys = ON');
  for (const row of [...captured].reverse()) {
    const shape = shapeOf(db, row.table);
    const where = shape.key.map((k) => `${k} = ?`).join(' AND ');
    if (row.before === null) {
      prepared(db, `DELETE FROM ${row.table} WHERE ${where}`).run(...row.key);
      continue;
    }
    const before = row.before;
    const values = shape.columns.map((c) => before[c] ?? null);
    if (prepared(db, `SELECT 1 FROM ${row.table} WHERE ${where}`).get(...row.key)) {
      prepared(db, `UPDATE ${row.table} SET ${shape.columns.map((c) => `${c} = ?`).join(', ')} WHERE ${where}`).run(...values, ...row.key);
    } else {
      prepared(db, `INSERT INTO ${row.table} (${shape.columns.join(', ')}) VALUES (${shape.columns.map(() => '?').join(', ')})`).run(...values);
    }
  }
}
