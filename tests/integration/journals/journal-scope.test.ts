import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../fixtures/office';
import { fullStaffCard } from '../../fixtures/backend/cards';
import { openJournalOffice, type JournalOffice } from '../../fixtures/journals/journal-office';
import { initialPassword, signInFirstTime } from '../../fixtures/roles/school-with-roles';

/** DESIGN §9 on the journals: a subject teacher reaches their own assignments, a class teacher reads their class's. */
describe('who reaches a journal', () => {
  let j: JournalOffice;
  let lessonId: string;
  /** Another teacher's journal: Ukrainian language in the same class. */
  let otherAssignmentId: string;
  let otherTeacherId: string;

  beforeEach(async () => {
    j = await openJournalOffice();
    lessonId = (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-20', lessonNumber: 3 })).lesson.id;
    otherTeacherId = (await j.office.call('staff.save', { card: { ...fullStaffCard(), lastName: 'Лисенко', position: 'Учитель української мови' } })).meta.id;
    const { subjects } = await j.office.call('subjects.list', {});
    const ukrainian = subjects.find((s) => s.name !== 'Математика')!;
    otherAssignmentId = (await j.office.call('assignments.save', { teacherId: otherTeacherId, classId: j.classId, subjectId: ukrainian.id, hoursPerWeek: 3 })).id;
  });
  afterEach(() => j.office.dispose());

  async function account(login: string, roles: ('subject_teacher' | 'class_teacher')[], staffId: string): Promise<Caller> {
    await j.office.call('users.create', { login, fullName: `Користувач ${login}`, roles, staffId, password: initialPassword });
    return j.office.as(await signInFirstTime(j.office, login));
  }

  it('lets the subject teacher write their own journal', async () => {
    const maths = await account('maths', ['subject_teacher'], j.teacherId);
    expect((await maths.call('journals.setMark', { lessonId, studentId: j.studentIds[0], value: 9 })).mark).toMatchObject({ value: 9 });
  });

  it("refuses the subject teacher another teacher's journal of the same class, naming the permission", async () => {
    const ukrainian = await account('ukr', ['subject_teacher'], otherTeacherId);
    expect(await ukrainian.refusal('journals.setMark', { lessonId, studentId: j.studentIds[0], value: 9 })).toEqual({ code: 'FORBIDDEN', params: { permission: 'journals.write' } });
    expect(await ukrainian.refusal('journals.grid', { assignmentId: j.assignmentId, span: { month: '2025-11' } })).toEqual({ code: 'FORBIDDEN', params: { permission: 'journals.read' } });
  });

  it("lists to a subject teacher only their own assignments", async () => {
    const ukrainian = await account('ukr', ['subject_teacher'], otherTeacherId);
    const { assignments } = await ukrainian.call('assignments.list', {});
    expect(assignments.map((a) => a.id)).toEqual([otherAssignmentId]);
  });

  it("lets the class teacher read every journal of their class, and write none", async () => {
    const { classes } = await j.office.call('classes.ofYear', { academicYearId: j.yearId });
    const fifth = classes.find((c) => c.id === j.classId)!;
    await j.office.call('classes.update', { id: j.classId, grade: fifth.grade, label: fifth.label, homeroomTeacherId: otherTeacherId });
    const homeroom = await account('homeroom', ['class_teacher'], otherTeacherId);
    expect((await homeroom.call('journals.grid', { assignmentId: j.assignmentId, span: { month: '2025-11' } })).lessons).toHaveLength(1);
    expect((await homeroom.refusal('journals.setMark', { lessonId, studentId: j.studentIds[0], value: 9 })).code).toBe('FORBIDDEN');
  });

  it("refuses a class teacher the journals of another class", async () => {
    const homeroom = await account('homeroom', ['class_teacher'], otherTeacherId);
    expect(await homeroom.refusal('journals.grid', { assignmentId: j.assignmentId, span: { month: '2025-11' } })).toEqual({ code: 'FORBIDDEN', params: { permission: 'journals.read' } });
  });
});
