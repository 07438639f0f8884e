import { describe, expect, it } from 'vitest';
import { todayIso } from '../../../renderer/src/format/dates';

describe("the renderer's today", () => {
  it("is the school's date at 23:30 UTC, when Kyiv is already on the next day", () => {
    expect(todayIso(new Date('2026-08-31T23:30:00Z'))).toBe('2026-09-01');
  });

  it("is the school's date at 00:30 Kyiv time, still the previous day in UTC", () => {
    expect(todayIso(new Date('2026-11-30T22:30:00Z'), 'Europe/Kyiv')).toBe('2026-12-01');
  });

  it('follows a Kyrgyz school into Bishkek time', () => {
    expect(todayIso(new Date('2026-12-01T19:00:00Z'), 'Asia/Bishkek')).toBe('2026-12-02');
  });
});

describe("the renderer's today once the school is known", () => {
  it("takes the school's own zone", async () => {
    const { setSchoolZone } = await import('../../../renderer/src/state/school-zone');
    setSchoolZone({ code: '1', name: 'Школа', country: 'KG', region: '', district: '', address: {}, director: '', finalGrade: 11 });
    expect(todayIso(new Date('2026-12-01T19:00:00Z'))).toBe('2026-12-02');
    setSchoolZone(null);
    expect(todayIso(new Date('2026-12-01T19:00:00Z'))).toBe('2026-12-01');
  });
});
