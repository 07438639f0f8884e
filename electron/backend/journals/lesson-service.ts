import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import type { MethodParsedInput } from '../../../core/api/contract';
import { AppError } from '../../../core/errors';
import { entryTimeliness } from '../../../core/grading/timeliness';
import type { Lesson } from '../../../core/journals/journal-entities';
import { addDays } from '../../../core/rules/calendar';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { teachingDays, teachingDayTest } from '../calendar/days-off';
import { slotsOfAssignment } from '../teaching/teaching-repository';
import { journalOf, mayPermitLateEntries, type Journal } from './journal-access';
import { lessonId } from './journal-ids';
import { periodOfDate, requirePeriod } from './journal-periods';
import { findLesson, insertLesson, lessonAt, lessonExists, lessonHasMarks, setMarksKind, updateLesson } from './lesson-repository';
import { writableUnder } from './period-locks';

/** The unlock id a change of the whole lesson is made under (null: open period), or PERIOD_CLOSED. */
function lessonWritable(db: Database.Database, journal: Journal, date: string, now: Date): string | null {
  const period = periodOfDate(db, journal.academicYearId, date);
  if (!period) return null;
  return writableUnder(db, { periodId: period.id, classId: journal.classId, subjectId: journal.subjectId, studentId: null }, now).unlockId;
}

function underUnlock(unlockId: string | null) {
  return unlockId ? [{ field: 'unlockId', before: null, after: unlockId }] : [];
}

/** 1 Monday … 7 Sunday. */
function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/**
 * Creates a lesson for every teaching day of the period on which a timetable slot of the assignment holds, unless the
 * journal has a lesson at that day and number already (a cancelled one included: it was cancelled on purpose).
 */
export function layOutLessons(db: Database.Database, user: User, assignmentId: string, periodId: string, now: Date): number {
  const journal = journalOf(db, user, assignmentId, 'write');
  const period = requirePeriod(db, periodId);
  return db.transaction(() => {
    const unlockId = writableUnder(db, { periodId, classId: journal.classId, subjectId: journal.subjectId, studentId: null }, now).unlockId;
    const slots = slotsOfAssignment(db, assignmentId);
    let created = 0;
    for (const date of teachingDays(db, period.start, period.end)) {
      const weekday = isoWeekday(date);
      for (const slot of slots) {
        if (slot.weekday !== weekday || slot.validFrom > date || (slot.validTo !== null && slot.validTo < date)) continue;
        if (lessonAt(db, assignmentId, date, slot.lessonNumber)) continue;
        const id = lessonId(assignmentId, date, slot.lessonNumber);
        // This slot's lesson was laid out before and moved away: it is not laid out again.
        if (lessonExists(db, id)) continue;
        const lesson: Lesson = {
          id,
          assignmentId,
          date,
          lessonNumber: slot.lessonNumber,
          topic: '',
          homework: '',
          kind: 'regular',
          cancelled: false,
          topicTimeliness: null,
        };
        insertLesson(db, lesson, now, user.id);
        appendAudit(db, {
          at: now,
          user,
          entity: 'lesson',
          entityId: lesson.id,
          action: 'create',
          changes: [...fieldChanges(null, { assignmentId, date, lessonNumber: slot.lessonNumber, kind: 'regular' }), ...underUnlock(unlockId)],
        });
        created += 1;
      }
    }
    return created;
  })();
}

