import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import type { ClassRef } from '../../../core/api/cards-api';
import { AppError } from '../../../core/errors';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { compareAlphabetically } from '../text/alphabetical-order';
import { currentAcademicYear, ensureAcademicYear } from './academic-years';
import { classesOfYear, findClass, insertClass } from './class-repository';

/** Classes of the academic year containing `today`, by grade then label. */
export function listCurrentClasses(db: Database.Database, today: string): ClassRef[] {
  const year = currentAcademicYear(db, today);
  if (!year) return [];
  return classesOfYear(db, year.id)
    .sort((a, b) => a.grade - b.grade || compareAlphabetically(a.label, b.label))
    .map(({ id, label, grade }) => ({ id, label, grade }));
}

export interface NewClass {
  /** "2025/2026"; the year is created when the school has none of that name. */
  academicYear: string;
  grade: number;
  label: string;
  homeroomTeacherId?: string | undefined;
}

/** Creates a class (no API method yet: the demo seeder and the year-end transition call it). */
export function createClass(db: Database.Database, user: User, input: NewClass, now: Date): { id: string } {
  if (!Number.isInteger(input.grade) || input.grade < 1 || input.grade > 12) {
    throw new AppError('INVALID_INPUT', { path: 'grade', reason: String(input.grade) });
  }
  return db
    .transaction(() => {
      const year = ensureAcademicYear(db, user, input.academicYear, now);
      const record = {
        id: randomUUID(),
        academicYearId: year.id,
        grade: input.grade,
        label: input.label.trim(),
        homeroomTeacherId: input.homeroomTeacherId ?? null,
      };
      insertClass(db, record, now, user.id);
      const { grade, label, homeroomTeacherId } = record;
      appendAudit(db, {
        at: now,
        user,
        entity: 'class',
        entityId: record.id,
        action: 'create',
        changes: fieldChanges(null, { academicYear: year.name, grade, label, homeroomTeacherId }),
      });
      return { id: record.id };
    })
    .immediate();
}

export function requireClass(db: Database.Database, id: string) {
  const found = findClass(db, id);
  if (!found) throw new AppError('NOT_FOUND', { entity: 'class', id });
  return found;
}
