import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertRows } from '../../../sync-server/storage/row-inserts';
import { inTransaction } from '../../../sync-server/storage/transactions';
import type { CardReportsTable } from '../../../sync-server/storage/tables';
import { startServer, type Harness } from '../../fixtures/sync-server/server-harness';

let h: Harness;
let schoolId: string;
beforeEach(async () => {
  h = await startServer();
  schoolId = (await h.db.selectFrom('schools').select('id').where('code', '=', 'A-1001').executeTakeFirstOrThrow()).id;
});
afterEach(async () => h.close());

function report(cardId: string, overrides: Partial<CardReportsTable> = {}): CardReportsTable {
  return { school_id: schoolId, card_id: cardId, type: 'student', rev: 1, status: 'verified', checked_at: '2025-10-01T08:00:00.000Z', issues: '[]', change_seq: 1, device_id: 'pc-1', ...overrides };
}

async function storedReports() {
  return h.db.selectFrom('card_reports').selectAll().where('school_id', '=', schoolId).orderBy('card_id').execute();
}

describe('rows written by insertRows in a transaction', () => {
  it('stores every row of a list longer than one multi-row statement holds', async () => {
    const rows = Array.from({ length: 1234 }, (_, i) => report(`card-${String(i).padStart(4, '0')}`, { change_seq: i + 1 }));
    await inTransaction(h.db, (trx) => insertRows(trx, 'card_reports', rows));
    expect(await storedReports()).toEqual(rows);
  });

  it('replaces the other columns of a row whose key is stored already, and leaves other rows alone', async () => {
    await inTransaction(h.db, (trx) => insertRows(trx, 'card_reports', [report('card-1'), report('card-2')]));
    const recheck = report('card-1', { rev: 2, status: 'error', issues: '[{"code":"REQUIRED"}]', change_seq: 7, device_id: null });
    await inTransaction(h.db, (trx) => insertRows(trx, 'card_reports', [recheck], { key: ['school_id', 'card_id'] }));
    expect(await storedReports()).toEqual([recheck, report('card-2')]);
  });

  it('refuses a row whose key is stored already when no upsert is asked for', async () => {
    await inTransaction(h.db, (trx) => insertRows(trx, 'card_reports', [report('card-1')]));
    await expect(inTransaction(h.db, (trx) => insertRows(trx, 'card_reports', [report('card-1', { rev: 2 })]))).rejects.toThrow();
    expect(await storedReports()).toEqual([report('card-1')]);
  });

  it('keeps nothing of a transaction that fails after them', async () => {
    const failed = inTransaction(h.db, async (trx) => {
      await insertRows(trx, 'card_reports', [report('card-1'), report('card-2')]);
      throw new Error('the push failed after its reports');
    });
    await expect(failed).rejects.toThrow('the push failed after its reports');
    expect(await storedReports()).toEqual([]);
  });

  it('writes nothing for no rows', async () => {
    await inTransaction(h.db, (trx) => insertRows(trx, 'card_reports', []));
    expect(await storedReports()).toEqual([]);
  });
});
