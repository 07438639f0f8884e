import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalOffice, type JournalOffice } from '../../fixtures/journals/journal-office';

// Today is 2025-11-20; the I semester (1 September – 31 December) is closed in these tests.
describe('closing a period and the director’s temporary unlock', () => {
  let j: JournalOffice;
  let lessonId: string;
  let otherJournalLesson: string;
  beforeEach(async () => {
    j = await openJournalOffice();
    lessonId = (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-20', lessonNumber: 3 })).lesson.id;
    const { subjects } = await j.office.call('subjects.list', {});
    const physics = subjects.find((s) => s.name === 'Фізика')!.id;
    const other = await j.office.call('assignments.save', { teacherId: j.teacherId, classId: j.classId, subjectId: physics, hoursPerWeek: 2 });
    otherJournalLesson = (await j.office.call('lessons.add', { assignmentId: other.id, date: '2025-11-20', lessonNumber: 4 })).lesson.id;
    await j.office.call('journals.setMark', { lessonId, studentId: j.studentIds[0], value: 9 });
    await j.office.call('periods.close', { periodId: j.periodIds[0] });
  });
  afterEach(() => j.office.dispose());

  const mark = (studentId: string, value: number, lesson = lessonId) => ({ lessonId: lesson, studentId, value });
  const unlock = (extra: { studentId?: string | null; until?: string } = {}) =>
    j.office.call('periods.grantUnlock', {
      periodId: j.periodIds[0],
      classId: j.classId,
      subjectId: j.subjectId,
      studentId: extra.studentId ?? null,
      reason: 'Виправлення помилки вчителя',
      until: extra.until ?? '2025-11-27T10:00:00+02:00',
    });

  it('marks the period closed', async () => {
    const { periods } = await j.office.call('periods.list', { academicYearId: j.yearId });
    expect(periods[0]!.closed).toBe(true);
  });

  it('refuses a mark in a closed period', async () => {
    expect((await j.office.refusal('journals.setMark', mark(j.studentIds[0], 10))).code).toBe('PERIOD_CLOSED');
  });

  it('refuses a topic, a new lesson and a cancellation in a closed period', async () => {
    expect((await j.office.refusal('lessons.update', { id: lessonId, topic: 'Дроби' })).code).toBe('PERIOD_CLOSED');
    expect((await j.office.refusal('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-19', lessonNumber: 5 })).code).toBe('PERIOD_CLOSED');
    expect((await j.office.refusal('lessons.cancel', { id: otherJournalLesson })).code).toBe('PERIOD_CLOSED');
    expect((await j.office.refusal('lessons.layOut', { assignmentId: j.assignmentId, periodId: j.periodIds[0] })).code).toBe('PERIOD_CLOSED');
  });

  it('refuses a period grade in a closed period', async () => {
    const error = await j.office.refusal('periodGrades.set', { assignmentId: j.assignmentId, periodId: j.periodIds[0], studentId: j.studentIds[0], final: 9 });
    expect(error.code).toBe('PERIOD_CLOSED');
  });

  it('refuses to close a period twice', async () => {
    expect((await j.office.refusal('periods.close', { periodId: j.periodIds[0] })).code).toBe('PERIOD_ALREADY_CLOSED');
  });

  it('lets a change in under the director’s unlock, audited with the unlock’s id', async () => {
    const { unlock: granted } = await unlock();
    await j.office.call('journals.setMark', mark(j.studentIds[0], 10));
    const row = j.office.backend.db.prepare("SELECT changes FROM audit_log WHERE entity = 'mark' ORDER BY seq DESC LIMIT 1").get() as { changes: string };
    expect(JSON.parse(row.changes)).toEqual([
      { field: 'value', before: 9, after: 10 },
      { field: 'unlockId', before: null, after: granted.id },
    ]);
  });

  it('opens only the journal unlocked, not another subject of the class', async () => {
    await unlock();
    expect((await j.office.refusal('journals.setMark', mark(j.studentIds[0], 10, otherJournalLesson))).code).toBe('PERIOD_CLOSED');
  });

  it('opens only the student unlocked, and no change of the whole lesson', async () => {
    await unlock({ studentId: j.studentIds[0] });
    await j.office.call('journals.setMark', mark(j.studentIds[0], 10));
    expect((await j.office.refusal('journals.setMark', mark(j.studentIds[1], 10))).code).toBe('PERIOD_CLOSED');
    expect((await j.office.refusal('lessons.update', { id: lessonId, topic: 'Дроби' })).code).toBe('PERIOD_CLOSED');
  });

  it('closes again by itself when the unlock expires', async () => {
    // 20 minutes, within the session's 30 minutes without a call.
    const soon = new Date(j.office.clock.now.getTime() + 20 * 60_000);
    await unlock({ until: soon.toISOString() });
    j.office.clock.now = new Date(soon.getTime() + 1000);
    expect((await j.office.refusal('journals.setMark', mark(j.studentIds[0], 10))).code).toBe('PERIOD_CLOSED');
    expect((await j.office.call('periods.unlocks', { periodId: j.periodIds[0] })).unlocks[0]!.active).toBe(false);
  });

  it('closes again when the director revokes the unlock', async () => {
    const { unlock: granted } = await unlock();
    await j.office.call('periods.revokeUnlock', { id: granted.id });
    expect((await j.office.refusal('journals.setMark', mark(j.studentIds[0], 10))).code).toBe('PERIOD_CLOSED');
  });

  it('refuses an unlock longer than 14 days', async () => {
    const error = await j.office.refusal('periods.grantUnlock', {
      periodId: j.periodIds[0],
      classId: j.classId,
      subjectId: j.subjectId,
      studentId: null,
      reason: 'Довго',
      until: '2025-12-05T10:00:01+02:00',
    });
    expect(error).toEqual({ code: 'UNLOCK_TOO_LONG', params: { days: 14 } });
  });

  it('refuses to unlock a period that is open', async () => {
    const error = await j.office.refusal('periods.grantUnlock', {
      periodId: j.periodIds[1],
      classId: j.classId,
      subjectId: j.subjectId,
      studentId: null,
      reason: 'Навіщо',
      until: '2025-11-25T10:00:00+02:00',
    });
    expect(error.code).toBe('PERIOD_NOT_CLOSED');
  });

  it('tells the grades screen that a journal of a closed period is open for a while', async () => {
    const grades = () => j.office.call('periodGrades.list', { assignmentId: j.assignmentId, periodId: j.periodIds[0] });
    expect(await grades()).toMatchObject({ closed: true, unlocked: false });
    await unlock();
    expect(await grades()).toMatchObject({ closed: true, unlocked: true });
  });

  it('shows the closed period’s lessons as locked in the grid until a journal unlock', async () => {
    const grid = () => j.office.call('journals.grid', { assignmentId: j.assignmentId, span: { month: '2025-11' } });
    expect((await grid()).lockedLessonIds).toEqual([lessonId]);
    await unlock();
    expect((await grid()).lockedLessonIds).toEqual([]);
  });
});