export function addLesson(db: Database.Database, user: User, input: MethodParsedInput<'lessons.add'>, now: Date): Lesson {
  const journal = journalOf(db, user, input.assignmentId, 'write');
  return db.transaction(() => {
    const unlockId = lessonWritable(db, journal, input.date, now);
    if (lessonAt(db, input.assignmentId, input.date, input.lessonNumber)) throw new AppError('LESSON_SLOT_TAKEN', { date: input.date, lessonNumber: input.lessonNumber });
    const slotId = lessonId(input.assignmentId, input.date, input.lessonNumber);
    const lesson: Lesson = { id: lessonExists(db, slotId) ? randomUUID() : slotId, ...input, topic: '', homework: '', cancelled: false, topicTimeliness: null };
    insertLesson(db, lesson, now, user.id);
    const { assignmentId, date, lessonNumber, kind } = input;
    appendAudit(db, {
      at: now,
      user,
      entity: 'lesson',
      entityId: lesson.id,
      action: 'create',
      changes: [...fieldChanges(null, { assignmentId, date, lessonNumber, kind }), ...underUnlock(unlockId)],
    });
    return lesson;
  })();
}

function requireLesson(db: Database.Database, id: string): Lesson {
  const lesson = findLesson(db, id);
  if (!lesson) throw new AppError('NOT_FOUND', { entity: 'lesson' });
  return lesson;
}

/**
 * Topic, homework, kind, or a move. A topic entered (or changed) is judged against the deadlines of DESIGN §7: past 5
 * working days only the administration (or an unlock of a closed period) lets it in.
 */
export function updateLessonDetails(db: Database.Database, user: User, input: MethodParsedInput<'lessons.update'>, now: Date, today: string): Lesson {
  const before = requireLesson(db, input.id);
  const journal = journalOf(db, user, before.assignmentId, 'write');
  return db.transaction(() => {
    const unlockId = lessonWritable(db, journal, before.date, now);
    const after: Lesson = {
      ...before,
      topic: input.topic ?? before.topic,
      homework: input.homework ?? before.homework,
      kind: input.kind ?? before.kind,
      date: input.date ?? before.date,
      lessonNumber: input.lessonNumber ?? before.lessonNumber,
    };
    const moved = after.date !== before.date || after.lessonNumber !== before.lessonNumber;
    if (moved) {
      if (after.date !== before.date) lessonWritable(db, journal, after.date, now);
      if (lessonAt(db, after.assignmentId, after.date, after.lessonNumber)) throw new AppError('LESSON_SLOT_TAKEN', { date: after.date, lessonNumber: after.lessonNumber });
    }
    const topicChanged = after.topic !== before.topic || after.homework !== before.homework;
    if (topicChanged && after.topic !== '') {
      const isWorkingDay = teachingDayTest(db, after.date, addDays(today, 1));
      const timeliness = entryTimeliness('topic', after.date, today, isWorkingDay);
      if (timeliness === 'too_late' && !unlockId && !mayPermitLateEntries(user)) throw new AppError('ENTRY_TOO_LATE');
      after.topicTimeliness = timeliness === 'too_late' ? 'needs_permission' : timeliness;
    }
    updateLesson(db, after, topicChanged ? today : null, now, user.id);
    if (after.kind !== before.kind) setMarksKind(db, after.id, after.kind === 'control' ? 'control' : 'current', now, user.id);
    const pick = (l: Lesson) => ({ date: l.date, lessonNumber: l.lessonNumber, topic: l.topic, homework: l.homework, kind: l.kind });
    appendAudit(db, { at: now, user, entity: 'lesson', entityId: after.id, action: 'update', changes: [...fieldChanges(pick(before), pick(after)), ...underUnlock(unlockId)] });
    return after;
  })();
}

export function cancelLesson(db: Database.Database, user: User, id: string, now: Date): Lesson {
  const before = requireLesson(db, id);
  const journal = journalOf(db, user, before.assignmentId, 'write');
  return db.transaction(() => {
    const unlockId = lessonWritable(db, journal, before.date, now);
    if (lessonHasMarks(db, id)) throw new AppError('LESSON_HAS_MARKS');
    const after = { ...before, cancelled: true };
    updateLesson(db, after, null, now, user.id);
    appendAudit(db, { at: now, user, entity: 'lesson', entityId: id, action: 'update', changes: [{ field: 'cancelled', before: false, after: true }, ...underUnlock(unlockId)] });
    return after;
  })();
}
