import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OfficePc } from '../../fixtures/sync/office-pc';
import { openJournalPcs, type JournalPcs } from '../../fixtures/sync/journal-pcs';

/** The journals between two office PCs of one school and the real central server (issue 10, item 8). */
describe('the journals between two office PCs', () => {
  let pcs: JournalPcs;
  let first: OfficePc;
  let second: OfficePc;
  let lessonId: string;
  beforeEach(async () => {
    pcs = await openJournalPcs();
    ({ first, second } = pcs);
    lessonId = (await first.call('lessons.add', { assignmentId: pcs.assignmentId, date: '2025-11-20', lessonNumber: 3 })).lesson.id;
    await first.syncAll();
    await second.syncAll();
  });
  afterEach(() => pcs.close());

  const grid = (pc: OfficePc) => pc.call('journals.grid', { assignmentId: pcs.assignmentId, span: { month: '2025-11' } });
  const markOf = async (pc: OfficePc, studentId: string) => {
    const { lessons, rows } = await grid(pc);
    return rows.find((r) => r.studentId === studentId)?.cells[lessons.findIndex((l) => l.id === lessonId)] ?? null;
  };
  const setMark = (pc: OfficePc, studentId: string, value: number) => pc.call('journals.setMark', { lessonId, studentId, value });

  it('hands the teaching structure and the lessons of one PC to the other', async () => {
    expect((await grid(second)).lessons.map((l) => l.id)).toContain(lessonId);
    const { slots } = await second.call('timetable.list', { classId: pcs.classId });
    expect(slots).toHaveLength(2);
  });

  it('shows on both PCs the marks, topics and grades entered on each', async () => {
    const [bondar, koval] = pcs.studentIds;
    await setMark(first, bondar, 9);
    await first.call('lessons.update', { id: lessonId, topic: 'Дроби' });
    await second.call('journals.setMark', { lessonId, studentId: koval, value: null, attendance: 'absent' });
    await second.call('periodGrades.set', { assignmentId: pcs.assignmentId, periodId: pcs.periodIds[0], studentId: bondar, final: 10 });
    await first.syncAll();
    await second.syncAll();
    await first.syncAll();
    for (const pc of [first, second]) {
      expect((await markOf(pc, bondar))?.value).toBe(9);
      expect((await markOf(pc, koval))?.attendance).toBe('absent');
      expect((await grid(pc)).lessons.find((l) => l.id === lessonId)?.topic).toBe('Дроби');
      const { rows } = await pc.call('periodGrades.list', { assignmentId: pcs.assignmentId, periodId: pcs.periodIds[0] });
      expect(rows.find((r) => r.studentId === bondar)?.final).toBe(10);
    }
  });

  it('lists a mark changed on both PCs as a conflict and overwrites neither', async () => {
    const [bondar] = pcs.studentIds;
    await setMark(first, bondar, 9);
    await setMark(second, bondar, 7);
    await first.syncAll();
    await second.syncAll();
    const { conflicts } = await second.call('sync.conflicts', {});
    expect(conflicts.map((c) => c.type)).toEqual(['mark']);
    expect((await markOf(second, bondar))?.value).toBe(7);
    expect((await markOf(first, bondar))?.value).toBe(9);
  });

  it('refuses on the server a change from the other PC in a period closed on the first, and the other PC refuses it afterwards', async () => {
    const [bondar] = pcs.studentIds;
    await setMark(second, bondar, 7);
    await first.call('periods.close', { periodId: pcs.periodIds[0] });
    await first.syncAll();
    const status = await second.syncAll();
    expect(status.lastResult?.rejected).toBe(1);
    expect(await markOf(first, bondar)).toBeNull();
    expect((await second.refusal('journals.setMark', { lessonId, studentId: bondar, value: 8 })).code).toBe('PERIOD_CLOSED');
  });

  it('does not apply on pull a change made elsewhere in a period this PC closed meanwhile, and lists it', async () => {
    const [bondar] = pcs.studentIds;
    await setMark(first, bondar, 9);
    await second.call('periods.close', { periodId: pcs.periodIds[0] });
    await first.syncAll();
    const status = await second.syncAll();
    expect(status.lastResult?.closedPeriodRefusals).toBe(1);
    expect(await markOf(second, bondar)).toBeNull();
  });

  it('lets the other PC\'s change through under an unlock granted on the first, until the unlock expires', async () => {
    const [bondar, koval] = pcs.studentIds;
    await first.call('periods.close', { periodId: pcs.periodIds[0] });
    await pcs.unlockFirstPeriod(first, '2025-11-22T10:00:00+02:00');
    await first.syncAll();
    await second.syncAll();
    await setMark(second, bondar, 7);
    await second.syncAll();
    await first.syncAll();
    expect((await markOf(first, bondar))?.value).toBe(7);

    await setMark(second, koval, 5);
    await pcs.moveTo(new Date('2025-11-23T10:00:00'));
    const status = await second.syncAll();
    expect(status.lastResult?.rejected).toBe(1);
    await first.syncAll();
    expect(await markOf(first, koval)).toBeNull();
  });
});
