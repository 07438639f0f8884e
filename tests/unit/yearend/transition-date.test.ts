import { describe, expect, it } from 'vitest';
import { SchoolBuilder, choices, planOf, refusalOf } from './school-state';

/** A school whose year has its two semesters, the second ending on 31 May. */
function schoolWithSemesters() {
  const school = new SchoolBuilder();
  school.student('11-А');
  const year = school.state.closingYear.label;
  school.state.periods.push(
    { id: '00000000-0000-4000-8000-00000000a001', academicYear: year, kind: 'semester', number: 1, name: 'I семестр', start: '2025-09-01', end: '2025-12-31', closed: false },
    { id: '00000000-0000-4000-8000-00000000a002', academicYear: year, kind: 'semester', number: 2, name: 'II семестр', start: '2026-01-01', end: '2026-05-31', closed: false },
  );
  return school;
}

describe('the transition date', () => {
  it('is refused in the middle of the year, naming the day the last period ends', () => {
    const school = schoolWithSemesters();
    expect(refusalOf(school.state, choices({ date: '2025-12-01' }))).toEqual({
      code: 'YEAR_END_DATE_BEFORE_YEAR_ENDS',
      params: { date: '2025-12-01', periodEnd: '2026-05-31' },
    });
  });

  it('is refused a day before the last period ends', () => {
    expect(refusalOf(schoolWithSemesters().state, choices({ date: '2026-05-30' })).code).toBe('YEAR_END_DATE_BEFORE_YEAR_ENDS');
  });

  it('may be the day after the last period ends', () => {
    expect(planOf(schoolWithSemesters().state, choices({ date: '2026-06-01' })).orders.map((o) => o.date)).toEqual(['2026-06-01']);
  });
});
