import { describe, expect, it } from 'vitest';
import { ageGradeIssues, dateIssues, requiredDateIssues } from '../../../core/rules/dates';

const today = '2025-10-15';
/** Grade 5 in 2025/2026: the plausible ages on 1 September are 9 to 14. */
const yearStart = '2025-09-01';

describe('dates', () => {
  it('finds nothing in a real past date', () => {
    expect(dateIssues('hiredOn', '2020-09-01', today)).toEqual([]);
  });

  it('finds nothing in today', () => {
    expect(dateIssues('hiredOn', today, today)).toEqual([]);
  });

  it('does not judge an absent date', () => {
    expect(dateIssues('hiredOn', undefined, today)).toEqual([]);
  });

  it('reports DATE_INVALID for 31 February', () => {
    expect(dateIssues('birthDate', '2015-02-31', today)).toEqual([{ code: 'DATE_INVALID', severity: 'error', field: 'birthDate' }]);
  });

  it('reports DATE_INVALID with the format to write for digits without dots', () => {
    expect(dateIssues('birthDate', '14052019', today)).toEqual([{ code: 'DATE_INVALID', severity: 'error', field: 'birthDate', params: { format: 'date' } }]);
  });

  it('reports DATE_INVALID for unfinished text', () => {
    expect(dateIssues('birthDate', '12.03', today).map((i) => i.code)).toEqual(['DATE_INVALID']);
  });

  it('reports DATE_IN_FUTURE for tomorrow', () => {
    expect(dateIssues('birthDate', '2025-10-16', today)).toEqual([{ code: 'DATE_IN_FUTURE', severity: 'error', field: 'birthDate' }]);
  });

  it('lets a date lie ahead when no today is given', () => {
    expect(dateIssues('dismissedOn', '2030-06-30', null)).toEqual([]);
  });

  it('reports REQUIRED for an empty required date', () => {
    expect(requiredDateIssues('birthDate', '', today)).toEqual([{ code: 'REQUIRED', severity: 'error', field: 'birthDate' }]);
  });

  it('judges a filled required date like any date', () => {
    expect(requiredDateIssues('birthDate', '2015-02-31', today).map((i) => i.code)).toEqual(['DATE_INVALID']);
  });
});

describe('age against the grade', () => {
  it('accepts the youngest plausible age, grade + 4', () => {
    expect(ageGradeIssues('2016-09-01', 5, yearStart)).toEqual([]);
  });

  it('warns one day below grade + 4', () => {
    expect(ageGradeIssues('2016-09-02', 5, yearStart)).toEqual([
      { code: 'AGE_GRADE_IMPLAUSIBLE', severity: 'warning', field: 'birthDate', params: { age: 8, grade: 5, min: 9, max: 14 } },
    ]);
  });

  it('accepts the oldest plausible age, grade + 9', () => {
    expect(ageGradeIssues('2010-09-02', 5, yearStart)).toEqual([]);
  });

  it('warns at grade + 10', () => {
    expect(ageGradeIssues('2010-09-01', 5, yearStart).map((i) => i.params)).toEqual([{ age: 15, grade: 5, min: 9, max: 14 }]);
  });

  it('does not judge a birth date that is no real date', () => {
    expect(ageGradeIssues('2016-02-31', 5, yearStart)).toEqual([]);
  });

  it('does not judge a birth date after the start of the year', () => {
    expect(ageGradeIssues('2025-09-02', 1, yearStart)).toEqual([]);
  });
});
