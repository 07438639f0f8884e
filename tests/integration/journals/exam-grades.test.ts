import { afterEach, describe, expect, it } from 'vitest';
import { openJournalOffice, type JournalOffice } from '../../fixtures/journals/journal-office';

// Today is Thursday 2025-11-20.
describe('exam grades', () => {
  let j: JournalOffice;
  afterEach(() => j.office.dispose());

  it('are kept beside the year grade in a grade with a state exam (UA 9)', async () => {
    j = await openJournalOffice({ grade: 9 });
    await j.office.call('examGrades.set', { assignmentId: j.assignmentId, studentId: j.studentIds[0], final: 11 });
    const list = await j.office.call('yearGrades.list', { assignmentId: j.assignmentId });
    expect(list.hasExam).toBe(true);
    expect(list.rows[0]).toMatchObject({ exam: 11, final: null });
  });

  it('are refused in a grade without one (UA 5)', async () => {
    j = await openJournalOffice({ grade: 5 });
    expect((await j.office.call('yearGrades.list', { assignmentId: j.assignmentId })).hasExam).toBe(false);
    expect((await j.office.refusal('examGrades.set', { assignmentId: j.assignmentId, studentId: j.studentIds[0], final: 11 })).code).toBe('NO_EXAM_IN_GRADE');
  });

  it('are refused in a grade whose exam is Ukrainian only (KG 4)', async () => {
    j = await openJournalOffice({ country: 'KG', grade: 4 });
    expect((await j.office.refusal('examGrades.set', { assignmentId: j.assignmentId, studentId: j.studentIds[0], final: 5 })).code).toBe('NO_EXAM_IN_GRADE');
  });

  it('lock with the year’s last period', async () => {
    j = await openJournalOffice({ grade: 11 });
    const { periods } = await j.office.call('periods.list', { academicYearId: j.yearId });
    await j.office.call('periods.close', { periodId: periods.at(-1)!.id });
    expect((await j.office.refusal('examGrades.set', { assignmentId: j.assignmentId, studentId: j.studentIds[0], final: 10 })).code).toBe('PERIOD_CLOSED');
  });

  it('are audited as exam grades, with no computed grade to override', async () => {
    j = await openJournalOffice({ grade: 4 });
    await j.office.call('examGrades.set', { assignmentId: j.assignmentId, studentId: j.studentIds[0], final: 'exempt' });
    const row = j.office.backend.db
      .prepare("SELECT changes FROM audit_log WHERE entity = 'period_grade' ORDER BY seq DESC LIMIT 1")
      .get() as { changes: string };
    const fields = (JSON.parse(row.changes) as { field: string; after: unknown }[]).map((c) => [c.field, c.after]);
    expect(fields).toContainEqual(['scope', 'exam']);
    expect(fields).toContainEqual(['final', 'exempt']);
    expect(fields.map(([field]) => field)).not.toContain('override');
  });
});

describe('confirming every year grade', () => {
  let j: JournalOffice;
  afterEach(() => j.office.dispose());

  it('sets each suggestion where no year grade is set, and leaves the others', async () => {
    j = await openJournalOffice();
    for (const studentId of j.studentIds.slice(0, 2)) {
      await j.office.call('periodGrades.set', { assignmentId: j.assignmentId, periodId: j.periodIds[0], studentId, final: 9 });
      await j.office.call('periodGrades.set', { assignmentId: j.assignmentId, periodId: j.periodIds[1], studentId, final: 10 });
    }
    await j.office.call('yearGrades.set', { assignmentId: j.assignmentId, studentId: j.studentIds[1], final: 12 });
    expect(await j.office.call('yearGrades.confirmAll', { assignmentId: j.assignmentId })).toEqual({ confirmed: 1 });
    const { rows } = await j.office.call('yearGrades.list', { assignmentId: j.assignmentId });
    expect(rows.map((r) => r.final)).toEqual([10, 12, null]);
  });
});
