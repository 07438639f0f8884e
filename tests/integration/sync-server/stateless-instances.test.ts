import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type ServerDb } from '../../../sync-server/storage/database';
import { enrolledStudent, newChange, push, registryCsv, staffCard, studentCard } from '../../fixtures/sync-server/cards';
import { call, loadRegistry, startInstance, startServer, type Harness, type Instance } from '../../fixtures/sync-server/server-harness';

/** Two `serve` instances on one database, each with its own connection pool: `h` (the harness's) and `second`. */
let h: Harness;
let secondDb: ServerDb;
let second: Instance;
beforeEach(async () => {
  h = await startServer();
  secondDb = await openDatabase(h.database.location);
  second = await startInstance(secondDb);
});
afterEach(async () => {
  await second.close();
  await secondDb.destroy();
  await h.close();
});

/** An order of the given number in 2025/2026 withdrawing one student. */
function order(number: number) {
  return {
    academicYear: '2025/2026',
    number,
    date: '2025-11-20',
    enteredOn: '2025-11-20',
    kind: 'withdraw',
    items: [{ studentId: randomUUID(), fromClassId: randomUUID(), reason: 'moved_abroad' }],
  };
}

describe('two instances on one database', () => {
  it('gives each order number of a school to one order when two PCs push the same numbers through both instances at once', async () => {
    const numbers = Array.from({ length: 8 }, (_, i) => i + 1);
    const pushes = numbers.flatMap((n) => [
      call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([newChange('order', order(n))]) }),
      call(second, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-2', body: push([newChange('order', order(n))]) }),
    ]);
    const outcomes = (await Promise.all(pushes)).map((a) => a.body.results[0].outcome);
    for (const n of numbers) expect([outcomes[2 * (n - 1)], outcomes[2 * (n - 1) + 1]].sort()).toEqual(['applied', 'rejected']);
    const held = await h.db.selectFrom('records').select('data').where('type', '=', 'order').execute();
    expect(held.map((r) => (JSON.parse(r.data ?? '{}') as { number: number }).number).sort((a, b) => a - b)).toEqual(numbers);
  });

  it('answers a batch sent to both instances at once with one answer, applied once', async () => {
    const batch = push([newChange('staff', staffCard())]);
    const [first, again] = await Promise.all([
      call(h, 'POST', '/sync/push', { token: h.tokenA, body: batch }),
      call(second, 'POST', '/sync/push', { token: h.tokenA, body: batch }),
    ]);
    expect(again.body).toEqual(first.body);
    const stored = await h.db.selectFrom('records').select('rev').where('id', '=', batch.changes[0]?.id ?? '').execute();
    expect(stored).toEqual([{ rev: 1 }]);
  });

  it('applies one of two concurrent edits of a record made through different instances, the other a conflict', async () => {
    const change = newChange('staff', staffCard());
    await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([change]) });
    const edit = (position: string) => push([{ ...change, baseRev: 1, data: staffCard({ position }) }]);
    const answers = await Promise.all([
      call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: edit('Директор') }),
      call(second, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-2', body: edit('Завуч') }),
    ]);
    expect(answers.map((a) => a.body.results[0].outcome).sort()).toEqual(['applied', 'conflict']);
  });

  it('decides a student claimed by two schools at once, through different instances, for one of them only', async () => {
    await loadRegistry(h, registryCsv());
    const enrol = (instance: Pick<Harness, 'url'>, token: string) => {
      const student = newChange('student', studentCard());
      return call(instance, 'POST', '/sync/push', { token, body: push([student, ...enrolledStudent(student.id)]) });
    };
    await Promise.all([enrol(h, h.tokenA), enrol(second, h.tokenB)]);
    const stored = await Promise.all([h.tokenA, h.tokenB].map(async (token) => (await call(h, 'GET', '/reports/cards', { token })).body.cards[0]));
    const duplicates = stored.map((report: { issues: { code: string }[] }) => report.issues.filter((i) => i.code === 'DUPLICATE_ENROLLMENT').length);
    expect(duplicates.sort()).toEqual([0, 1]);
  });

  it('hands a device the same changes and cursor whichever instance it pulls from', async () => {
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => call(i % 2 === 0 ? h : second, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([newChange('staff', staffCard())]) })),
    );
    const [viaFirst, viaSecond] = await Promise.all([h, second].map(async (instance) => (await call(instance, 'GET', '/sync/pull?since=0&limit=100', { token: h.tokenA, device: 'pc-2' })).body));
    expect(viaFirst.changes).toHaveLength(6);
    expect(viaSecond).toEqual(viaFirst);
  });
});
