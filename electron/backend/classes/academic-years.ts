import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AcademicYear, AcademicYearRecord } from '../../../core/academic/academic-year';
import { academicYearLabelSchema, academicYearStarting } from '../../../core/academic/academic-year';
import type { PeriodRecord } from '../../../core/academic/period';
import { defaultPeriods } from '../../../core/academic/period';
import type { User } from '../../../core/api/auth-api';
import { AppError } from '../../../core/errors';
import type { Country } from '../../../core/schemas/common';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { prepared } from '../db/prepared';
import { findSchool } from '../school/school-repository';

const selectYear = `SELECT id, name AS label, start_date AS start, end_date AS "end" FROM academic_years`;

/** The academic year containing `today`, if the school has recorded it. */
export function currentAcademicYear(db: Database.Database, today: string): AcademicYearRecord | null {
  const row = prepared(db, `${selectYear} WHERE deleted = 0 AND start_date <= @today AND end_date >= @today ORDER BY start_date DESC LIMIT 1`).get({
    today,
  }) as AcademicYearRecord | undefined;
  return row ?? null;
}

export function findAcademicYear(db: Database.Database, label: string): AcademicYearRecord | null {
  const row = prepared(db, `${selectYear} WHERE deleted = 0 AND name = ?`).get(label) as AcademicYearRecord | undefined;
  return row ?? null;
}

export function academicYearById(db: Database.Database, id: string): AcademicYearRecord | null {
  const row = prepared(db, `${selectYear} WHERE deleted = 0 AND id = ?`).get(id) as AcademicYearRecord | undefined;
  return row ?? null;
}

export function requireAcademicYear(db: Database.Database, id: string): AcademicYearRecord {
  const year = academicYearById(db, id);
  if (!year) throw new AppError('NOT_FOUND', { entity: 'academic_year', id });
  return year;
}

export function listAcademicYears(db: Database.Database): AcademicYearRecord[] {
  return prepared(db, `${selectYear} WHERE deleted = 0 ORDER BY start_date`).all() as AcademicYearRecord[];
}

export function periodsOfYear(db: Database.Database, academicYearId: string): PeriodRecord[] {
  const rows = prepared(
    db,
    `SELECT p.id, y.name AS academicYear, p.kind, p.number, p.name, p.start_date AS start, p.end_date AS "end", p.closed
     FROM periods p JOIN academic_years y ON y.id = p.academic_year_id
     WHERE p.academic_year_id = ? AND p.deleted = 0 ORDER BY p.number`,
  ).all(academicYearId) as (Omit<PeriodRecord, 'closed'> & { closed: number })[];
  return rows.map((row) => ({ ...row, closed: row.closed === 1 }));
}

export function insertAcademicYear(db: Database.Database, user: User, year: AcademicYearRecord, now: Date): void {
  prepared(db, `INSERT INTO academic_years (id, name, start_date, end_date, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)`).run(
    year.id,
    year.label,
    year.start,
    year.end,
    now.toISOString(),
    user.id,
  );
  const { label: name, start, end } = year;
  appendAudit(db, { at: now, user, entity: 'academic_year', entityId: year.id, action: 'create', changes: fieldChanges(null, { name, start, end }) });
}

export function insertPeriod(db: Database.Database, user: User, academicYearId: string, period: PeriodRecord, now: Date): void {
  prepared(
    db,
    `INSERT INTO periods (id, academic_year_id, kind, number, name, start_date, end_date, closed, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(period.id, academicYearId, period.kind, period.number, period.name, period.start, period.end, period.closed ? 1 : 0, now.toISOString(), user.id);
  const { academicYear, kind, number, name, start, end } = period;
  appendAudit(db, { at: now, user, entity: 'period', entityId: period.id, action: 'create', changes: fieldChanges(null, { academicYear, kind, number, name, start, end }) });
}

/** A new year with the default periods of the school's country. Refused when the school already has one of that name. */
export function createAcademicYear(
  db: Database.Database,
  user: User,
  year: AcademicYear,
  country: Country,
  now: Date,
): { year: AcademicYearRecord; periods: PeriodRecord[] } {
  if (findAcademicYear(db, year.label)) throw new AppError('ACADEMIC_YEAR_EXISTS', { label: year.label });
  const record: AcademicYearRecord = { id: randomUUID(), ...year };
  insertAcademicYear(db, user, record, now);
  const periods = defaultPeriods(year.label, country).map((p) => ({ id: randomUUID(), ...p }));
  for (const period of periods) insertPeriod(db, user, record.id, period, now);
  return { year: record, periods };
}

/** The year of that name, created (with its default periods) and audited when the school has none yet. */
export function ensureAcademicYear(db: Database.Database, user: User, label: string, now: Date): AcademicYearRecord {
  const existing = findAcademicYear(db, label);
  if (existing) return existing;
  const parsed = academicYearLabelSchema.safeParse(label);
  if (!parsed.success) throw new AppError('INVALID_INPUT', { path: 'academicYear', reason: label });
  const country = findSchool(db)?.school.country ?? 'UA';
  return createAcademicYear(db, user, academicYearStarting(Number(label.slice(0, 4))), country, now).year;
}
