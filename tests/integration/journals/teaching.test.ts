import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSubjects } from '../../../core/teaching/default-subjects';
import { openJournalOffice, type JournalOffice } from '../../fixtures/journals/journal-office';

describe('subjects, curriculum, assignments and the timetable', () => {
  let j: JournalOffice;
  beforeEach(async () => {
    j = await openJournalOffice();
  });
  afterEach(() => j.office.dispose());

  it('adds the country’s default subjects once', async () => {
    expect((await j.office.call('subjects.list', {})).subjects).toHaveLength(defaultSubjects.UA.length);
    expect((await j.office.call('subjects.addDefaults', {})).added).toBe(0);
  });

  it('refuses a second subject of the same name', async () => {
    expect((await j.office.refusal('subjects.save', { name: 'Математика', shortName: 'М' })).code).toBe('SUBJECT_NAME_TAKEN');
  });

  it('sets a grade’s hours of a subject and removes it with 0 hours', async () => {
    await j.office.call('curriculum.set', { grade: 5, subjectId: j.subjectId, hoursPerWeek: 4 });
    await j.office.call('curriculum.set', { grade: 5, subjectId: j.subjectId, hoursPerWeek: 3.5 });
    expect((await j.office.call('curriculum.list', {})).entries).toEqual([expect.objectContaining({ grade: 5, subjectName: 'Математика', hoursPerWeek: 3.5 })]);
    await j.office.call('curriculum.set', { grade: 5, subjectId: j.subjectId, hoursPerWeek: 0 });
    expect((await j.office.call('curriculum.list', {})).entries).toEqual([]);
  });

  it('totals each teacher’s hours a week in the load view', async () => {
    const { subjects } = await j.office.call('subjects.list', {});
    const geometry = subjects.find((s) => s.name === 'Геометрія')!.id;
    await j.office.call('assignments.save', { teacherId: j.teacherId, classId: j.classId, subjectId: geometry, hoursPerWeek: 1.5, groupLabel: 'група 1' });
    const load = await j.office.call('teaching.load', { academicYearId: j.yearId });
    expect(load.teachers).toEqual([expect.objectContaining({ teacherId: j.teacherId, teacherName: 'Кравченко Микола Степанович', totalHours: 5.5 })]);
    expect(load.teachers[0]!.assignments.map((a) => [a.subjectName, a.classLabel, a.hoursPerWeek, a.groupLabel])).toEqual([
      ['Геометрія', '5-А', 1.5, 'група 1'],
      ['Математика', '5-А', 4, null],
    ]);
    expect(load.totalHours).toBe(5.5);
  });

  it('lists the timetable slots that hold on a day', async () => {
    const { slots } = await j.office.call('timetable.list', { classId: j.classId, on: '2025-11-20' });
    await j.office.call('timetable.setSlot', { ...slots[0]!, validTo: '2025-10-31' });
    const after = await j.office.call('timetable.list', { classId: j.classId, on: '2025-11-20' });
    expect(after.slots.map((s) => [s.weekday, s.lessonNumber, s.assignment.subjectName])).toEqual([[3, 2, 'Математика']]);
  });

  it('keeps an assignment that has lessons', async () => {
    await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-17', lessonNumber: 1 });
    expect((await j.office.refusal('assignments.remove', { id: j.assignmentId })).code).toBe('ASSIGNMENT_HAS_LESSONS');
  });

  it('keeps the class and subject of an assignment that has lessons, and lets its teacher change', async () => {
    await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-17', lessonNumber: 1 });
    const { subjects } = await j.office.call('subjects.list', {});
    const physics = subjects.find((s) => s.name === 'Фізика')!.id;
    const same = { id: j.assignmentId, teacherId: j.teacherId, classId: j.classId, subjectId: j.subjectId, hoursPerWeek: 4 };
    expect((await j.office.refusal('assignments.save', { ...same, subjectId: physics })).code).toBe('ASSIGNMENT_HAS_LESSONS');
    const other = (await j.office.call('staff.save', { card: { lastName: 'Нова', firstName: 'Олена', middleName: '', birthDate: '1990-01-01', sex: 'F', acknowledgements: [] } })).meta.id;
    await j.office.call('assignments.save', { ...same, teacherId: other, hoursPerWeek: 3 });
    expect((await j.office.call('assignments.list', { classId: j.classId })).assignments[0]).toMatchObject({ teacherId: other, hoursPerWeek: 3 });
  });

  it('audits a new assignment', async () => {
    const entries = j.office.backend.db.prepare("SELECT action FROM audit_log WHERE entity = 'assignment' AND entity_id = ?").all(j.assignmentId);
    expect(entries).toEqual([{ action: 'create' }]);
  });
});
