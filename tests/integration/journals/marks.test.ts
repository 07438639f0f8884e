import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalOffice, type JournalOffice } from '../../fixtures/journals/journal-office';
import { initialPassword, signInFirstTime } from '../../fixtures/roles/school-with-roles';

describe('marks and attendance', () => {
  let j: JournalOffice;
  let lessonId: string;
  beforeEach(async () => {
    j = await openJournalOffice();
    lessonId = (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-20', lessonNumber: 3 })).lesson.id;
  });
  afterEach(() => j.office.dispose());

  const grid = async () => j.office.call('journals.grid', { assignmentId: j.assignmentId, span: { month: '2025-11' } });
  const auditOf = (entity: string) =>
    (j.office.backend.db.prepare('SELECT action, changes FROM audit_log WHERE entity = ? ORDER BY seq').all(entity) as { action: string; changes: string }[]).map((r) => ({
      action: r.action,
      changes: JSON.parse(r.changes) as { field: string; before: unknown; after: unknown }[],
    }));

  it('saves a mark into the grid, with the row’s average and suggested grade', async () => {
    await j.office.call('journals.setMark', { lessonId, studentId: j.studentIds[0], value: 10 });
    const { rows, lessons } = await grid();
    expect(lessons.map((l) => l.id)).toEqual([lessonId]);
    expect(rows.map((r) => r.name)).toEqual(['Бондар Іван Петрович', 'Коваль Іван Петрович', 'Мельник Іван Петрович']);
    expect(rows[0]).toMatchObject({ cells: [{ value: 10, attendance: 'present' }], average: '10.00', suggested: 10 });
    expect(rows[1]).toMatchObject({ cells: [null], average: null, suggested: null });
  });

  it('records an absence without a mark', async () => {
    const { mark } = await j.office.call('journals.setMark', { lessonId, studentId: j.studentIds[1], value: null, attendance: 'absent' });
    expect(mark).toMatchObject({ value: null, attendance: 'absent', kind: 'current', timeliness: 'on_time' });
  });

  it('audits a new mark and a change of it field by field', async () => {
    await j.office.call('journals.setMark', { lessonId, studentId: j.studentIds[0], value: 10 });
    await j.office.call('journals.setMark', { lessonId, studentId: j.studentIds[0], value: 11 });
    const entries = auditOf('mark');
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]!.changes).toEqual([{ field: 'value', before: 10, after: 11 }]);
  });

  it('clears a cell: the mark is gone from the grid and its removal audited', async () => {
    await j.office.call('journals.setMark', { lessonId, studentId: j.studentIds[0], value: 10 });
    expect((await j.office.call('journals.setMark', { lessonId, studentId: j.studentIds[0], value: null })).mark).toBeNull();
    expect((await grid()).rows[0]!.cells).toEqual([null]);
    expect(auditOf('mark').map((e) => e.action)).toEqual(['create', 'delete']);
  });

  it('refuses a mark above 12 in a Ukrainian school', async () => {
    expect((await j.office.refusal('journals.setMark', { lessonId, studentId: j.studentIds[0], value: 13 })).code).toBe('INVALID_INPUT');
  });

  it('refuses a mark above 5 in a Kyrgyz school', async () => {
    const kg = await openJournalOffice({ country: 'KG' });
    try {
      const { lesson } = await kg.office.call('lessons.add', { assignmentId: kg.assignmentId, date: '2025-11-20', lessonNumber: 3 });
      expect(await kg.office.refusal('journals.setMark', { lessonId: lesson.id, studentId: kg.studentIds[0], value: 6 })).toEqual({
        code: 'MARK_OUT_OF_SCALE',
        params: { mark: 6, min: 1, max: 5 },
      });
    } finally {
      kg.office.dispose();
    }
  });

  it('refuses a mark for a student of another class', async () => {
    const other = (await j.office.call('students.save', { card: { lastName: 'Чужий', firstName: 'Олег', middleName: '', birthDate: '2015-01-01', sex: 'M', documents: [] } })).meta.id;
    expect((await j.office.refusal('journals.setMark', { lessonId, studentId: other, value: 9 })).code).toBe('STUDENT_NOT_IN_CLASS');
  });

  it('refuses marks for a lesson that has not been held yet', async () => {
    const { lesson } = await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-24', lessonNumber: 1 });
    expect((await j.office.refusal('journals.setMark', { lessonId: lesson.id, studentId: j.studentIds[0], value: 9 })).code).toBe('LESSON_NOT_HELD_YET');
  });

  it('gives a control lesson control marks', async () => {
    const { lesson } = await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-19', lessonNumber: 3, kind: 'control' });
    expect((await j.office.call('journals.setMark', { lessonId: lesson.id, studentId: j.studentIds[0], value: 8 })).mark).toMatchObject({ kind: 'control', timeliness: 'on_time' });
  });

  it('flags a current mark entered days after the lesson as needing permission', async () => {
    const { lesson } = await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-17', lessonNumber: 3 });
    expect((await j.office.call('journals.setMark', { lessonId: lesson.id, studentId: j.studentIds[0], value: 8 })).mark?.timeliness).toBe('needs_permission');
  });

  it('shows a period grid with every lesson of the period: 36 of the timetable and the one added', async () => {
    await j.office.call('lessons.layOut', { assignmentId: j.assignmentId, periodId: j.periodIds[0] });
    const { lessons, rows } = await j.office.call('journals.grid', { assignmentId: j.assignmentId, span: { periodId: j.periodIds[0] } });
    expect(lessons).toHaveLength(37);
    expect(rows.every((r) => r.cells.length === 37)).toBe(true);
  });

  describe('more than 5 working days after the lesson', () => {
    const input = (lesson: string) => ({ lessonId: lesson, studentId: j.studentIds[0], value: 9, attendance: 'present' as const, note: '' });
    let oldLesson: string;
    beforeEach(async () => {
      // Thursday 6 November: the fifth working day after it is Thursday 13 November.
      oldLesson = (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-06', lessonNumber: 3 })).lesson.id;
    });

    it('refuses a teacher’s mark', async () => {
      await j.office.call('users.create', { login: 'math', fullName: 'Кравченко Микола Степанович', roles: ['subject_teacher'], staffId: j.teacherId, password: initialPassword });
      const teacher = j.office.as(await signInFirstTime(j.office, 'math'));
      expect(await teacher.refusal('journals.setMark', input(oldLesson))).toMatchObject({ code: 'ENTRY_TOO_LATE' });
    });

    it('lets the administration enter it, flagged as needing permission', async () => {
      expect((await j.office.call('journals.setMark', input(oldLesson))).mark?.timeliness).toBe('needs_permission');
    });
  });
});
