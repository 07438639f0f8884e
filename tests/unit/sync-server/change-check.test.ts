import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { wireDataSchemas, type SyncedType } from '../../../core/sync/wire-data';
import { compiledWireDataSchemas } from '../../../sync-server/sync/change-check';
import { staffCard, studentCard } from '../../fixtures/sync-server/cards';

const ref = '0b7a3f2e-5c1d-4e8f-9a6b-2c3d4e5f6a7b';

/** A well-formed value of each type the push meets most (the journals' bulk and the cards). */
const samples: Partial<Record<SyncedType, Record<string, unknown>>> = {
  mark: { lessonId: ref, studentId: ref, value: 7, kind: 'current', attendance: 'present', note: '', enteredOn: '2025-10-14', timeliness: 'on_time' },
  lesson: { assignmentId: ref, date: '2025-10-14', lessonNumber: 1, topic: 'Дроби', homework: '', kind: 'regular', cancelled: false, topicEnteredOn: '2025-10-14', topicTimeliness: 'on_time', enteredAt: '2025-10-14T08:00:00.000Z' },
  periodGrade: { studentId: ref, assignmentId: ref, scope: 'period', periodId: ref, computedAverage: '7.5', computedGrade: 8, bump: '0', final: 8 },
  student: studentCard() as unknown as Record<string, unknown>,
  staff: staffCard() as unknown as Record<string, unknown>,
  enrollment: { studentId: ref, classId: ref, from: '2025-09-01' },
  class: { academicYear: '2025/2026', grade: 5, label: '5-А' },
};

/** Each field of the sample left out, or replaced with a value of a wrong type, range or form; and an unknown field added. */
function variants(sample: Record<string, unknown>): unknown[] {
  const wrong = [null, 0, -1, 13, 2.5, '', 'x'.repeat(600), '2025-02-30', 'not_assessed', true, [], {}, [{}]];
  const out: unknown[] = [sample, { ...sample, unknownField: 1 }, { ...sample, __proto__: null }, null, [], 'mark'];
  for (const key of Object.keys(sample)) {
    const { [key]: _left, ...without } = sample;
    out.push(without);
    for (const value of wrong) out.push({ ...sample, [key]: value });
  }
  return out;
}

describe('the compiled wire schemas of the push', () => {
  for (const [type, sample] of Object.entries(samples) as [SyncedType, Record<string, unknown>][]) {
    it(`answer every ${type} as its schema does, issues included`, () => {
      const schema: z.ZodType = wireDataSchemas[type];
      for (const value of variants(sample)) {
        expect(JSON.stringify(compiledWireDataSchemas[type].safeParse(value)), JSON.stringify(value)).toBe(JSON.stringify(schema.safeParse(value)));
      }
    });
  }
});
