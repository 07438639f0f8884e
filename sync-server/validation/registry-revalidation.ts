import { prefetchRegistry } from '../registry/prefetched-registry';
import type { RegistryAdapter } from '../registry/registry-adapter';
import { inChunks } from '../storage/chunks';
import { lockSchool } from '../storage/change-sequence';
import type { ServerDb } from '../storage/database';
import type { SchoolsTable } from '../storage/tables';
import { inTransaction } from '../storage/transactions';
import { loadCards, revalidateCards } from './card-revalidation';

/** Cards checked per transaction, so a national re-check never holds the database for long. */
const cardsPerTransaction = 5000;

/**
 * Schools checked at once: one school's database round trips overlap another's checks (on PostgreSQL each has a
 * connection of its own; SQLite's one connection takes them in turn).
 */
const schoolsAtOnce = 4;

/** Checks one school's live cards again, a transaction per `cardsPerTransaction`; answers how many. */
async function revalidateSchool(db: ServerDb, registry: RegistryAdapter, school: SchoolsTable, now: Date): Promise<number> {
  const ids = await db
    .selectFrom('records')
    .select('id')
    .where('school_id', '=', school.id)
    .where('type', 'in', ['student', 'staff'])
    .where('deleted', '=', 0)
    .execute();
  let checked = 0;
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
  return checked;
}

/**
 * Checks every live card of every school again (after a registry import): the new reports reach each school's
 * devices on their next pull. Answers how many cards were checked.
 */
export async function revalidateAllSchools(db: ServerDb, registry: RegistryAdapter, now: Date): Promise<number> {
  const schools = await db.selectFrom('schools').selectAll().execute();
  let next = 0;
  let checked = 0;
  const worker = async () => {
    for (let school = schools[next++]; school !== undefined; school = schools[next++]) checked += await revalidateSchool(db, registry, school, now);
  };
  await Promise.all(Array.from({ length: schoolsAtOnce }, worker));
  return checked;
}
