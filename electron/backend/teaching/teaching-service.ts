import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import type { MethodOutput, MethodParsedInput } from '../../../core/api/contract';
import type { ScheduleSlot, TeacherLoad } from '../../../core/api/teaching-api';
import { AppError } from '../../../core/errors';
import { defaultSubjects } from '../../../core/teaching/default-subjects';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { findClass } from '../classes/class-repository';
import { naturalId } from '../db/natural-id';
import { findSchool } from '../school/school-repository';
import {
  assignmentHasLessons,
  curriculumEntryExists,
  findAssignment,
  findCurriculumEntry,
  findSlot,
  findSubject,
  insertAssignment,
  insertCurriculumEntry,
  insertSlot,
  insertSubject,
  listAssignments,
  markDeleted,
  slotsOfAssignments,
  staffExists,
  subjectExists,
  subjectIdByName,
  updateAssignment,
  updateCurriculumEntry,
  updateSlot,
  updateSubject,
} from './teaching-repository';

function requireSubject(db: Database.Database, id: string) {
  const subject = findSubject(db, id);
  if (!subject) throw new AppError('NOT_FOUND', { entity: 'subject' });
  return subject;
}

export function addDefaultSubjects(db: Database.Database, user: User, now: Date): number {
  const school = findSchool(db)?.school;
  const country = school?.country ?? 'UA';
  const code = school?.code ?? '';
  return db.transaction(() => {
    let added = 0;
    for (const subject of defaultSubjects[country]) {
      if (subjectIdByName(db, subject.name)) continue;
      // Two office PCs that both add the defaults make the same records (db/natural-id.ts); one renamed or removed stays so.
      const id = naturalId('subject', code, subject.name);
      if (subjectExists(db, id)) continue;
      insertSubject(db, { id, ...subject }, now, user.id);
      appendAudit(db, { at: now, user, entity: 'subject', entityId: id, action: 'create', changes: fieldChanges(null, subject) });
      added += 1;
    }
    return added;
  })();
}

export function saveSubject(db: Database.Database, user: User, input: MethodParsedInput<'subjects.save'>, now: Date): { id: string } {
  return db.transaction(() => {
    const sameName = subjectIdByName(db, input.name);
    if (sameName && sameName !== input.id) throw new AppError('SUBJECT_NAME_TAKEN', { name: input.name });
    const fields = { name: input.name, shortName: input.shortName };
    if (!input.id) {
      const id = randomUUID();
      insertSubject(db, { id, ...fields }, now, user.id);
      appendAudit(db, { at: now, user, entity: 'subject', entityId: id, action: 'create', changes: fieldChanges(null, fields) });
      return { id };
    }
    const before = requireSubject(db, input.id);
    updateSubject(db, { id: input.id, ...fields }, now, user.id);
    appendAudit(db, {
      at: now,
      user,
      entity: 'subject',
      entityId: input.id,
      action: 'update',
      changes: fieldChanges({ name: before.name, shortName: before.shortName }, fields),
    });
    return { id: input.id };
  })();
}

export function setCurriculumHours(db: Database.Database, user: User, input: MethodParsedInput<'curriculum.set'>, now: Date): void {
  db.transaction(() => {
    requireSubject(db, input.subjectId);
    const existing = findCurriculumEntry(db, input.grade, input.subjectId);
    if (!existing) {
      if (input.hoursPerWeek === 0) return;
      const id = naturalId('curriculum', input.grade, input.subjectId);
      if (curriculumEntryExists(db, id)) updateCurriculumEntry(db, id, input.hoursPerWeek, false, now, user.id);
      else insertCurriculumEntry(db, { id, ...input }, now, user.id);
      appendAudit(db, { at: now, user, entity: 'curriculum', entityId: id, action: 'create', changes: fieldChanges(null, input) });
      return;
    }
    const removed = input.hoursPerWeek === 0;
    updateCurriculumEntry(db, existing.id, removed ? existing.hoursPerWeek : input.hoursPerWeek, removed, now, user.id);
    appendAudit(db, {
      at: now,
      user,
      entity: 'curriculum',
      entityId: existing.id,
      action: removed ? 'delete' : 'update',
      changes: [{ field: 'hoursPerWeek', before: existing.hoursPerWeek, after: removed ? null : input.hoursPerWeek }],
    });
  })();
}

