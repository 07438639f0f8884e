import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import type { MethodParsedInput } from '../../../core/api/contract';
import { AppError } from '../../../core/errors';
import { isMarkInScale, markScale } from '../../../core/grading/period-grade';
import { entryTimeliness } from '../../../core/grading/timeliness';
import type { Mark } from '../../../core/journals/journal-entities';
import { addDays } from '../../../core/rules/calendar';
import { appendAudit } from '../audit/audit-log';
import { teachingDayTest } from '../calendar/days-off';
import { journalOf, mayPermitLateEntries } from './journal-access';
import { markId } from './journal-ids';
import { periodOfDate } from './journal-periods';
import { findLesson } from './lesson-repository';
import { deleteMark, findMark, insertMark, studentInClassOn, updateMark, type MarkWrite } from './mark-repository';
import { writableUnder } from './period-locks';

const audited = (mark: Pick<Mark, 'value' | 'kind' | 'attendance' | 'note'> | null) =>
  mark ? { value: mark.value, kind: mark.kind, attendance: mark.attendance, note: mark.note } : { value: null, kind: null, attendance: null, note: null };

/**
 * Saves one cell of the journal: a mark (or none) and the attendance, checked against the scale, the class, the
 * lesson's day, the deadlines of DESIGN §7 and the period's closure; audited field by field, with the unlock's id when
 * a closed period was opened for it. A cell with no mark, presence and no note is cleared.
 */
export function setMark(db: Database.Database, user: User, input: MethodParsedInput<'journals.setMark'>, now: Date, today: string): Mark | null {
  const lesson = findLesson(db, input.lessonId);
  if (!lesson || lesson.cancelled) throw new AppError('NOT_FOUND', { entity: 'lesson' });
  const journal = journalOf(db, user, lesson.assignmentId, 'write');
  if (input.value !== null && !isMarkInScale(input.value, journal.country)) {
    throw new AppError('MARK_OUT_OF_SCALE', { mark: input.value, ...markScale[journal.country] });
  }
  if (lesson.date > today) throw new AppError('LESSON_NOT_HELD_YET');
  return db.transaction(() => {
    if (!studentInClassOn(db, journal.classId, input.studentId, lesson.date)) throw new AppError('STUDENT_NOT_IN_CLASS');
    const period = periodOfDate(db, journal.academicYearId, lesson.date);
    const unlockId = period
      ? writableUnder(db, { periodId: period.id, classId: journal.classId, subjectId: journal.subjectId, studentId: input.studentId }, now).unlockId
      : null;
    const kind = lesson.kind === 'control' ? 'control' : 'current';
    const isWorkingDay = teachingDayTest(db, lesson.date, addDays(today, 1));
    const timeliness = entryTimeliness(kind, lesson.date, today, isWorkingDay);
    if (timeliness === 'too_late' && !unlockId && !mayPermitLateEntries(user)) throw new AppError('ENTRY_TOO_LATE');
    const existing = findMark(db, lesson.id, input.studentId);
    const unlockChange = unlockId ? [{ field: 'unlockId', before: null, after: unlockId }] : [];
    const cleared = input.value === null && input.attendance === 'present' && input.note === '';
    if (cleared) {
      if (existing) {
        deleteMark(db, existing.id, unlockId, now, user.id);
        appendAudit(db, { at: now, user, entity: 'mark', entityId: existing.id, action: 'delete', changes: [...changesOf(existing, null), ...unlockChange] });
      }
      return null;
    }
    const mark: MarkWrite = {
      id: existing?.id ?? markId(lesson.id, input.studentId),
      lessonId: lesson.id,
      studentId: input.studentId,
      value: input.value,
      kind,
      attendance: input.attendance,
      note: input.note,
      timeliness: timeliness === 'too_late' ? 'needs_permission' : timeliness,
      enteredOn: today,
      unlockId,
    };
    if (existing) updateMark(db, mark, now, user.id);
    else insertMark(db, mark, now, user.id);
    const changes = [...changesOf(existing, mark), ...unlockChange];
    if (existing && changes.length === unlockChange.length) return publicMark(mark);
    appendAudit(db, {
      at: now,
      user,
      entity: 'mark',
      entityId: mark.id,
      action: existing ? 'update' : 'create',
      changes: existing ? changes : [{ field: 'lessonId', before: null, after: lesson.id }, { field: 'studentId', before: null, after: input.studentId }, ...changes],
    });
    return publicMark(mark);
  })();
}

function changesOf(before: Mark | null, after: Mark | null) {
  const a = audited(before);
  const b = audited(after);
  return (Object.keys(a) as (keyof typeof a)[]).filter((key) => a[key] !== b[key]).map((field) => ({ field, before: a[field], after: b[field] }));
}

function publicMark(mark: MarkWrite): Mark {
  const { lessonId, studentId, value, kind, attendance, note, timeliness } = mark;
  return { lessonId, studentId, value, kind, attendance, note, timeliness };
}
