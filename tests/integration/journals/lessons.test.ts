import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalOffice, type JournalOffice } from '../../fixtures/journals/journal-office';

// The office's today is Thursday 2025-11-20; the timetable holds maths on Monday (lesson 1) and Wednesday (lesson 2).
describe('lessons of a journal', () => {
  let j: JournalOffice;
  beforeEach(async () => {
    j = await openJournalOffice();
  });
  afterEach(() => j.office.dispose());

  const lessonsOf = async (month: string) => (await j.office.call('journals.grid', { assignmentId: j.assignmentId, span: { month } })).lessons;

  it('are laid out from the timetable on every teaching day of a period', async () => {
    await j.office.call('calendar.addDayOff', { kind: 'break', name: 'Осінні канікули', start: '2025-10-27', end: '2025-11-02' });
    await j.office.call('lessons.layOut', { assignmentId: j.assignmentId, periodId: j.periodIds[0] });
    const november = await lessonsOf('2025-11');
    expect(november.slice(0, 3).map((l) => [l.date, l.lessonNumber])).toEqual([
      ['2025-11-03', 1],
      ['2025-11-05', 2],
      ['2025-11-10', 1],
    ]);
    expect((await lessonsOf('2025-10')).map((l) => l.date)).not.toContain('2025-10-27');
  });

  it('are laid out once: a second layout adds none and keeps a cancelled lesson cancelled', async () => {
    const { created } = await j.office.call('lessons.layOut', { assignmentId: j.assignmentId, periodId: j.periodIds[0] });
    expect(created).toBe(36);
    const first = (await lessonsOf('2025-11'))[0]!;
    await j.office.call('lessons.cancel', { id: first.id });
    expect((await j.office.call('lessons.layOut', { assignmentId: j.assignmentId, periodId: j.periodIds[0] })).created).toBe(0);
    expect((await lessonsOf('2025-11'))[0]).toMatchObject({ id: first.id, cancelled: true });
  });

  it('can be added beside the timetable and moved to another day', async () => {
    const { lesson } = await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-18', lessonNumber: 5, kind: 'control' });
    const moved = await j.office.call('lessons.update', { id: lesson.id, date: '2025-11-19', lessonNumber: 4 });
    expect(moved.lesson).toMatchObject({ date: '2025-11-19', lessonNumber: 4, kind: 'control' });
  });

  it('refuse a second lesson at the same day and number', async () => {
    await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-18', lessonNumber: 5 });
    expect((await j.office.refusal('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-18', lessonNumber: 5 })).code).toBe('LESSON_SLOT_TAKEN');
  });

  it('take a topic and homework, on time on the lesson’s day', async () => {
    const { lesson } = await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-20', lessonNumber: 3 });
    const { lesson: after } = await j.office.call('lessons.update', { id: lesson.id, topic: 'Дроби', homework: '№ 12, 14' });
    expect(after).toMatchObject({ topic: 'Дроби', homework: '№ 12, 14', topicTimeliness: 'on_time' });
  });

  it('flag a topic entered on the third day as late', async () => {
    const { lesson } = await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-17', lessonNumber: 3 });
    expect((await j.office.call('lessons.update', { id: lesson.id, topic: 'Дроби' })).lesson.topicTimeliness).toBe('late');
  });

  it('refuse cancelling a lesson with marks', async () => {
    const { lesson } = await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-17', lessonNumber: 3 });
    await j.office.call('journals.setMark', { lessonId: lesson.id, studentId: j.studentIds[0], value: 10 });
    expect((await j.office.refusal('lessons.cancel', { id: lesson.id })).code).toBe('LESSON_HAS_MARKS');
  });

  it('turn their marks into control marks when the lesson becomes a control lesson', async () => {
    const { lesson } = await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-17', lessonNumber: 3 });
    await j.office.call('journals.setMark', { lessonId: lesson.id, studentId: j.studentIds[0], value: 10 });
    await j.office.call('lessons.update', { id: lesson.id, kind: 'control' });
    const { rows } = await j.office.call('periodGrades.list', { assignmentId: j.assignmentId, periodId: j.periodIds[0] });
    expect(rows[0]).toMatchObject({ current: [], control: [10] });
  });

  it('audit every change with its fields', async () => {
    const { lesson } = await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-20', lessonNumber: 3 });
    await j.office.call('lessons.update', { id: lesson.id, topic: 'Дроби' });
    const rows = j.office.backend.db.prepare("SELECT action, changes FROM audit_log WHERE entity = 'lesson' AND entity_id = ? ORDER BY seq").all(lesson.id) as { action: string; changes: string }[];
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(JSON.parse(rows[1]!.changes)).toEqual([{ field: 'topic', before: '', after: 'Дроби' }]);
  });
});
