import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDemoCopy, seedDemoFolder, transitionDay, type SeededDemo } from '../../fixtures/yearend/demo-office';
import { openOffice, type Office } from '../../fixtures/office';

describe('year-end choices, first graders and the limits of undo', () => {
  let seeded: SeededDemo;
  let office: Office;
  beforeAll(async () => {
    seeded = await seedDemoFolder();
  }, 120_000);
  afterAll(() => rmSync(seeded.dataDir, { recursive: true, force: true }));
  beforeEach(async () => {
    office = await openDemoCopy(seeded);
  });
  afterEach(() => office.dispose());

  /** The first class of a grade in the closing year and one of its students. */
  const someoneOfGrade = async (grade: number) => {
    const { classes } = await office.call('classes.ofYear', { date: transitionDay });
    const cls = classes.find((c) => c.grade === grade);
    const { members } = await office.call('classes.get', { id: cls?.id ?? '', date: transitionDay });
    return { classId: cls?.id ?? '', label: cls?.label ?? '', studentId: members.find((m) => m.current)?.studentId ?? '' };
  };
  /** A student's enrollments from the closing year on (the demo's finished year before it has its own). */
  const enrollmentsOf = (studentId: string) =>
    office.backend.db
      .prepare(
        `SELECT c.label, e.from_date AS "from", e.to_date AS "to", e.reason FROM enrollments e JOIN classes c ON c.id = e.class_id
         WHERE e.student_id = ? AND e.from_date >= '2025-09-01' ORDER BY e.from_date`,
      )
      .all(studentId);
  const runsOfClosingYear = async () => (await office.call('yearEnd.runs', {})).runs.filter((r) => r.closingYear === '2025/2026');

  it('keeps a repeating student in the same grade next year, and the mark goes no further', async () => {
    const { studentId, label } = await someoneOfGrade(5);
    await office.call('yearEnd.apply', { choices: { date: transitionDay, students: [{ studentId, action: 'repeat' }] } });
    expect(enrollmentsOf(studentId)).toEqual([
      { label, from: '2025-09-01', to: '2026-09-01', reason: 'promoted' },
      { label, from: '2026-09-01', to: null, reason: 'repeating' },
    ]);
  });

  it('withdraws a grade-9 leaver on the transition day with reason completed education', async () => {
    const { studentId } = await someoneOfGrade(9);
    const { plan } = await office.call('yearEnd.apply', { choices: { date: transitionDay, students: [{ studentId, action: 'leave' }] } });
    const withdraw = plan.orders.find((o) => o.kind === 'withdraw');
    expect(withdraw?.items).toEqual([expect.objectContaining({ studentId, reason: 'completed_education' })]);
    expect(enrollmentsOf(studentId)).toEqual([expect.objectContaining({ to: transitionDay })]);
  });

  it('refuses a grade-5 student leaving after grade 9, and changes nothing', async () => {
    const { studentId } = await someoneOfGrade(5);
    const error = await office.refusal('yearEnd.apply', { choices: { date: transitionDay, students: [{ studentId, action: 'leave' }] } });
    expect(error).toMatchObject({ code: 'YEAR_END_LEAVE_NOT_GRADE_9', params: { grade: 5 } });
    expect(await runsOfClosingYear()).toEqual([]);
  });

  it('does not carry a student withdrawn during the year into the new year', async () => {
    const { studentId } = await someoneOfGrade(7);
    await office.call('orders.create', { date: '2026-03-02', kind: 'withdraw', items: [{ studentId, reason: 'moved_abroad' }] });
    const { plan } = await office.call('yearEnd.apply', { choices: { date: transitionDay } });
    expect(plan.movements.find((m) => m.studentId === studentId)?.movement).toBe('not_carried');
    expect(plan.newEnrollments.some((e) => e.studentId === studentId)).toBe(false);
  });

  it('enrols typed first graders in the new first classes with personal file numbers continuing their letters', async () => {
    const used = (await office.call('alphabetBook.list', { letter: 'Я' })).entries.map((e) => e.number);
    const { plan } = await office.call('yearEnd.apply', {
      choices: { date: transitionDay, firstGraders: [{ lastName: 'Яковенко', firstName: 'Марія', birthDate: '2019-04-02', sex: 'F', classLabel: '1-А' }] },
    });
    const [first] = plan.firstGraders;
    expect(first?.personalFileNumber).toBe(`Я/${Math.max(0, ...used) + 1}`);
    const card = await office.call('students.get', { id: first?.studentId ?? '' });
    expect(card.card).toMatchObject({ lastName: 'Яковенко', personalFileNumber: first?.personalFileNumber });
    expect(enrollmentsOf(first?.studentId ?? '')).toEqual([{ label: '1-А', from: '2026-09-01', to: null, reason: 'admitted' }]);
  });

  it('refuses the undo once a sync has sent rows of the transition', async () => {
    const { plan } = await office.call('yearEnd.apply', { choices: { date: transitionDay } });
    const sent = plan.newEnrollments[0]?.id ?? '';
    office.backend.db.prepare('UPDATE enrollments SET rev = 1, sent_count = change_count WHERE id = ?').run(sent);
    expect((await office.refusal('yearEnd.undo', {})).code).toBe('YEAR_END_UNDO_AFTER_SYNC');
  });

  it('refuses the undo once the new year has been changed since, keeping that work', async () => {
    const { plan } = await office.call('yearEnd.apply', { choices: { date: transitionDay } });
    const newClass = plan.newClasses[0];
    await office.call('classes.update', { id: newClass?.id ?? '', grade: newClass?.grade ?? 1, label: newClass?.label ?? '', homeroomTeacherId: undefined });
    expect((await office.refusal('yearEnd.undo', {})).code).toBe('YEAR_END_UNDO_CHANGED_SINCE');
  });

  it('answers YEAR_END_NOTHING_TO_UNDO when no transition stands', async () => {
    const school = await openOffice();
    try {
      expect((await school.refusal('yearEnd.undo', {})).code).toBe('YEAR_END_NOTHING_TO_UNDO');
    } finally {
      school.dispose();
    }
  });

  it("refuses to undo the demo's own transition of last year: the school has worked in the new year since", async () => {
    expect((await office.refusal('yearEnd.undo', {})).code).toBe('YEAR_END_UNDO_CHANGED_SINCE');
  });
});
