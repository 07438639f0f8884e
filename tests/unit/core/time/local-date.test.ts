import { describe, expect, it } from 'vitest';
import { localDate, localDateTime, schoolTimeZone } from '../../../../core/time/local-date';

describe('localDate', () => {
  it('gives the Kyiv date at 23:30 UTC, when Kyiv is already on the next day', () => {
    expect(localDate(new Date('2026-08-31T23:30:00Z'), 'Europe/Kyiv')).toBe('2026-09-01');
  });

  it('gives the Kyiv date at 00:30 local time, which is still the previous day in UTC', () => {
    expect(localDate(new Date('2026-11-30T22:30:00Z'), 'Europe/Kyiv')).toBe('2026-12-01');
  });

  it('gives the Bishkek date for a KG school', () => {
    expect(localDate(new Date('2026-12-01T19:00:00Z'), 'Asia/Bishkek')).toBe('2026-12-02');
  });

  it('stamps the local time to the minute', () => {
    expect(localDateTime(new Date('2026-06-29T21:05:00Z'), 'Europe/Kyiv')).toBe('2026-06-30 00:05');
  });
});

describe('schoolTimeZone', () => {
  it('takes the country default unless the school sets a valid zone', () => {
    expect(schoolTimeZone('UA')).toBe('Europe/Kyiv');
    expect(schoolTimeZone('KG')).toBe('Asia/Bishkek');
    expect(schoolTimeZone('UA', 'Europe/Warsaw')).toBe('Europe/Warsaw');
    expect(schoolTimeZone('KG', 'Not/A_Zone')).toBe('Asia/Bishkek');
  });
});
