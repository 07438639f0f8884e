import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../core/api/contract';
import type { User } from '../../../core/api/auth-api';
import type { School } from '../../../core/schemas/school';
import { AppError } from '../../../core/errors';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { prepared } from '../db/prepared';
import { academicYearOf } from '../../../core/academic/academic-year';
import { findAcademicYear } from '../classes/academic-years';
import { leftSchoolCondition } from '../enrollments/enrollment-conditions';
import { lastSyncFinishedAt } from '../sync/sync-settings';
import { findSchool, updateSchool, type SchoolRecord } from './school-repository';

export function requireSchool(db: Database.Database): SchoolRecord {
  const record = findSchool(db);
  if (!record) throw new AppError('SETUP_REQUIRED');
  return record;
}

export function saveSchool(db: Database.Database, user: User, school: School, now: Date): School {
  return db
    .transaction(() => {
      const before = requireSchool(db);
      updateSchool(db, school, now, user.id);
      appendAudit(db, { at: now, user, entity: 'school', entityId: before.id, action: 'update', changes: fieldChanges(before.school, school) });
      return school;
    })
    .immediate();
}

type Counts = MethodOutput<'home.summary'>['students'];

/** Cards the school counts today: students who left (withdrawn, graduated) are kept but not counted. */
function countsOf(db: Database.Database, table: 'students' | 'staff'): Counts {
  const active = table === 'students' ? `AND NOT (${leftSchoolCondition()})` : '';
  return prepared(
    db,
    `SELECT count(*) AS total, coalesce(sum(status = 'error'), 0) AS error, coalesce(sum(status = 'warning'), 0) AS warning,
       coalesce(sum(error_count), 0) AS errorIssues, coalesce(sum(warning_count), 0) AS warningIssues
     FROM ${table} s WHERE deleted = 0 ${active}`,
  ).get() as Counts;
}

export function homeSummary(db: Database.Database, today: string): MethodOutput<'home.summary'> {
  const year = findAcademicYear(db, academicYearOf(today).label);
  return {
    students: countsOf(db, 'students'),
    staff: countsOf(db, 'staff'),
    currentYear: year && { label: year.label, start: year.start, end: year.end },
    lastSyncAt: lastSyncFinishedAt(db),
  };
}
