import type { Kysely, Transaction } from 'kysely';
import { noteTransactionConnection } from './sqlite-connections';
import type { Tables } from './tables';

/** PostgreSQL's answers to a transaction that lost a race it can simply run again: deadlock, serialization failure. */
const retryableStates = new Set(['40P01', '40001']);

/** Runs of one transaction before its last failure is thrown. */
const maxAttempts = 5;

function retryable(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' && retryableStates.has(err.code);
}

/**
 * One transaction, run again when PostgreSQL aborts it for a deadlock with another instance's transaction (two
 * schools' pushes whose claims touch each other's reports take each other's locks in opposite order). `work` must
 * have no effect outside the database, as it may run more than once.
 */
export async function inTransaction<T>(db: Kysely<Tables>, work: (trx: Transaction<Tables>) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().execute((trx) => {
        noteTransactionConnection(db, trx);
        return work(trx);
      });
    } catch (err) {
      if (attempt >= maxAttempts || !retryable(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt * Math.random()));
    }
  }
}
