import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalOffice, type JournalOffice } from '../../fixtures/journals/journal-office';

// Today is Thursday 2025-11-20.
describe('the completeness report and the attendance report', () => {
  let j: JournalOffice;
  let monday: string;
  let wednesday: string;
  beforeEach(async () => {
    j = await openJournalOffice();
    monday = (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-17', lessonNumber: 3 })).lesson.id;
    wednesday = (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-19', lessonNumber: 3 })).lesson.id;
    await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-26', lessonNumber: 3 });
  });
  afterEach(() => j.office.dispose());

  const report = async () => (await j.office.call('journals.completeness', { periodId: j.periodIds[0] })).rows[0]!;

  it('counts the lessons held so far without a topic and without marks', async () => {
    await j.office.call('lessons.update', { id: wednesday, topic: 'Дроби' });
    await j.office.call('journals.setMark', { lessonId: wednesday, studentId: j.studentIds[0], value: 10 });
    expect(await report()).toMatchObject({ subjectName: 'Математика', classLabel: '5-А', lessonsHeld: 2, missingTopics: 1, lessonsWithoutMarks: 1 });
  });

  it('counts late entries: a topic on the third day and a mark the day after', async () => {
    await j.office.call('lessons.update', { id: monday, topic: 'Дроби' });
    await j.office.call('journals.setMark', { lessonId: wednesday, studentId: j.studentIds[0], value: 10 });
    expect((await report()).lateEntries).toBe(2);
  });

  it('counts the students without a final period grade', async () => {
    await j.office.call('journals.setMark', { lessonId: wednesday, studentId: j.studentIds[0], value: 10 });
    await j.office.call('periodGrades.confirmAll', { assignmentId: j.assignmentId, periodId: j.periodIds[0] });
    expect((await report()).studentsWithoutGrade).toBe(2);
  });

  it('narrows to one teacher’s journals', async () => {
    const other = (await j.office.call('staff.save', { card: { lastName: 'Інша', firstName: 'Олена', middleName: '', birthDate: '1990-01-01', sex: 'F', acknowledgements: [] } })).meta.id;
    expect((await j.office.call('journals.completeness', { periodId: j.periodIds[0], teacherId: other })).rows).toEqual([]);
  });

  it('counts each student’s missed, excused and late lessons over the span', async () => {
    await j.office.call('journals.setMark', { lessonId: monday, studentId: j.studentIds[0], value: null, attendance: 'absent' });
    await j.office.call('journals.setMark', { lessonId: wednesday, studentId: j.studentIds[0], value: null, attendance: 'excused' });
    await j.office.call('journals.setMark', { lessonId: wednesday, studentId: j.studentIds[1], value: 9, attendance: 'late' });
    const { rows } = await j.office.call('journals.attendance', { classId: j.classId, from: '2025-11-01', to: '2025-11-30' });
    expect(rows.map((r) => [r.name, r.missed, r.excused, r.late])).toEqual([
      ['Бондар Іван Петрович', 2, 1, 0],
      ['Коваль Іван Петрович', 0, 0, 1],
      ['Мельник Іван Петрович', 0, 0, 0],
    ]);
  });
});

describe('one student’s attendance by subject', () => {
  let j: JournalOffice;
  let maths: string;
  let history: string;
  beforeEach(async () => {
    j = await openJournalOffice();
    const { subjects } = await j.office.call('subjects.list', {});
    const historyId = subjects.find((s) => s.name === 'Історія України')!.id;
    const { id: historyAssignment } = await j.office.call('assignments.save', { teacherId: j.teacherId, classId: j.classId, subjectId: historyId, hoursPerWeek: 1 });
    maths = (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-17', lessonNumber: 3 })).lesson.id;
    history = (await j.office.call('lessons.add', { assignmentId: historyAssignment, date: '2025-11-18', lessonNumber: 4 })).lesson.id;
  });
  afterEach(() => j.office.dispose());

  const bySubject = async (studentId: string, from = '2025-11-01') =>
    (await j.office.call('journals.studentAttendance', { classId: j.classId, studentId, from, to: '2025-11-30' })).rows.map((r) => [r.subjectName, r.missed, r.excused, r.late]);

  it('splits the student’s missed, excused and late lessons by subject, with a row for every subject taught', async () => {
    await j.office.call('journals.setMark', { lessonId: maths, studentId: j.studentIds[0], value: null, attendance: 'excused' });
    await j.office.call('journals.setMark', { lessonId: history, studentId: j.studentIds[0], value: 8, attendance: 'late' });
    await j.office.call('journals.setMark', { lessonId: history, studentId: j.studentIds[1], value: null, attendance: 'absent' });
    expect(await bySubject(j.studentIds[0])).toEqual([
      ['Історія України', 0, 0, 1],
      ['Математика', 1, 1, 0],
    ]);
  });

  it('counts only the lessons of the span', async () => {
    await j.office.call('journals.setMark', { lessonId: maths, studentId: j.studentIds[0], value: null, attendance: 'absent' });
    expect(await bySubject(j.studentIds[0], '2025-11-18')).toEqual([['Історія України', 0, 0, 0]]);
  });

  it('refuses a student who was not in the class', async () => {
    const stranger = (await j.office.call('students.save', { card: { ...(await j.office.call('students.get', { id: j.studentIds[0] })).card, lastName: 'Сторонній', documents: [] } })).meta.id;
    expect((await j.office.refusal('journals.studentAttendance', { classId: j.classId, studentId: stranger, from: '2025-11-01', to: '2025-11-30' })).code).toBe('NOT_FOUND');
  });
});

describe('year grades', () => {
  let j: JournalOffice;
  beforeEach(async () => {
    j = await openJournalOffice({ country: 'KG' });
    const { periods } = await j.office.call('periods.list', { academicYearId: j.yearId });
    const lesson = (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-20', lessonNumber: 3 })).lesson.id;
    await j.office.call('journals.setMark', { lessonId: lesson, studentId: j.studentIds[0], value: 4 });
    await j.office.call('periodGrades.set', { assignmentId: j.assignmentId, periodId: periods[0]!.id, studentId: j.studentIds[0], final: 4 });
    await j.office.call('periodGrades.set', { assignmentId: j.assignmentId, periodId: periods[1]!.id, studentId: j.studentIds[0], final: 5 });
  });
  afterEach(() => j.office.dispose());

  it('suggests the round-half-up mean of the period grades', async () => {
    const { rows } = await j.office.call('yearGrades.list', { assignmentId: j.assignmentId });
    expect(rows[0]).toMatchObject({ periods: [4, 5, null, null], average: '4.50', suggested: 5, final: null });
  });

  it('stores the confirmed year grade', async () => {
    await j.office.call('yearGrades.set', { assignmentId: j.assignmentId, studentId: j.studentIds[0], final: 5 });
    expect((await j.office.call('yearGrades.list', { assignmentId: j.assignmentId })).rows[0]).toMatchObject({ final: 5 });
  });

  it('locks with the year’s last period', async () => {
    const { periods } = await j.office.call('periods.list', { academicYearId: j.yearId });
    await j.office.call('periods.close', { periodId: periods[3]!.id });
    expect((await j.office.refusal('yearGrades.set', { assignmentId: j.assignmentId, studentId: j.studentIds[0], final: 5 })).code).toBe('PERIOD_CLOSED');
  });
});