export function saveAssignment(db: Database.Database, user: User, input: MethodParsedInput<'assignments.save'>, now: Date): { id: string } {
  return db.transaction(() => {
    if (!staffExists(db, input.teacherId)) throw new AppError('NOT_FOUND', { entity: 'staff' });
    if (!findClass(db, input.classId)) throw new AppError('NOT_FOUND', { entity: 'class' });
    requireSubject(db, input.subjectId);
    const row = {
      id: input.id ?? randomUUID(),
      teacherId: input.teacherId,
      classId: input.classId,
      subjectId: input.subjectId,
      hoursPerWeek: input.hoursPerWeek,
      groupLabel: input.groupLabel ?? null,
    };
    const { id, ...fields } = row;
    if (!input.id) {
      insertAssignment(db, row, now, user.id);
      appendAudit(db, { at: now, user, entity: 'assignment', entityId: id, action: 'create', changes: fieldChanges(null, fields) });
      return { id };
    }
    const before = findAssignment(db, input.id);
    if (!before) throw new AppError('NOT_FOUND', { entity: 'assignment' });
    const { teacherId, classId, subjectId, hoursPerWeek, groupLabel } = before;
    // A journal with lessons keeps its class and subject: changing them would move its marks (closed periods' too) to
    // another journal. A new teacher (a handover) or other hours are fine.
    if ((classId !== row.classId || subjectId !== row.subjectId) && assignmentHasLessons(db, id)) throw new AppError('ASSIGNMENT_HAS_LESSONS');
    updateAssignment(db, row, now, user.id);
    appendAudit(db, {
      at: now,
      user,
      entity: 'assignment',
      entityId: id,
      action: 'update',
      changes: fieldChanges({ teacherId, classId, subjectId, hoursPerWeek, groupLabel }, fields),
    });
    return { id };
  })();
}

export function removeAssignment(db: Database.Database, user: User, id: string, now: Date): void {
  db.transaction(() => {
    if (!findAssignment(db, id)) throw new AppError('NOT_FOUND', { entity: 'assignment' });
    if (assignmentHasLessons(db, id)) throw new AppError('ASSIGNMENT_HAS_LESSONS');
    markDeleted(db, 'assignments', id, now, user.id);
    appendAudit(db, { at: now, user, entity: 'assignment', entityId: id, action: 'delete', changes: [] });
  })();
}

export function listTimetable(db: Database.Database, input: MethodParsedInput<'timetable.list'>): MethodOutput<'timetable.list'> {
  const assignments = listAssignments(db, { classId: input.classId, teacherId: input.teacherId });
  const byId = new Map(assignments.map((a) => [a.id, a]));
  const slots = slotsOfAssignments(
    db,
    assignments.map((a) => a.id),
    input.on ?? null,
  );
  return { slots: slots.map((slot) => ({ ...slot, assignment: byId.get(slot.assignmentId)! })) };
}

export function setSlot(db: Database.Database, user: User, input: MethodParsedInput<'timetable.setSlot'>, now: Date): { id: string } {
  return db.transaction(() => {
    if (!findAssignment(db, input.assignmentId)) throw new AppError('NOT_FOUND', { entity: 'assignment' });
    if (input.validTo && input.validTo < input.validFrom) throw new AppError('INVALID_INPUT', { path: 'validTo', reason: 'validTo must not precede validFrom' });
    const slot: ScheduleSlot = {
      id: input.id ?? randomUUID(),
      assignmentId: input.assignmentId,
      weekday: input.weekday,
      lessonNumber: input.lessonNumber,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
    };
    const { id, ...fields } = slot;
    if (!input.id) {
      insertSlot(db, slot, now, user.id);
      appendAudit(db, { at: now, user, entity: 'schedule_slot', entityId: id, action: 'create', changes: fieldChanges(null, fields) });
      return { id };
    }
    const before = findSlot(db, input.id);
    if (!before) throw new AppError('NOT_FOUND', { entity: 'schedule_slot' });
    const { id: _same, ...beforeFields } = before;
    updateSlot(db, slot, now, user.id);
    appendAudit(db, { at: now, user, entity: 'schedule_slot', entityId: id, action: 'update', changes: fieldChanges(beforeFields, fields) });
    return { id };
  })();
}

export function removeSlot(db: Database.Database, user: User, id: string, now: Date): void {
  db.transaction(() => {
    if (!findSlot(db, id)) throw new AppError('NOT_FOUND', { entity: 'schedule_slot' });
    markDeleted(db, 'schedule_slots', id, now, user.id);
    appendAudit(db, { at: now, user, entity: 'schedule_slot', entityId: id, action: 'delete', changes: [] });
  })();
}

/** Hours are summed in tenths: assignments of 0.5 hours (a group split) add up without binary-fraction drift. */
function sumHours(hours: readonly number[]): number {
  return hours.reduce((sum, h) => sum + Math.round(h * 10), 0) / 10;
}

export function teachingLoad(db: Database.Database, input: MethodParsedInput<'teaching.load'>): MethodOutput<'teaching.load'> {
  const byTeacher = new Map<string, TeacherLoad>();
  for (const assignment of listAssignments(db, { academicYearId: input.academicYearId, teacherId: input.teacherId })) {
    let load = byTeacher.get(assignment.teacherId);
    if (!load) {
      load = { teacherId: assignment.teacherId, teacherName: assignment.teacherName, assignments: [], totalHours: 0 };
      byTeacher.set(assignment.teacherId, load);
    }
    load.assignments.push(assignment);
  }
  const teachers = [...byTeacher.values()].map((load) => ({ ...load, totalHours: sumHours(load.assignments.map((a) => a.hoursPerWeek)) }));
  return { teachers, totalHours: sumHours(teachers.map((t) => t.totalHours)) };
}
