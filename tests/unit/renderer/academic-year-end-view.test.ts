import { describe, expect, it } from 'vitest';
import type { YearEndPlan } from '../../../core/yearend/year-end-plan';
import { storeTypedDate } from '../../../renderer/src/format/dates';
import {
  choiceActions,
  choicesForPreview,
  classGroups,
  defaultTransitionDate,
  firstGraderOf,
  planSummary,
  withChoice,
  type Choice,
  type FirstGraderDraft,
} from '../../../renderer/src/screens/academic/year-end/year-end-view';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [c5, c6, c11, s1, s2, s3, s4, order] = [1, 2, 3, 4, 5, 6, 7, 8].map(id) as [string, string, string, string, string, string, string, string];

const plan: YearEndPlan = {
  closingYear: '2025/2026',
  date: '2026-06-15',
  newYear: { id: id(20), label: '2026/2027', start: '2026-09-01', end: '2027-08-31' },
  createsYear: true,
  newPeriods: [],
  newClasses: [{ id: c6, academicYear: '2026/2027', grade: 6, label: '6-А' }],
  classMoves: [{ classId: c5, toClassId: c6 }, { classId: c11 }],
  movements: [
    { studentId: s1, fromClassId: c5, movement: 'promote', toClassId: c6, orderId: order },
    { studentId: s2, fromClassId: c5, movement: 'repeat', toClassId: id(30), orderId: order },
    { studentId: s3, fromClassId: c11, movement: 'graduate', reason: 'completed_education', orderId: order },
    { studentId: s4, fromClassId: c11, movement: 'not_carried' },
  ],
  closedEnrollments: [],
  newEnrollments: [],
  firstGraders: [],
  orders: [],
};
const names = {
  students: { [s1]: 'Шевченко Олена', [s2]: 'Андрієнко Іван', [s3]: 'Бондар Марія', [s4]: 'Коваль Петро' },
  classes: { [c5]: '5-А', [c6]: '6-А', [c11]: '11-А', [id(30)]: '5-А' },
};

describe('the year-end preview, class by class', () => {
  it('keeps the planner’s class order and names where each class goes', () => {
    const groups = classGroups(plan, names);
    expect(groups.map((g) => [g.label, g.toLabel, g.grade])).toEqual([
      ['5-А', '6-А', 5],
      ['11-А', null, 11],
    ]);
  });

  it('lists each class’s students by name', () => {
    expect(classGroups(plan, names)[0]?.rows.map((r) => r.name)).toEqual(['Андрієнко Іван', 'Шевченко Олена']);
  });

  it('counts as exceptions the students who do not go on with their class', () => {
    expect(classGroups(plan, names).map((g) => g.exceptions)).toEqual([1, 1]);
  });

  it('counts every kind of movement and what the transition creates', () => {
    expect(planSummary(plan)).toMatchObject({ promote: 1, repeat: 1, graduate: 1, not_carried: 1, leave: 0, newClasses: 1, orders: 0 });
  });
});

describe('the per-student choices of the wizard', () => {
  it('sends a transfer only once its destination school is named', () => {
    const choices = new Map<string, Choice>([
      [s1, { action: 'transfer', destinationSchool: '  ' }],
      [s2, { action: 'transfer', destinationSchool: ' Ліцей № 3 ' }],
    ]);
    expect(choicesForPreview(choices)).toEqual([{ studentId: s2, action: 'transfer', destinationSchool: 'Ліцей № 3', reason: 'enrolled_elsewhere' }]);
  });

  it('puts a student back with the class when the choice is cleared, leaving the old choices untouched', () => {
    const before = new Map<string, Choice>([[s1, { action: 'repeat' }]]);
    const after = withChoice(before, s1, null);
    expect(after.has(s1)).toBe(false);
    expect(before.get(s1)).toEqual({ action: 'repeat' });
  });

  it('offers leaving after grade 9 only to grade 9', () => {
    expect(choiceActions(9)).toContain('leave');
    expect(choiceActions(8)).not.toContain('leave');
  });
});

describe('first graders typed into the table', () => {
  const row: FirstGraderDraft = { key: 1, lastName: ' Ярошенко ', firstName: 'Соломія', middleName: '', birthDate: '14.03.2020', sex: 'F', classLabel: '1-А' };

  it('become planner rows with the date stored as YYYY-MM-DD and no empty patronymic', () => {
    expect(firstGraderOf(row, storeTypedDate)).toEqual({ lastName: 'Ярошенко', firstName: 'Соломія', birthDate: '2020-03-14', sex: 'F', classLabel: '1-А' });
  });

  it('wait while the first name or a readable date is missing', () => {
    expect(firstGraderOf({ ...row, firstName: '' }, storeTypedDate)).toBeUndefined();
    expect(firstGraderOf({ ...row, birthDate: '14.03' }, storeTypedDate)).toBeUndefined();
  });
});

describe('the date of the transition’s orders', () => {
  const closing = { start: '2025-09-01', end: '2026-08-31' };

  it('is today inside the closing year', () => {
    expect(defaultTransitionDate('2026-06-15', closing)).toBe('2026-06-15');
  });

  it('is the day after the last period ends when the year is still running', () => {
    expect(defaultTransitionDate('2025-12-01', closing, '2026-05-31')).toBe('2026-06-01');
  });

  it('is today once the last period has ended', () => {
    expect(defaultTransitionDate('2026-06-20', closing, '2026-05-31')).toBe('2026-06-20');
  });

  it('is kept within the closing year', () => {
    expect(defaultTransitionDate('2026-09-10', closing)).toBe('2026-08-31');
    expect(defaultTransitionDate('2025-08-01', closing)).toBe('2025-09-01');
  });
});
