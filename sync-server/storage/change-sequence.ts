import type { Kysely, Transaction } from 'kysely';
import type { Tables } from './tables';

/**
 * The counter of one school's change sequence: the positions of its record changes and report updates, which its
 * pull cursors are. Per school, so a cursor moves only with the school's own activity and tells nothing of others'.
 */
function schoolSequenceName(schoolId: string): string {
  return `change_seq:${schoolId}`;
}

/**
 * The server-wide counter: orders the enrollment claims of all schools (who claimed a document first). It never
 * reaches a client.
 */
const claimSequenceName = 'change_seq';

async function take(trx: Transaction<Tables>, name: string, count: number): Promise<number> {
  // An upsert holds the counter's row lock until the caller commits: positions are handed out, and become visible,
  // in commit order. A school's counter row is made by its first change.
  const row = await trx
    .insertInto('counters')
    .values({ name, value: count })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('counters.value', '+', eb.ref('excluded.value')) })))
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value - count + 1;
}

/**
 * Holds the school's counter row until the caller's transaction ends, before it reads anything it will decide on:
 * a school's writes (pushes, revalidation) then run one after another whichever instance serves them, each seeing
 * what the one before committed (PostgreSQL reads committed data statement by statement). SQLite has one writer
 * anyway.
 */
export async function lockSchool(trx: Transaction<Tables>, schoolId: string): Promise<void> {
  await take(trx, schoolSequenceName(schoolId), 0);
}

/** Takes the next `count` positions of the school's change sequence inside the caller's transaction. */
export async function takeSequence(trx: Transaction<Tables>, schoolId: string, count: number): Promise<number> {
  return take(trx, schoolSequenceName(schoolId), count);
}

/**
 * Takes the next `count` positions of the server-wide claim order inside the caller's transaction, and with them the
 * counter's row until it ends: the claims of all schools are decided one transaction after another, each seeing the
 * claims committed before it (lockSchool comes first: every transaction takes the two in that order).
 */
export async function takeClaimSequence(trx: Transaction<Tables>, count: number): Promise<number> {
  return take(trx, claimSequenceName, count);
}

/** The end of the school's change sequence (0 before its first change). */
export async function currentSequence(db: Kysely<Tables>, schoolId: string): Promise<number> {
  const row = await db.selectFrom('counters').select('value').where('name', '=', schoolSequenceName(schoolId)).executeTakeFirst();
  return row?.value ?? 0;
}
