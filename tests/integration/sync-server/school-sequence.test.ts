import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSchool } from '../../../sync-server/admin/schools';
import { pullChanges } from '../../../sync-server/sync/pull-changes';
import { openDatabase, type ServerDb } from '../../../sync-server/storage/database';
import { newChange, push, staffCard } from '../../fixtures/sync-server/cards';
import { oldDatabase } from '../../fixtures/sync-server/old-database';
import { call, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';
import { freshServerDatabase, type TestDatabase } from '../../fixtures/sync-server/test-database';

describe("a school's cursor tells nothing of other schools", () => {
  let h: Harness;
  afterEach(async () => h.close());

  it("leaves school A's pull cursor where it was when school B pushes", async () => {
    h = await startServer();
    await call(h, 'POST', '/sync/push', { token: h.tokenA, device: 'pc-1', body: push([newChange('staff', staffCard())]) });
    const before = await call(h, 'GET', '/sync/pull', { token: h.tokenA, device: 'pc-2' });
    await call(h, 'POST', '/sync/push', { token: h.tokenB, device: 'pc-9', body: push(Array.from({ length: 5 }, () => newChange('staff', staffCard()))) });
    const after = await call(h, 'GET', `/sync/pull?since=${before.body.cursor}`, { token: h.tokenA, device: 'pc-2' });
    expect(after.body.cursor).toBe(before.body.cursor);
  });

  it("gives school A's push the cursor of A's own sequence, whatever B pushed before", async () => {
    h = await startServer();
    await call(h, 'POST', '/sync/push', { token: h.tokenB, body: push(Array.from({ length: 5 }, () => newChange('staff', staffCard()))) });
    const { body } = await call(h, 'POST', '/sync/push', { token: h.tokenA, body: push([newChange('staff', staffCard())]) });
    // One record and its report: positions 1 and 2 of A's sequence.
    expect(body.cursor).toBe('2');
  });
});

describe('the migration to per-school sequences', () => {
  let dir: string;
  let db: ServerDb;
  let database: TestDatabase;
  /** The database before the migration, with school A's records at 10 and 20 of a shared sequence ending at 25, opened (migrated). */
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sync-migration-'));
    const path = (database = await freshServerDatabase(dir)).location;
    await oldDatabase(path, '0003', async (old) => {
      await old.insertInto('schools').values({ id: 'school-a', code: 'A-1', name: 'A', country: 'UA', created_at: testNow.toISOString() }).execute();
      const record = { school_id: 'school-a', type: 'staff', rev: 1, deleted: 0, data: JSON.stringify(staffCard()), updated_at: testNow.toISOString(), device_id: 'pc-1' };
      await old.insertInto('records').values([{ ...record, id: 'r-10', change_seq: 10 }, { ...record, id: 'r-20', change_seq: 20 }]).execute();
      await old.updateTable('counters').set({ value: 25 }).where('name', '=', 'change_seq').execute();
    });
    db = await openDatabase(path);
  });
  afterEach(async () => {
    await db.destroy();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a cursor issued before the migration working: what came after it is still handed out', async () => {
    const answer = await pullChanges({ db, schoolId: 'school-a', deviceId: 'pc-2', since: 15, limit: 100 });
    expect(answer.changes.map((c) => c.id)).toEqual(['r-20']);
    expect(answer.cursor).toBe('25');
  });

  it("starts each school's sequence at the shared end, so new changes come after every old cursor", async () => {
    const row = await db.selectFrom('counters').select('value').where('name', '=', 'change_seq:school-a').executeTakeFirstOrThrow();
    expect(row.value).toBe(25);
  });

  it('starts the sequence of a school added after the migration at 0', async () => {
    await addSchool(db, { code: 'B-2', name: 'B' }, testNow);
    const b = await db.selectFrom('schools').select('id').where('code', '=', 'B-2').executeTakeFirstOrThrow();
    expect((await pullChanges({ db, schoolId: b.id, deviceId: 'pc-1', since: 0, limit: 10 })).cursor).toBe('0');
  });
});
