import type { Kysely, Transaction } from 'kysely';
import type { Tables } from './tables';

/**
 * Takes the next `count` positions of the change sequence inside the caller's transaction, which holds the
 * counter's row lock until it commits: positions are handed out, and become visible, in commit order.
 */
export async function takeSequence(trx: Transaction<Tables>, count: number): Promise<number> {
  const row = await trx
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', count) }))
    .where('name', '=', 'change_seq')
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value - count + 1;
}

export async function currentSequence(db: Kysely<Tables>): Promise<number> {
  const row = await db.selectFrom('counters').select('value').where('name', '=', 'change_seq').executeTakeFirstOrThrow();
  return row.value;
}
