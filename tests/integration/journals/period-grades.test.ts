import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalOffice, type JournalOffice } from '../../fixtures/journals/journal-office';

// A Kyrgyz school: quarters, marks 1–5, 70 % current / 30 % control and a bump of at most 0.3.
describe('period grades', () => {
  let j: JournalOffice;
  let quarter: string;
  beforeEach(async () => {
    j = await openJournalOffice({ country: 'KG' });
    quarter = (await j.office.call('periods.list', { academicYearId: j.yearId })).periods[1]!.id; // II quarter: November–December
    const lesson = async (date: string, kind: 'regular' | 'control') =>
      (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date, lessonNumber: 3, kind })).lesson.id;
    const [a, b, c, d] = [await lesson('2025-11-17', 'regular'), await lesson('2025-11-18', 'regular'), await lesson('2025-11-19', 'control'), await lesson('2025-11-20', 'control')];
    const bondar = j.studentIds[0];
    for (const [lessonId, value] of [[a, 3], [b, 4], [c, 2], [d, 3]] as const) await j.office.call('journals.setMark', { lessonId, studentId: bondar, value });
    await j.office.call('journals.setMark', { lessonId: a, studentId: j.studentIds[1], value: 5 });
  });
  afterEach(() => j.office.dispose());

  const list = async () => j.office.call('periodGrades.list', { assignmentId: j.assignmentId, periodId: quarter });

  it('suggests the grade beside the marks it came from', async () => {
    const { rows } = await list();
    expect(rows[0]).toMatchObject({ name: 'Бондар Іван Петрович', current: [3, 4], control: [2, 3], average: '3.20', suggested: 3, final: null });
    expect(rows[2]).toMatchObject({ current: [], control: [], suggested: null });
  });

  it('raises the suggestion by the bump: 0.7·3.5 + 0.3·2.5 + 0.3 = 3.5 gives 4', async () => {
    const { row } = await j.office.call('periodGrades.set', { assignmentId: j.assignmentId, periodId: quarter, studentId: j.studentIds[0], bump: 0.3, final: 4 });
    expect(row).toMatchObject({ average: '3.50', suggested: 4, bump: 0.3, final: 4 });
    expect((await list()).rows[0]).toMatchObject({ bump: 0.3, suggested: 4, final: 4 });
  });

  it('refuses a bump above 0.3', async () => {
    const error = await j.office.refusal('periodGrades.set', { assignmentId: j.assignmentId, periodId: quarter, studentId: j.studentIds[0], bump: 0.4, final: 4 });
    expect(error).toEqual({ code: 'BUMP_OUT_OF_RANGE', params: { bump: 0.4, max: 0.3 } });
  });

  it('keeps the computed grade beside an override in the audit', async () => {
    await j.office.call('periodGrades.set', { assignmentId: j.assignmentId, periodId: quarter, studentId: j.studentIds[0], final: 4 });
    const row = j.office.backend.db.prepare("SELECT changes FROM audit_log WHERE entity = 'period_grade' ORDER BY seq DESC LIMIT 1").get() as { changes: string };
    expect(JSON.parse(row.changes)).toEqual(
      expect.arrayContaining([
        { field: 'final', before: null, after: 4 },
        { field: 'computedGrade', before: null, after: 3 },
        { field: 'computedAverage', before: null, after: '3.20' },
        { field: 'override', before: null, after: true },
      ]),
    );
  });

  it('accepts not assessed and exempt as finals', async () => {
    await j.office.call('periodGrades.set', { assignmentId: j.assignmentId, periodId: quarter, studentId: j.studentIds[2], final: 'exempt' });
    expect((await list()).rows[2]!.final).toBe('exempt');
  });

  it('refuses a final out of the scale', async () => {
    expect((await j.office.refusal('periodGrades.set', { assignmentId: j.assignmentId, periodId: quarter, studentId: j.studentIds[0], final: 7 })).code).toBe('MARK_OUT_OF_SCALE');
  });

  it('confirms every suggestion at once, leaving students without marks', async () => {
    expect((await j.office.call('periodGrades.confirmAll', { assignmentId: j.assignmentId, periodId: quarter })).confirmed).toBe(2);
    expect((await list()).rows.map((r) => r.final)).toEqual([3, 5, null]);
  });
});
