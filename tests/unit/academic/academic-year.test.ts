import { describe, expect, it } from 'vitest';
import {
  academicYearLabelSchema,
  academicYearOf,
  academicYearSchema,
  currentAcademicYear,
  nextAcademicYear,
} from '../../../core/academic/academic-year';
import { defaultPeriods, periodSchema } from '../../../core/academic/period';

describe('academic year labels', () => {
  it('accept two consecutive years', () => {
    expect(academicYearLabelSchema.safeParse('2025/2026').success).toBe(true);
  });

  it('reject years that do not follow each other', () => {
    expect(academicYearLabelSchema.safeParse('2025/2027').success).toBe(false);
  });

  it('reject a hyphen instead of a slash', () => {
    expect(academicYearLabelSchema.safeParse('2025-2026').success).toBe(false);
  });
});

describe('academic years', () => {
  it('run from 1 September to 31 August by default', () => {
    expect(academicYearOf('2026-01-15')).toEqual({ label: '2025/2026', start: '2025-09-01', end: '2026-08-31' });
  });

  it('make 31 August the last day of the year', () => {
    expect(currentAcademicYear('2026-08-31').label).toBe('2025/2026');
  });

  it('make 1 September the first day of the next', () => {
    expect(currentAcademicYear('2026-09-01').label).toBe('2026/2027');
  });

  it('are followed by the year after', () => {
    expect(nextAcademicYear('2025/2026')).toEqual({ label: '2026/2027', start: '2026-09-01', end: '2027-08-31' });
  });

  it('may start on another day the school chooses', () => {
    expect(academicYearSchema.safeParse({ label: '2024/2025', start: '2024-08-21', end: '2025-08-31' }).success).toBe(true);
  });

  it('cannot end before they start', () => {
    expect(academicYearSchema.safeParse({ label: '2024/2025', start: '2025-09-01', end: '2024-08-31' }).success).toBe(false);
  });
});

describe('default periods', () => {
  it('are two semesters in UA, autumn and spring', () => {
    expect(defaultPeriods('2025/2026', 'UA').map((p) => [p.name, p.start, p.end])).toEqual([
      ['I семестр', '2025-09-01', '2025-12-31'],
      ['II семестр', '2026-01-01', '2026-05-31'],
    ]);
  });

  it('are four quarters in KG', () => {
    expect(defaultPeriods('2025/2026', 'KG').map((p) => [p.number, p.start, p.end])).toEqual([
      [1, '2025-09-01', '2025-10-31'],
      [2, '2025-11-01', '2025-12-31'],
      [3, '2026-01-01', '2026-03-31'],
      [4, '2026-04-01', '2026-05-31'],
    ]);
  });

  it('are open and valid periods of their year', () => {
    const periods = defaultPeriods('2025/2026', 'KG');
    expect(periods.every((p) => !p.closed && p.academicYear === '2025/2026' && periodSchema.safeParse(p).success)).toBe(true);
  });
});
