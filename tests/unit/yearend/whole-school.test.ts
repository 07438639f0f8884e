import { describe, expect, it } from 'vitest';
import { SchoolBuilder, choices, planOf } from './school-state';

/** The demo school's size (DESIGN §10): 70 classes of grades 1–11, about 2,000 students. Speed is measured by the bench. */
function demoSizedSchool() {
  const school = new SchoolBuilder();
  const letters = ['А', 'Б', 'В', 'Г', 'Д', 'Е', 'Є'];
  for (let grade = 1; grade <= 11; grade += 1) {
    // Seven parallel classes in grades 1–4, six above: 70 classes.
    for (const letter of letters.slice(0, grade <= 4 ? 7 : 6)) {
      for (let n = 0; n < 29; n += 1) school.student(`${grade}-${letter}`, { lastName: `Прізвище${n}` });
    }
  }
  const firstGraders = Array.from({ length: 60 }, (_, n) => ({ lastName: 'Бойко', firstName: `Ім'я${n}`, birthDate: '2019-04-02', classLabel: n < 30 ? '1-А' : '1-Б' }));
  return { school, wanted: choices({ firstGraders }) };
}

describe('a school of the demo size', () => {
  it('plans a movement for each of its 2,030 students', () => {
    const { school, wanted } = demoSizedSchool();
    expect(planOf(school.state, wanted).movements).toHaveLength(2_030);
  });

  it('has 70 classes', () => {
    expect(demoSizedSchool().school.state.classes).toHaveLength(70);
  });

  it('moves every class a grade on except the graduating grade 11', () => {
    const { school, wanted } = demoSizedSchool();
    const plan = planOf(school.state, wanted);
    const unmoved = plan.classMoves.filter((m) => m.toClassId === undefined).map((m) => school.state.classes.find((c) => c.id === m.classId)?.grade);
    expect(new Set(unmoved)).toEqual(new Set([11]));
  });
});
