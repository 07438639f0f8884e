import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePeriodGrade, computeYearGrade } from '../../../core/grading/period-grade';

describe('the KG period grade (seed 004, items 23–24)', () => {
  it('weighs current marks 70 % and control marks 30 %, rounding half up', () => {
    // 0.7·4 + 0.3·3 = 3.7
    expect(computePeriodGrade({ current: [4, 4], control: [3] }, 'KG')).toEqual({ ok: true, grade: 4, average: '3.70' });
  });

  it('computes 0.7·3.5 + 0.3·2.5 + 0.3 exactly as 3.5 and rounds it up to 4', () => {
    expect(computePeriodGrade({ current: [3, 4], control: [2, 3], bump: 0.3 }, 'KG')).toEqual({ ok: true, grade: 4, average: '3.50' });
  });

  it('rounds a value just under the half down', () => {
    // 0.7·3.5 + 0.3·2.5 = 3.2; with a bump of 0.29 it is 3.49
    expect(computePeriodGrade({ current: [3, 4], control: [2, 3], bump: 0.29 }, 'KG')).toEqual({ ok: true, grade: 3, average: '3.49' });
  });

  it('gives current marks 100 % when there are no control marks', () => {
    expect(computePeriodGrade({ current: [5, 4, 4], control: [] }, 'KG')).toEqual({ ok: true, grade: 4, average: '4.33' });
  });

  it('gives control marks 100 % when there are no current marks', () => {
    expect(computePeriodGrade({ current: [], control: [3, 4] }, 'KG')).toEqual({ ok: true, grade: 4, average: '3.50' });
  });

  it('has no grade without marks', () => {
    expect(computePeriodGrade({ current: [], control: [], bump: 0.3 }, 'KG')).toEqual({ ok: true, grade: null, average: null });
  });

  it('refuses a bump above 0.3', () => {
    expect(computePeriodGrade({ current: [4], control: [], bump: 0.31 }, 'KG')).toMatchObject({ ok: false, error: { code: 'BUMP_OUT_OF_RANGE' } });
  });

  it('refuses a negative bump', () => {
    expect(computePeriodGrade({ current: [4], control: [], bump: -0.1 }, 'KG')).toMatchObject({ ok: false, error: { code: 'BUMP_OUT_OF_RANGE' } });
  });

  it('refuses a mark above 5', () => {
    expect(computePeriodGrade({ current: [6], control: [] }, 'KG')).toMatchObject({ ok: false, error: { code: 'MARK_OUT_OF_SCALE', params: { mark: 6 } } });
  });

  it('refuses a control mark below 1', () => {
    expect(computePeriodGrade({ current: [4], control: [0] }, 'KG')).toMatchObject({ ok: false, error: { code: 'MARK_OUT_OF_SCALE', params: { mark: 0 } } });
  });

  it('refuses a mark that is not a whole number', () => {
    expect(computePeriodGrade({ current: [4.5], control: [] }, 'KG')).toMatchObject({ ok: false, error: { code: 'MARK_OUT_OF_SCALE' } });
  });
});

describe('the UA period grade', () => {
  it('weighs every mark alike, current and control', () => {
    // (10 + 11 + 11) / 3 = 10.666…
    expect(computePeriodGrade({ current: [10, 11], control: [11] }, 'UA')).toEqual({ ok: true, grade: 11, average: '10.67' });
  });

  it('rounds an exact half up', () => {
    expect(computePeriodGrade({ current: [7, 8], control: [] }, 'UA')).toEqual({ ok: true, grade: 8, average: '7.50' });
  });

  it('accepts a bump of 0', () => {
    expect(computePeriodGrade({ current: [9], control: [], bump: 0 }, 'UA')).toEqual({ ok: true, grade: 9, average: '9.00' });
  });

  it('refuses any bump above 0', () => {
    expect(computePeriodGrade({ current: [9], control: [], bump: 0.1 }, 'UA')).toMatchObject({ ok: false, error: { code: 'BUMP_OUT_OF_RANGE' } });
  });

  it('refuses a mark above 12', () => {
    expect(computePeriodGrade({ current: [13], control: [] }, 'UA')).toMatchObject({ ok: false, error: { code: 'MARK_OUT_OF_SCALE', params: { mark: 13, min: 1, max: 12 } } });
  });

  it('has no grade without marks', () => {
    expect(computePeriodGrade({ current: [], control: [] }, 'UA')).toEqual({ ok: true, grade: null, average: null });
  });
});

