import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { AppError } from '../../../core/errors';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { prepared } from '../db/prepared';

export interface AcademicYear {
  id: string;
  name: string;
  start: string;
  end: string;
}

/** "2025/2026" → 1 September 2025 – 31 August 2026. */
export function academicYearSpan(name: string): { start: string; end: string } {
  const m = /^(\d{4})\/(\d{4})$/.exec(name);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new AppError('INVALID_INPUT', { path: 'academicYear', reason: name });
  return { start: `${m[1]}-09-01`, end: `${m[2]}-08-31` };
}

/** The academic year containing `today`, if the school has recorded it. */
export function currentAcademicYear(db: Database.Database, today: string): AcademicYear | null {
  const row = prepared(
    db,
    `SELECT id, name, start_date AS start, end_date AS "end" FROM academic_years
     WHERE deleted = 0 AND start_date <= @today AND end_date >= @today ORDER BY start_date DESC LIMIT 1`,
  ).get({ today }) as AcademicYear | undefined;
  return row ?? null;
}

/** The year of that name, created (and audited) when the school has none yet. */
export function ensureAcademicYear(db: Database.Database, user: User, name: string, now: Date): AcademicYear {
  const existing = prepared(
    db,
    `SELECT id, name, start_date AS start, end_date AS "end" FROM academic_years WHERE deleted = 0 AND name = ?`,
  ).get(name) as AcademicYear | undefined;
  if (existing) return existing;
  const year: AcademicYear = { id: randomUUID(), name, ...academicYearSpan(name) };
  prepared(
    db,
    `INSERT INTO academic_years (id, name, start_date, end_date, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(year.id, year.name, year.start, year.end, now.toISOString(), user.id);
  const { start, end } = year;
  appendAudit(db, { at: now, user, entity: 'academic_year', entityId: year.id, action: 'create', changes: fieldChanges(null, { name, start, end }) });
  return year;
}
