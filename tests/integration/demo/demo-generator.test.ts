import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../core/rules/calendar';
import { decodeRnokpp } from '../../../core/rules/rnokpp';
import { generateDemoSchool } from '../../../electron/backend/demo/generate-demo-school';

const today = '2025-11-20';

describe('the demo school generator', () => {
  const school = generateDemoSchool({ today });

  it('makes the same school on every run', () => {
    expect(generateDemoSchool({ today })).toEqual(school);
  });

  it('makes the same school on any day of one academic year', () => {
    expect(generateDemoSchool({ today: '2026-08-31' })).toEqual(school);
  });

  it('makes another school from another seed', () => {
    expect(generateDemoSchool({ today, seed: 8 }).students[0]).not.toEqual(school.students[0]);
  });

  it('opens the academic year that contains today', () => {
    expect(school.academicYear).toEqual({ name: '2025/2026', start: '2025-09-01', end: '2026-08-31' });
  });

  it('has about 2,000 students, 150 staff and 70 classes of grades 1 to 11', () => {
    expect(school.students.length).toBeGreaterThan(1900);
    expect(school.students.length).toBeLessThan(2100);
    expect(school.staff).toHaveLength(150);
    expect(school.classes).toHaveLength(70);
    expect(new Set(school.classes.map((c) => c.grade))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
  });

  it('gives girls the feminine forms of adjectival surnames and patronymics', () => {
    const girls = school.students.filter((s) => s.card.sex === 'F');
    expect(girls.filter((s) => /(ський|цький|ий|ов)$/.test(s.identity.lastName))).toEqual([]);
    expect(girls.every((s) => /(івна|ївна)$/.test(s.identity.middleName))).toBe(true);
  });

  it('plants mistakes on 3 to 5 % of the student cards', () => {
    const share = school.defects.filter((d) => d.entity === 'student').length / school.students.length;
    expect(share).toBeGreaterThanOrEqual(0.03);
    expect(share).toBeLessThanOrEqual(0.05);
  });

  it('never repeats a birth certificate except where a duplicate is planted', () => {
    const planted = new Set(school.defects.filter((d) => d.kind === 'certificate_duplicate').map((d) => d.key));
    const numbers = school.students
      .filter((s) => !planted.has(s.key))
      .flatMap((s) => s.card.documents.filter((d) => d.type === 'birth_certificate').map((d) => d.number));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('gives every card a tax number that encodes its birth date and sex, except the planted mistakes', () => {
    const planted = new Set(school.defects.filter((d) => d.kind.includes('taxid')).map((d) => d.key));
    const cards = [...school.students, ...school.staff].filter((p) => p.card.taxId && !planted.has(p.key));
    expect(cards.length).toBeGreaterThan(600);
    const wrong = cards.filter((p) => {
      const decoded = decodeRnokpp(p.card.taxId ?? '');
      return decoded?.birthDate !== p.card.birthDate || decoded.sex !== p.card.sex;
    });
    expect(wrong.map((p) => p.key)).toEqual([]);
  });

  it('makes students the age of their grade, except the planted implausible ones', () => {
    const planted = new Set(school.defects.filter((d) => d.kind === 'age_implausible').map((d) => d.key));
    const grade = (classKey: string) => Number(classKey.split('-')[0]);
    const outside = school.students.filter((s) => {
      const offset = ageOn(s.card.birthDate, school.academicYear.start) - grade(s.classKey);
      return offset < 4 || offset > 9;
    });
    expect(outside.map((s) => s.key).sort()).toEqual([...planted].sort());
  });
});