const kgMark = fc.integer({ min: 1, max: 5 });
const kgMarks = fc.array(kgMark, { maxLength: 30 });
const kgBump = fc.integer({ min: 0, max: 30 }).map((hundredths) => hundredths / 100);

function gradeOf(result: ReturnType<typeof computePeriodGrade>): number | null {
  if (!result.ok) throw new Error(result.error.code);
  return result.grade;
}

describe('period grade properties', () => {
  it('a higher mark never lowers the KG grade', () => {
    fc.assert(
      fc.property(kgMarks, kgMarks, kgBump, fc.nat(), fc.boolean(), (current, control, bump, pick, inControl) => {
        const list = inControl ? control : current;
        fc.pre(list.length > 0);
        const index = pick % list.length;
        fc.pre(list[index]! < 5);
        const raised = list.map((mark, i) => (i === index ? mark + 1 : mark));
        const before = gradeOf(computePeriodGrade({ current, control, bump }, 'KG'))!;
        const after = gradeOf(computePeriodGrade(inControl ? { current, control: raised, bump } : { current: raised, control, bump }, 'KG'))!;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('a higher mark never lowers the UA grade', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 11 }), { minLength: 1, maxLength: 30 }), fc.nat(), (marks, pick) => {
        const index = pick % marks.length;
        const raised = marks.map((mark, i) => (i === index ? mark + 1 : mark));
        expect(gradeOf(computePeriodGrade({ current: raised, control: [] }, 'UA'))!).toBeGreaterThanOrEqual(
          gradeOf(computePeriodGrade({ current: marks, control: [] }, 'UA'))!,
        );
      }),
    );
  });

  it('a bump never lowers the KG grade', () => {
    fc.assert(
      fc.property(kgMarks, kgMarks, kgBump, (current, control, bump) => {
        fc.pre(current.length + control.length > 0);
        expect(gradeOf(computePeriodGrade({ current, control, bump }, 'KG'))!).toBeGreaterThanOrEqual(gradeOf(computePeriodGrade({ current, control }, 'KG'))!);
      }),
    );
  });

  it('a missing kind gives the other 100 %', () => {
    fc.assert(
      fc.property(fc.array(kgMark, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 30 }), (marks, bumpHundredths) => {
        const bump = bumpHundredths / 100;
        const onlyCurrent = computePeriodGrade({ current: marks, control: [], bump }, 'KG');
        const onlyControl = computePeriodGrade({ current: [], control: marks, bump }, 'KG');
        // mean + bump in hundredths over the count, rounded half up in integers
        const hundredths = marks.reduce((a, b) => a + b, 0) * 100 + bumpHundredths * marks.length;
        const expected = Math.floor((2 * hundredths + 100 * marks.length) / (200 * marks.length));
        expect(onlyControl).toEqual(onlyCurrent);
        expect(gradeOf(onlyCurrent)).toBe(expected);
      }),
    );
  });

  it('the grade stays within the scale', () => {
    fc.assert(
      fc.property(kgMarks, kgMarks, kgBump, (current, control, bump) => {
        fc.pre(current.length + control.length > 0);
        const grade = gradeOf(computePeriodGrade({ current, control, bump }, 'KG'))!;
        expect(grade).toBeGreaterThanOrEqual(1);
        expect(grade).toBeLessThanOrEqual(5);
      }),
    );
  });
});

describe('the year grade', () => {
  it('is the mean of the period grades rounded half up', () => {
    expect(computeYearGrade([4, 5], 'KG')).toEqual({ ok: true, grade: 5, average: '4.50' });
  });

  it('rounds below the half down', () => {
    expect(computeYearGrade([10, 10, 11], 'UA')).toEqual({ ok: true, grade: 10, average: '10.33' });
  });

  it('has none without period grades', () => {
    expect(computeYearGrade([], 'UA')).toEqual({ ok: true, grade: null, average: null });
  });

  it('refuses a period grade out of the scale', () => {
    expect(computeYearGrade([6], 'KG')).toMatchObject({ ok: false, error: { code: 'MARK_OUT_OF_SCALE' } });
  });
});
