import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PeriodGradeRow } from '../../../core/api/journals-api';
import type { Caller } from '../../fixtures/office';
import { fullStaffCard } from '../../fixtures/backend/cards';
import { openJournalOffice, type JournalOffice } from '../../fixtures/journals/journal-office';
import { initialPassword, signInFirstTime } from '../../fixtures/roles/school-with-roles';

/** What the director reads off one journal's grades screen. */
function countsOf(rows: readonly PeriodGradeRow[]) {
  const finals = rows.filter((r) => r.final !== null);
  return {
    students: rows.length,
    suggested: rows.filter((r) => r.suggested !== null).length,
    confirmed: finals.length,
    overridden: finals.filter((r) => r.final !== r.suggested).length,
    missing: rows.length - finals.length,
  };
}

/** `periodGrades.school`: every journal's period grades of the school in figures, for the director and the deputy. */
describe('period grades of the whole school', () => {
  let j: JournalOffice;
  let semester: string;
  let ukrainianId: string;
  let ukrainianTeacher: Caller;

  beforeEach(async () => {
    j = await openJournalOffice();
    semester = j.periodIds[0];
    const [bondar, koval, melnyk] = j.studentIds;
    const maths = async (date: string, kind: 'regular' | 'control') =>
      (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date, lessonNumber: 3, kind })).lesson.id;
    const [a, b, c] = [await maths('2025-11-17', 'regular'), await maths('2025-11-18', 'regular'), await maths('2025-11-19', 'control')];
    for (const [lessonId, studentId, value] of [[a, bondar, 9], [b, bondar, 10], [c, bondar, 8], [a, koval, 6], [b, koval, 7]] as const) {
      await j.office.call('journals.setMark', { lessonId, studentId, value });
    }
    await j.office.call('journals.setMark', { lessonId: c, studentId: melnyk, value: null, attendance: 'absent' });
    await j.office.call('periodGrades.set', { assignmentId: j.assignmentId, periodId: semester, studentId: bondar, final: 9 });
    await j.office.call('periodGrades.set', { assignmentId: j.assignmentId, periodId: semester, studentId: koval, final: 8 });

    const teacherId = (await j.office.call('staff.save', { card: { ...fullStaffCard(), lastName: 'Лисенко', position: 'Учитель української мови' } })).meta.id;
    const { subjects } = await j.office.call('subjects.list', {});
    const ukrainian = subjects.find((s) => s.name !== 'Математика')!;
    ukrainianId = (await j.office.call('assignments.save', { teacherId, classId: j.classId, subjectId: ukrainian.id, hoursPerWeek: 3 })).id;
    await j.office.call('users.create', { login: 'lysenko', fullName: 'Лисенко', roles: ['subject_teacher'], staffId: teacherId, password: initialPassword });
    ukrainianTeacher = j.office.as(await signInFirstTime(j.office, 'lysenko'));
    const held = (await ukrainianTeacher.call('lessons.add', { assignmentId: ukrainianId, date: '2025-11-19', lessonNumber: 4 })).lesson.id;
    await ukrainianTeacher.call('journals.setMark', { lessonId: held, studentId: melnyk, value: 11 });
    await ukrainianTeacher.call('periodGrades.set', { assignmentId: ukrainianId, periodId: semester, studentId: bondar, final: 'exempt' });
  });
  afterEach(() => j.office.dispose());

  it("counts every journal as that journal's grades screen shows it", async () => {
    const { journals } = await j.office.call('periodGrades.school', { periodId: semester });
    const screens = await Promise.all(
      [j.assignmentId, ukrainianId].map(async (assignmentId) => ({
        assignmentId,
        ...countsOf((await j.office.call('periodGrades.list', { assignmentId, periodId: semester })).rows),
      })),
    );
    expect(journals.map(({ assignmentId, students, suggested, confirmed, overridden, missing }) => ({ assignmentId, students, suggested, confirmed, overridden, missing }))).toEqual(
      expect.arrayContaining(screens),
    );
    expect(journals).toHaveLength(2);
  });

  it('names each journal and counts a confirmed suggestion, an override and a final that is no number', async () => {
    const { journals } = await j.office.call('periodGrades.school', { periodId: semester });
    expect(journals.find((r) => r.assignmentId === j.assignmentId)).toMatchObject({
      classLabel: '5-А',
      subjectName: 'Математика',
      students: 3,
      suggested: 2,
      confirmed: 2,
      overridden: 1,
      missing: 1,
    });
    expect(journals.find((r) => r.assignmentId === ukrainianId)).toMatchObject({ teacherName: expect.stringContaining('Лисенко'), suggested: 1, confirmed: 1, overridden: 1, missing: 2 });
  });

  it('refuses a subject teacher: the whole school is for whoever reads every journal', async () => {
    expect(await ukrainianTeacher.refusal('periodGrades.school', { periodId: semester })).toEqual({ code: 'FORBIDDEN', params: { permission: 'journals.read' } });
  });
});
