import type Database from 'better-sqlite3';
import { AppError } from '../../../core/errors';
import { prepared } from '../db/prepared';

export interface JournalPeriod {
  id: string;
  academicYearId: string;
  name: string;
  start: string;
  end: string;
}

const selectPeriod = 'SELECT id, academic_year_id AS academicYearId, name, start_date AS start, end_date AS "end" FROM periods';

export function requirePeriod(db: Database.Database, id: string): JournalPeriod {
  const period = prepared(db, `${selectPeriod} WHERE id = ? AND deleted = 0`).get(id) as JournalPeriod | undefined;
  if (!period) throw new AppError('NOT_FOUND', { entity: 'period' });
  return period;
}

/** The period of the academic year that contains `date`; null on a day outside every period (summer). */
export function periodOfDate(db: Database.Database, academicYearId: string, date: string): JournalPeriod | null {
  const period = prepared(db, `${selectPeriod} WHERE academic_year_id = ? AND deleted = 0 AND start_date <= ? AND end_date >= ?`).get(academicYearId, date, date) as
    | JournalPeriod
    | undefined;
  return period ?? null;
}
