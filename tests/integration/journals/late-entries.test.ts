import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalOffice, type JournalOffice } from '../../fixtures/journals/journal-office';

// Today is Thursday 2025-11-20.
describe('the late entries of a journal', () => {
  let j: JournalOffice;
  beforeEach(async () => {
    j = await openJournalOffice();
  });
  afterEach(() => j.office.dispose());

  it('lists a late topic and a late mark with who entered them and when, newest lesson first', async () => {
    const monday = (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-17', lessonNumber: 3 })).lesson.id;
    const wednesday = (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-19', lessonNumber: 3 })).lesson.id;
    await j.office.call('lessons.update', { id: monday, topic: 'Дроби' });
    await j.office.call('journals.setMark', { lessonId: wednesday, studentId: j.studentIds[0], value: 10 });
    const { user } = await j.office.call('auth.me', {});
    const { entries } = await j.office.call('journals.lateEntries', { assignmentId: j.assignmentId, periodId: j.periodIds[0] });
    expect(entries).toEqual([
      { lessonId: wednesday, lessonDate: '2025-11-19', what: 'current', studentName: 'Бондар Іван Петрович', value: 10, timeliness: 'needs_permission', enteredOn: '2025-11-20', enteredBy: user.fullName },
      { lessonId: monday, lessonDate: '2025-11-17', what: 'topic', studentName: null, value: null, timeliness: 'late', enteredOn: '2025-11-20', enteredBy: user.fullName },
    ]);
  });

  it('leaves out what was entered on time', async () => {
    const today = (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-20', lessonNumber: 3 })).lesson.id;
    await j.office.call('lessons.update', { id: today, topic: 'Дроби' });
    await j.office.call('journals.setMark', { lessonId: today, studentId: j.studentIds[0], value: 10 });
    expect((await j.office.call('journals.lateEntries', { assignmentId: j.assignmentId, periodId: j.periodIds[0] })).entries).toEqual([]);
  });
});
