import { prefetchRegistry } from '../registry/prefetched-registry';
import type { RegistryAdapter } from '../registry/registry-adapter';
import { inChunks } from '../storage/chunks';
import { lockSchool } from '../storage/change-sequence';
import type { ServerDb } from '../storage/database';
import { inTransaction } from '../storage/transactions';
import { loadCards, revalidateCards } from './card-revalidation';

/** Cards checked per transaction, so a national re-check never holds the database for long. */
const cardsPerTransaction = 5000;

/**
 * Checks every live card of every school again (after a registry import): the new reports reach each school's
 * devices on their next pull. Answers how many cards were checked.
 */
export async function revalidateAllSchools(db: ServerDb, registry: RegistryAdapter, now: Date): Promise<number> {
  let checked = 0;
  for (const school of await db.selectFrom('schools').selectAll().execute()) {
    const ids = await db
      .selectFrom('records')
      .select('id')
      .where('school_id', '=', school.id)
      .where('type', 'in', ['student', 'staff'])
      .where('deleted', '=', 0)
      .execute();
    for (const part of inChunks(
      ids.map((r) => r.id),
      cardsPerTransaction,
    )) {
      const answers = await prefetchRegistry(
        registry,
        (await loadCards(db, school.id, part)).live.map((l) => l.card),
      );
      await inTransaction(db, async (trx) => {
        await lockSchool(trx, school.id);
        return revalidateCards(trx, answers, school, part, now, null);
      });
      checked += part.length;
    }
  }
  return checked;
}
