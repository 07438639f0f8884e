import { describe, expect, it } from 'vitest';
import { showDate, storeTypedDate, todayIso } from '../../../renderer/src/format/dates';

describe('dates typed and shown in the card editor', () => {
  it('stores DD.MM.YYYY as YYYY-MM-DD', () => {
    expect(storeTypedDate('28.02.1948')).toBe('1948-02-28');
  });

  it('pads a day and month typed with one digit', () => {
    expect(storeTypedDate('1.9.2015')).toBe('2015-09-01');
  });

  it('keeps a day that does not exist, for the checks to report', () => {
    expect(storeTypedDate('31.02.2015')).toBe('2015-02-31');
  });

  it('keeps unfinished text as typed', () => {
    expect(storeTypedDate('12.03')).toBe('12.03');
  });

  it('shows a stored date as DD.MM.YYYY', () => {
    expect(showDate('2015-09-01')).toBe('01.09.2015');
  });

  it("names today in the school's time zone, not the machine's", () => {
    expect(todayIso(new Date('2025-01-05T23:30:00Z'))).toBe('2025-01-06');
  });
});
