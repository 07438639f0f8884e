import { describe, expect, it } from 'vitest';
import { idSchema } from '../../../core/schemas/common';
import { naturalId, naturalIdAfter } from '../../../electron/backend/db/natural-id';
import { lessonId, markId } from '../../../electron/backend/journals/journal-ids';

const assignmentA = '0f8e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b';
const assignmentB = 'f1e2d3c4-b5a6-4978-8877-665544332211';
const studentA = '11111111-2222-4333-8444-555555555555';
const studentB = '99999999-8888-4777-8666-555555555555';

describe('journal record ids', () => {
  it('are version-8 UUIDs that the sync protocol accepts', () => {
    const lesson = lessonId(assignmentA, '2026-09-01', 1);
    for (const id of [lesson, markId(lesson, studentA)]) {
      expect(idSchema.safeParse(id).success).toBe(true);
      expect(id[14]).toBe('8');
    }
  });

  it('give the same lesson of a journal the same id on every PC', () => {
    expect(lessonId(assignmentA, '2026-09-01', 2)).toBe(lessonId(assignmentA, '2026-09-01', 2));
    expect(lessonId(assignmentA, '2026-09-01', 2)).not.toBe(lessonId(assignmentA, '2026-09-01', 3));
    expect(lessonId(assignmentA, '2026-09-01', 2)).not.toBe(lessonId(assignmentB, '2026-09-01', 2));
  });

  it('sort lessons by their day, whatever their journal', () => {
    const ids = [lessonId(assignmentB, '2026-09-01', 7), lessonId(assignmentA, '2026-09-02', 1), lessonId(assignmentB, '2026-12-31', 1), lessonId(assignmentA, '2027-01-04', 1)];
    expect([...ids].sort()).toEqual(ids);
  });

  it('give a lesson’s marks its first 12 digits, one id per student', () => {
    const lesson = lessonId(assignmentA, '2026-10-15', 3);
    const prefix = lesson.slice(0, 13);
    expect(markId(lesson, studentA).slice(0, 13)).toBe(prefix);
    expect(markId(lesson, studentB).slice(0, 13)).toBe(prefix);
    expect(markId(lesson, studentA)).not.toBe(markId(lesson, studentB));
    expect(markId(lesson, studentA)).toBe(markId(lesson, studentA));
  });

  it('keep a natural id with an empty prefix as it was', () => {
    expect(naturalIdAfter('', 'mark', 'a', 'b')).toBe(naturalId('mark', 'a', 'b'));
  });

  it('refuse a prefix that is not at most 12 lowercase hex digits', () => {
    expect(() => naturalIdAfter('0123456789abc', 'mark')).toThrow(/at most 12/);
    expect(() => naturalIdAfter('ABCD', 'mark')).toThrow(/at most 12/);
  });
});
