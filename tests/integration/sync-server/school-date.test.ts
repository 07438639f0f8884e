import { afterEach, describe, expect, it } from 'vitest';
import { enrolledStudent, newChange, push, registryCsv, studentCard } from '../../fixtures/sync-server/cards';
import { call, loadRegistry, startServer, type Harness } from '../../fixtures/sync-server/server-harness';

/** 21:30 UTC on 31 August 2025 is 00:30 on 1 September in Kyiv: the first day of the year 2025/2026 there. */
const kyivAfterMidnight = new Date('2025-08-31T21:30:00Z');

let h: Harness;
afterEach(async () => h.close());

async function serverAt(now: Date): Promise<Harness> {
  h = await startServer({ now: () => now });
  await loadRegistry(h, registryCsv());
  return h;
}

describe("the server's today is the school's date", () => {
  it('counts an enrollment of the new year at 00:30 Kyiv time, while UTC is still in August', async () => {
    await serverAt(kyivAfterMidnight);
    const student = newChange('student', studentCard());
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([student, ...enrolledStudent(student.id, '2025/2026')]) });
    expect(body.reports[0].issues).toEqual([]);
  });

  it('no longer counts an enrollment of the year that ended in Kyiv at midnight', async () => {
    await serverAt(kyivAfterMidnight);
    const student = newChange('student', studentCard());
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([student, ...enrolledStudent(student.id, '2024/2025')]) });
    expect(body.reports[0].issues).toEqual([{ code: 'REQUIRED', severity: 'error', field: 'classId' }]);
  });

  it('judges /validate with the school’s date too', async () => {
    await serverAt(kyivAfterMidnight);
    const student = newChange('student', studentCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([student, ...enrolledStudent(student.id, '2025/2026')]) });
    const { body } = await call(h, 'POST', '/validate', { token: h.tokenA, body: { type: 'student', id: student.id, data: student.data } });
    expect(body.issues).toEqual([]);
  });
});
