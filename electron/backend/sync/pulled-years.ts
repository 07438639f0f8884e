import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { academicYearDataSchema, periodDataSchema } from '../../../core/sync/wire-data';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { findAcademicYear } from '../classes/academic-years';
import { prepared } from '../db/prepared';
import { pulledRecordWins, pulledSyncColumns, retireTwin, type StoreOutcome } from './pulled-record';

/**
 * An academic year from another device. Years are told apart by label: when this device holds the same year under
 * another id, the lower id wins and the classes and periods of the losing twin move to the winner (pulled-record).
 */
export function storePulledAcademicYear(db: Database.Database, user: User, id: string, rev: number, data: unknown, now: Date): StoreOutcome {
  const parsed = academicYearDataSchema.safeParse(data);
  if (!parsed.success) return 'invalid';
  const { label, start, end } = parsed.data;
  const twin = findAcademicYear(db, label);
  if (twin && twin.id !== id && !pulledRecordWins(id, twin.id)) return 'superseded';
  if (twin && twin.id !== id) retireTwin(db, user, 'academic_years', 'academic_year', twin.id, now);
  const before = prepared(db, 'SELECT name, start_date AS start, end_date AS "end" FROM academic_years WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  prepared(
    db,
    `INSERT INTO academic_years (id, name, start_date, end_date, rev, sent_count, updated_at, updated_by)
     VALUES (@id, @label, @start, @end, @rev, 1, @at, @by)
     ON CONFLICT (id) DO UPDATE SET name = @label, start_date = @start, end_date = @end, ${pulledSyncColumns}`,
  ).run({ id, label, start, end, rev, at: now.toISOString(), by: user.id });
  if (twin && twin.id !== id) {
    prepared(db, 'UPDATE classes SET academic_year_id = ? WHERE academic_year_id = ?').run(id, twin.id);
    prepared(db, 'UPDATE periods SET academic_year_id = ? WHERE academic_year_id = ?').run(id, twin.id);
  }
  appendAudit(db, { at: now, user, entity: 'academic_year', entityId: id, action: before ? 'update' : 'create', changes: fieldChanges(before ?? null, { name: label, start, end }) });
  return 'stored';
}

/** A semester or quarter from another device; it waits for its year. Twins (same year and number) as for years. */
export function storePulledPeriod(db: Database.Database, user: User, id: string, rev: number, data: unknown, now: Date): StoreOutcome {
  const parsed = periodDataSchema.safeParse(data);
  if (!parsed.success) return 'invalid';
  const p = parsed.data;
  const year = findAcademicYear(db, p.academicYear);
  if (!year) return 'waiting';
  const twin = prepared(db, 'SELECT id FROM periods WHERE academic_year_id = ? AND number = ? AND deleted = 0 AND id != ?').get(year.id, p.number, id) as
    | { id: string }
    | undefined;
  if (twin && !pulledRecordWins(id, twin.id)) return 'superseded';
  if (twin) retireTwin(db, user, 'periods', 'period', twin.id, now);
  const before = prepared(db, 'SELECT kind, number, name, start_date AS start, end_date AS "end", closed FROM periods WHERE id = ?').get(id) as
    | Record<string, unknown>
    | undefined;
  const closed = p.closed ? 1 : 0;
  prepared(
    db,
    `INSERT INTO periods (id, academic_year_id, kind, number, name, start_date, end_date, closed, rev, sent_count, updated_at, updated_by)
     VALUES (@id, @year, @kind, @number, @name, @start, @end, @closed, @rev, 1, @at, @by)
     ON CONFLICT (id) DO UPDATE SET academic_year_id = @year, kind = @kind, number = @number, name = @name, start_date = @start, end_date = @end,
       closed = @closed, ${pulledSyncColumns}`,
  ).run({ id, year: year.id, kind: p.kind, number: p.number, name: p.name, start: p.start, end: p.end, closed, rev, at: now.toISOString(), by: user.id });
  const after = { kind: p.kind, number: p.number, name: p.name, start: p.start, end: p.end, closed };
  appendAudit(db, { at: now, user, entity: 'period', entityId: id, action: before ? 'update' : 'create', changes: fieldChanges(before ?? null, after) });
  return 'stored';
}
