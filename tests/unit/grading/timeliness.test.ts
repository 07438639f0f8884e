import { describe, expect, it } from 'vitest';
import { entryTimeliness, weekdaysOnly, workingDaysBetween } from '../../../core/grading/timeliness';

// 2025-11-17 is a Monday.
describe('timeliness of a topic (seed 004, item 21)', () => {
  it('is on time on the lesson’s day', () => {
    expect(entryTimeliness('topic', '2025-11-17', '2025-11-17')).toBe('on_time');
  });

  it('is on time the day after the lesson', () => {
    expect(entryTimeliness('topic', '2025-11-17', '2025-11-18')).toBe('on_time');
  });

  it('is late but allowed on the third day', () => {
    expect(entryTimeliness('topic', '2025-11-17', '2025-11-20')).toBe('late');
  });

  it('needs permission on the fourth day', () => {
    expect(entryTimeliness('topic', '2025-11-17', '2025-11-21')).toBe('needs_permission');
  });

  it('is too late after five working days', () => {
    expect(entryTimeliness('topic', '2025-11-17', '2025-11-25')).toBe('too_late');
  });

  it('is on time when planned before the lesson', () => {
    expect(entryTimeliness('topic', '2025-11-17', '2025-11-10')).toBe('on_time');
  });
});

describe('timeliness of a current mark', () => {
  it('is on time on the lesson’s day', () => {
    expect(entryTimeliness('current', '2025-11-17', '2025-11-17')).toBe('on_time');
  });

  it('needs permission the day after', () => {
    expect(entryTimeliness('current', '2025-11-17', '2025-11-18')).toBe('needs_permission');
  });

  it('needs permission on the fifth working day, across a weekend', () => {
    // Friday's lesson; the fifth working day after it is the next Friday.
    expect(entryTimeliness('current', '2025-11-21', '2025-11-28')).toBe('needs_permission');
  });

  it('is too late on the sixth working day', () => {
    expect(entryTimeliness('current', '2025-11-21', '2025-12-01')).toBe('too_late');
  });

  it('does not count the school’s holidays as working days', () => {
    const holidays = new Set(['2025-11-24', '2025-11-25']);
    expect(entryTimeliness('current', '2025-11-21', '2025-12-01', (d) => weekdaysOnly(d) && !holidays.has(d))).toBe('needs_permission');
  });
});

describe('timeliness of a control result', () => {
  it('is on time on the 15th calendar day', () => {
    expect(entryTimeliness('control', '2025-11-03', '2025-11-18')).toBe('on_time');
  });

  it('needs permission on the 16th', () => {
    expect(entryTimeliness('control', '2025-11-03', '2025-11-19')).toBe('needs_permission');
  });

  it('is too late more than five working days after the 15th day', () => {
    // the 15th day is Tuesday 18 November; its fifth working day after is Tuesday 25 November
    expect(entryTimeliness('control', '2025-11-03', '2025-11-26')).toBe('too_late');
  });
});

describe('working days between two dates', () => {
  it('skip Saturday and Sunday', () => {
    expect(workingDaysBetween('2025-11-21', '2025-11-24', weekdaysOnly)).toBe(1);
  });

  it('are none when the end is not after the start', () => {
    expect(workingDaysBetween('2025-11-21', '2025-11-21', weekdaysOnly)).toBe(0);
  });
});
