import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AcademicYearRecord } from '../../../core/academic/academic-year';
import { schoolClassSchema } from '../../../core/academic/school-class';
import type { ClassMember, ClassView } from '../../../core/api/classes-api';
import type { User } from '../../../core/api/auth-api';
import type { ClassRef } from '../../../core/api/classes-api';
import type { MethodOutput, MethodParsedInput } from '../../../core/api/contract';
import { AppError } from '../../../core/errors';
import { ageOn, isRealDate } from '../../../core/rules/calendar';
import { sexSchema } from '../../../core/schemas/common';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { enrollmentReasonOf, membersOfClass } from '../enrollments/enrollment-repository';
import { prepared } from '../db/prepared';
import { compareAlphabetically } from '../text/alphabetical-order';
import { currentAcademicYear, ensureAcademicYear, requireAcademicYear } from './academic-years';
import { classView, classViewsOfYear, classWithLabel, classesOfYear, findClass, insertClass, updateClass } from './class-repository';

const byGradeAndLabel = (a: { grade: number; label: string }, b: { grade: number; label: string }) =>
  a.grade - b.grade || compareAlphabetically(a.label, b.label);

/** Classes of the academic year containing `today`, by grade then label. */
export function listCurrentClasses(db: Database.Database, today: string): ClassRef[] {
  const year = currentAcademicYear(db, today);
  if (!year) return [];
  return classesOfYear(db, year.id)
    .sort(byGradeAndLabel)
    .map(({ id, label, grade }) => ({ id, label, grade }));
}

/** `date` when it lies in the year, else the year's nearest day: a past year is shown as it ended. */
function dayWithin(year: AcademicYearRecord, date: string): string {
  return date < year.start ? year.start : date > year.end ? year.end : date;
}

export function listClassesOfYear(db: Database.Database, input: MethodParsedInput<'classes.ofYear'>, today: string): ClassView[] {
  const year = input.academicYearId ? requireAcademicYear(db, input.academicYearId) : currentAcademicYear(db, today);
  if (!year) return [];
  return classViewsOfYear(db, year.id, dayWithin(year, input.date ?? today)).sort(byGradeAndLabel);
}

export interface NewClass {
  /** "2025/2026"; the year is created when the school has none of that name. */
  academicYear: string;
  grade: number;
  label: string;
  homeroomTeacherId?: string | undefined;
}

/** The class as core defines it, or INVALID_INPUT naming the field. */
function checkedClass(academicYear: string, input: Omit<NewClass, 'academicYear'>) {
  const parsed = schoolClassSchema.safeParse({ ...input, label: input.label.trim(), academicYear });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError('INVALID_INPUT', { path: first ? first.path.join('.') : '', reason: first?.message ?? '' });
  }
  return parsed.data;
}

function assertTeacher(db: Database.Database, id: string | undefined): void {
  if (id !== undefined && !prepared(db, 'SELECT 1 FROM staff WHERE id = ? AND deleted = 0').get(id)) {
    throw new AppError('NOT_FOUND', { entity: 'staff', id });
  }
}

function assertLabelFree(db: Database.Database, academicYearId: string, label: string, except?: string): void {
  const taken = classWithLabel(db, academicYearId, label);
  if (taken !== null && taken !== except) throw new AppError('CLASS_LABEL_TAKEN', { label });
}

/** Creates a class of a year given by name (the demo seeder; the year is created when missing). */
export function createClass(db: Database.Database, user: User, input: NewClass, now: Date): { id: string } {
  return db
    .transaction(() => {
      const year = ensureAcademicYear(db, user, input.academicYear, now);
      return insertCheckedClass(db, user, year, input, now);
    })
    .immediate();
}

/** Creates a class of a year the school already has (classes.create). */
export function createClassInYear(db: Database.Database, user: User, input: MethodParsedInput<'classes.create'>, now: Date): { id: string } {
  return db.transaction(() => insertCheckedClass(db, user, requireAcademicYear(db, input.academicYearId), input, now)).immediate();
}

function insertCheckedClass(db: Database.Database, user: User, year: AcademicYearRecord, input: Omit<NewClass, 'academicYear'>, now: Date): { id: string } {
  const { grade, label, homeroomTeacherId } = checkedClass(year.label, input);
  assertTeacher(db, homeroomTeacherId);
  assertLabelFree(db, year.id, label);
  const record = { id: randomUUID(), academicYearId: year.id, grade, label, homeroomTeacherId: homeroomTeacherId ?? null };
  insertClass(db, record, now, user.id);
  appendAudit(db, {
    at: now,
    user,
    entity: 'class',
    entityId: record.id,
    action: 'create',
    changes: fieldChanges(null, { academicYear: year.label, grade, label, homeroomTeacherId: record.homeroomTeacherId }),
  });
  return { id: record.id };
}

/** Changes a class's grade, label or homeroom teacher; its students stay. */
export function updateClassDetails(db: Database.Database, user: User, input: MethodParsedInput<'classes.update'>, now: Date): void {
  db.transaction(() => {
    const before = requireClass(db, input.id);
    const year = requireAcademicYear(db, before.academicYearId);
    const { grade, label, homeroomTeacherId } = checkedClass(year.label, input);
    assertTeacher(db, homeroomTeacherId);
    assertLabelFree(db, year.id, label, before.id);
    updateClass(db, { id: before.id, grade, label, homeroomTeacherId: homeroomTeacherId ?? null }, now, user.id);
    appendAudit(db, {
      at: now,
      user,
      entity: 'class',
      entityId: before.id,
      action: 'update',
      changes: fieldChanges(
        { grade: before.grade, label: before.label, homeroomTeacherId: before.homeroomTeacherId },
        { grade, label, homeroomTeacherId: homeroomTeacherId ?? null },
      ),
    });
  }).immediate();
}

export function classDetail(db: Database.Database, id: string, date: string | undefined, today: string): MethodOutput<'classes.get'> {
  const record = requireClass(db, id);
  const year = requireAcademicYear(db, record.academicYearId);
  const on = dayWithin(year, date ?? today);
  const view = classView(db, id, on);
  if (!view) throw new AppError('NOT_FOUND', { entity: 'class', id });
  const members: ClassMember[] = membersOfClass(db, id).map((m) => ({
    enrollmentId: m.enrollmentId,
    studentId: m.studentId,
    name: [m.lastName, m.firstName, m.middleName].filter(Boolean).join(' '),
    birthDate: m.birthDate,
    sex: sexSchema.safeParse(m.sex).data ?? null,
    from: m.from,
    to: m.to,
    reason: enrollmentReasonOf(m.reason),
    orderId: m.orderId,
    current: m.from <= on && (m.to === null || m.to > on),
  }));
  const present = members.filter((m) => m.current);
  const ages = new Map<number | null, number>();
  for (const m of present) {
    const age = isRealDate(m.birthDate) ? ageOn(m.birthDate, year.start) : null;
    ages.set(age, (ages.get(age) ?? 0) + 1);
  }
  return {
    class: view,
    members,
    counts: {
      total: present.length,
      bySex: {
        M: present.filter((m) => m.sex === 'M').length,
        F: present.filter((m) => m.sex === 'F').length,
        unknown: present.filter((m) => m.sex === null).length,
      },
      byAge: [...ages].map(([age, count]) => ({ age, count })).sort((a, b) => (a.age ?? -1) - (b.age ?? -1)),
    },
  };
}

export function requireClass(db: Database.Database, id: string) {
  const found = findClass(db, id);
  if (!found) throw new AppError('NOT_FOUND', { entity: 'class', id });
  return found;
}
