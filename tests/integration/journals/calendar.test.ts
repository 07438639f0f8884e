import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournalOffice, type JournalOffice } from '../../fixtures/journals/journal-office';

describe('the school calendar', () => {
  let j: JournalOffice;
  beforeEach(async () => {
    j = await openJournalOffice();
  });
  afterEach(() => j.office.dispose());

  it('adds the public holidays within the academic year once', async () => {
    const added = (await j.office.call('calendar.addPublicHolidays', { academicYearId: j.yearId })).added;
    const { daysOff } = await j.office.call('calendar.daysOff', { from: '2025-09-01', to: '2026-08-31' });
    expect(daysOff.map((d) => [d.start, d.name])).toContainEqual(['2025-10-01', 'День захисників і захисниць України']);
    expect(daysOff.map((d) => d.start)).toContain('2026-04-12');
    expect(daysOff).toHaveLength(added);
    expect((await j.office.call('calendar.addPublicHolidays', { academicYearId: j.yearId })).added).toBe(0);
  });

  it('leaves weekends, holidays and breaks out of a period’s teaching days', async () => {
    await j.office.call('calendar.addDayOff', { kind: 'break', name: 'Осінні канікули', start: '2025-10-27', end: '2025-11-02' });
    await j.office.call('calendar.addDayOff', { kind: 'holiday', name: 'День захисників і захисниць України', start: '2025-10-01', end: '2025-10-01' });
    const { days } = await j.office.call('calendar.teachingDays', { periodId: j.periodIds[0] });
    expect(days).not.toContain('2025-10-01');
    expect(days).not.toContain('2025-10-27');
    expect(days).not.toContain('2025-09-06');
    expect(days).toContain('2025-11-03');
    // 88 weekdays from 1 September to 31 December, less one holiday and five days of break
    expect(days).toHaveLength(82);
  });

  it('gives the day back when a day off is removed', async () => {
    const { id } = await j.office.call('calendar.addDayOff', { kind: 'break', name: 'Карантин', start: '2025-11-17', end: '2025-11-17' });
    await j.office.call('calendar.removeDayOff', { id });
    expect((await j.office.call('calendar.teachingDays', { periodId: j.periodIds[0] })).days).toContain('2025-11-17');
  });
});
