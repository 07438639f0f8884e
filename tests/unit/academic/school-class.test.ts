import { describe, expect, it } from 'vitest';
import { enrollmentSchema } from '../../../core/academic/enrollment';
import { gradeOfLabel, labelForGrade, schoolClassSchema } from '../../../core/academic/school-class';

const id = '0000aaaa-0000-4000-8000-000000000001';

describe('class labels', () => {
  it('begin with the grade', () => {
    expect(gradeOfLabel('10-Б')).toBe(10);
  });

  it('have no grade when they begin with a letter', () => {
    expect(gradeOfLabel('А-5')).toBeUndefined();
  });

  it('name the same class a grade on by changing the number only', () => {
    expect(labelForGrade('9-А', 10)).toBe('10-А');
  });

  it('keep a label written without a hyphen in its own style', () => {
    expect(labelForGrade('5Б', 6)).toBe('6Б');
  });
});

describe('classes', () => {
  it('accept a grade from 1 to 12 with a label beginning with it', () => {
    expect(schoolClassSchema.safeParse({ academicYear: '2025/2026', grade: 12, label: '12-А' }).success).toBe(true);
  });

  it('reject grade 13', () => {
    expect(schoolClassSchema.safeParse({ academicYear: '2025/2026', grade: 13, label: '13-А' }).success).toBe(false);
  });

  it('reject a label of another grade', () => {
    expect(schoolClassSchema.safeParse({ academicYear: '2025/2026', grade: 5, label: '6-А' }).success).toBe(false);
  });

  it('take an optional homeroom teacher from the staff cards', () => {
    expect(schoolClassSchema.parse({ academicYear: '2025/2026', grade: 5, label: '5-А', homeroomTeacherId: id }).homeroomTeacherId).toBe(id);
  });
});

describe('enrollments', () => {
  it('may be open', () => {
    expect(enrollmentSchema.safeParse({ studentId: id, classId: id, from: '2025-09-01' }).success).toBe(true);
  });

  it('cannot end before they begin', () => {
    expect(enrollmentSchema.safeParse({ studentId: id, classId: id, from: '2025-09-01', to: '2025-08-31' }).success).toBe(false);
  });
});
