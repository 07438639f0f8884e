import { describe, expect, it } from 'vitest';
import { academicYearStartOf, addDays, ageOn, daysBetween, displayDate, isRealDate } from '../../../core/rules/calendar';

describe('real dates', () => {
  it('accepts 29 February of a leap year', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
  });

  it('rejects 29 February of a common year', () => {
    expect(isRealDate('2023-02-29')).toBe(false);
  });

  it('rejects a month 13', () => {
    expect(isRealDate('2023-13-01')).toBe(false);
  });

  it('rejects a date before 1900', () => {
    expect(isRealDate('1899-12-31')).toBe(false);
  });

  it('rejects DD.MM.YYYY', () => {
    expect(isRealDate('01.09.2015')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('counts the days from 1899-12-31 to 1948-02-28 as 17590', () => {
    expect(daysBetween('1899-12-31', '1948-02-28')).toBe(17_590);
  });

  it('counts backwards as negative', () => {
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });

  it('adds days across a leap day', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });

  it('adds day 1 to the RNOKPP epoch as 1900-01-01', () => {
    expect(addDays('1899-12-31', 1)).toBe('1900-01-01');
  });
});

describe('age', () => {
  it('counts a birthday on the day itself as completed', () => {
    expect(ageOn('2015-09-01', '2025-09-01')).toBe(10);
  });

  it('does not count a birthday one day ahead', () => {
    expect(ageOn('2015-09-02', '2025-09-01')).toBe(9);
  });

  it('completes a 29 February birthday on 1 March in a common year', () => {
    expect([ageOn('2016-02-29', '2025-02-28'), ageOn('2016-02-29', '2025-03-01')]).toEqual([8, 9]);
  });
});

describe('academic year', () => {
  it('starts on 1 September of the same year from September on', () => {
    expect(academicYearStartOf('2025-09-01')).toBe('2025-09-01');
  });

  it('starts on 1 September of the year before until 31 August', () => {
    expect(academicYearStartOf('2026-08-31')).toBe('2025-09-01');
  });
});

describe('displayed dates', () => {
  it('shows YYYY-MM-DD as DD.MM.YYYY', () => {
    expect(displayDate('1948-02-28')).toBe('28.02.1948');
  });

  it('shows a text that is no date unchanged', () => {
    expect(displayDate('Коваленко')).toBe('Коваленко');
  });
});
