import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../sync-server/storage/database';
import { enrolledStudent, newChange, push, registryCsv, studentCard } from '../../fixtures/sync-server/cards';
import { oldDatabase } from '../../fixtures/sync-server/old-database';
import { call, loadRegistry, startServer, testNow, type Harness } from '../../fixtures/sync-server/server-harness';
import { freshServerDatabase, type TestDatabase } from '../../fixtures/sync-server/test-database';

let h: Harness;
beforeEach(async () => {
  h = await startServer();
  await loadRegistry(h, registryCsv());
});
afterEach(async () => h.close());

/** The registry's Olena, as the school that really has her types her. */
const confirmed = studentCard();
/** A card carrying Olena's birth-certificate number under another name: the registry does not confirm it. */
const madeUp = studentCard({ lastName: 'Підробко', firstName: 'Іван', birthDate: '2013-01-01', sex: 'M' });

/** Pushes an enrolled student card for the school of `token`; answers its report. */
async function enrol(token: string, card: unknown) {
  const student = newChange('student', card);
  const { body } = await call(h, 'POST', '/sync/push', { token, body: push([student, ...enrolledStudent(student.id)]) });
  return body.reports.find((r: { cardId: string }) => r.cardId === student.id);
}

async function storedReport(token: string) {
  const { body } = await call(h, 'GET', '/reports/cards', { token });
  return body.cards[0];
}

function duplicates(report: { issues: { code: string }[] }) {
  return report.issues.filter((i) => i.code === 'DUPLICATE_ENROLLMENT');
}

describe('enrollment claims: the registry-confirmed card keeps the student', () => {
  it('keeps the student with a confirmed card enrolled first when an unconfirmed card claims it second', async () => {
    await enrol(h.tokenA, confirmed);
    await enrol(h.tokenB, madeUp);
    expect((await storedReport(h.tokenA)).status).toBe('verified');
  });

  it('tells the unconfirmed second claimant that the student is enrolled elsewhere, without naming the school', async () => {
    await enrol(h.tokenA, confirmed);
    const report = await enrol(h.tokenB, madeUp);
    expect(duplicates(report)).toEqual([{ code: 'DUPLICATE_ENROLLMENT', severity: 'error', field: 'documents.0.number' }]);
  });

  it('gives the student to a confirmed card enrolled second over an unconfirmed card enrolled first', async () => {
    await enrol(h.tokenB, madeUp);
    const report = await enrol(h.tokenA, confirmed);
    expect(report.status).toBe('verified');
  });

  it('reports the unconfirmed first claimant once a confirmed card claims the student, without naming the school', async () => {
    await enrol(h.tokenB, madeUp);
    await enrol(h.tokenA, confirmed);
    expect(duplicates(await storedReport(h.tokenB))).toEqual([{ code: 'DUPLICATE_ENROLLMENT', severity: 'error', field: 'documents.0.number' }]);
  });

  it('names the first school to the second claimant when neither card is confirmed, as DESIGN §5 has it', async () => {
    await enrol(h.tokenA, madeUp);
    const report = await enrol(h.tokenB, madeUp);
    expect(duplicates(report)).toEqual([{ code: 'DUPLICATE_ENROLLMENT', severity: 'error', field: 'documents.0.number', params: { schoolCode: 'A-1001' } }]);
  });
});

describe('the migration that marks confirmed claims', () => {
  let dir: string;
  let database: TestDatabase;
  afterEach(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('marks a claim confirmed when its stored report has no registry issue, and not when it has one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'sync-migration-'));
    const path = (database = await freshServerDatabase(dir)).location;
    await oldDatabase(path, '0004', async (db) => {
      await db.insertInto('schools').values({ id: 's', code: 'S-1', name: 'S', country: 'UA', created_at: testNow.toISOString() }).execute();
      const report = { school_id: 's', type: 'student', rev: 1, checked_at: testNow.toISOString(), change_seq: 1, device_id: null };
      await db.insertInto('card_reports').values([
        { ...report, card_id: 'real', status: 'verified', issues: '[]' },
        { ...report, card_id: 'fake', status: 'error', issues: JSON.stringify([{ code: 'REGISTRY_NAME_MISMATCH', severity: 'error', field: 'lastName' }]) },
      ]).execute();
      const claim = { school_id: 's', doc_key: 'birth_certificate|I-БК|123456', field: 'documents.0.number', enrolled_year: '2025/2026', claimed_seq: 1 };
      await db.insertInto('card_claims').values([{ ...claim, card_id: 'real' }, { ...claim, card_id: 'fake' }] as never).execute();
    });
    const db = await openDatabase(path);
    try {
      const rows = await db.selectFrom('card_claims').select(['card_id', 'confirmed']).orderBy('card_id').execute();
      expect(rows).toEqual([{ card_id: 'fake', confirmed: 0 }, { card_id: 'real', confirmed: 1 }]);
    } finally {
      await db.destroy();
    }
  });
});
