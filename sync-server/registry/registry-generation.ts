import type { Kysely, Transaction } from 'kysely';
import type { Tables } from '../storage/tables';

/** The counter that each registry import moves on when it swaps its mirror in. */
const generationCounter = 'registry_generation';

/** Which mirror is in place now (0 before the first import): a push compares it before and after it asked the mirror. */
export async function registryGeneration(db: Kysely<Tables>): Promise<number> {
  const row = await db.selectFrom('counters').select('value').where('name', '=', generationCounter).executeTakeFirst();
  return row?.value ?? 0;
}

/** Marks a new mirror, inside the transaction that swaps it in. */
export async function nextRegistryGeneration(trx: Transaction<Tables>): Promise<void> {
  await trx
    .insertInto('counters')
    .values({ name: generationCounter, value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })))
    .execute();
}
