import { sql, type Kysely, type Transaction } from 'kysely';
import { isPostgres, type ServerDb } from '../storage/database';
import type { Tables } from '../storage/tables';

/** Set (1) while the cards of every school are due to be checked again: a first or a `--full` import not yet done. */
const recheckAllCounter = 'registry_recheck_all';

const rowColumns = sql.raw('kind, series, number, last_name, first_name, middle_name, birth_date, sex, deceased');

/**
 * The registry keys (registryKey's `kind|series|number`) of the rows that differ between the mirror and the loaded
 * table, in either direction: a person added, removed, or with any field changed. Set difference, so a key the
 * new file repeats with the same values is no change.
 */
const changedKeysQuery = sql`SELECT kind || '|' || series || '|' || number AS registry_key
  FROM (SELECT ${rowColumns} FROM registry_people EXCEPT SELECT ${rowColumns} FROM registry_people_next) removed
  UNION SELECT kind || '|' || series || '|' || number FROM (SELECT ${rowColumns} FROM registry_people_next EXCEPT SELECT ${rowColumns} FROM registry_people) added`;

/**
 * Works out which documents the loaded table changes, before the swap. PostgreSQL writes them to `registry_changes`
 * at once (its readers and writers do not wait for each other; a key kept there without a swap only costs a check).
 * SQLite computes them into a temporary table, which reads the mirror without taking the one writer's lock for
 * pushes; `keepChangedDocuments` copies them inside the swap.
 */
export async function findChangedDocuments(db: ServerDb): Promise<void> {
  if (isPostgres(db)) {
    await db.transaction().execute(async (trx) => {
      // Room to hash the two sides of the difference in memory instead of sorting them on disk.
      await sql`SET LOCAL work_mem = '256MB'`.execute(trx);
      await sql`INSERT INTO registry_changes (registry_key) SELECT registry_key FROM (${changedKeysQuery}) changed ON CONFLICT DO NOTHING`.execute(trx);
    });
    return;
  }
  await dropChangedDocuments(db);
  await sql`CREATE TEMP TABLE registry_diff AS ${changedKeysQuery}`.execute(db);
}

/** SQLite: the documents findChangedDocuments found, kept in `registry_changes` by the swap's transaction. */
export async function keepChangedDocuments(trx: Transaction<Tables>): Promise<void> {
  if (isPostgres(trx)) return;
  // `WHERE true`: SQLite would read ON CONFLICT after a bare FROM as a join's constraint.
  await sql`INSERT INTO registry_changes (registry_key) SELECT registry_key FROM temp.registry_diff WHERE true ON CONFLICT DO NOTHING`.execute(trx);
}

/** SQLite's temporary table of findChangedDocuments, dropped after the swap or a failed import. */
export async function dropChangedDocuments(db: ServerDb): Promise<void> {
  if (!isPostgres(db)) await sql`DROP TABLE IF EXISTS temp.registry_diff`.execute(db);
}

/** Marks every card as due to be checked again, inside the swap of a first or a `--full` import. */
export async function markRecheckAll(trx: Transaction<Tables>): Promise<void> {
  await trx
    .insertInto('counters')
    .values({ name: recheckAllCounter, value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value: 1 }))
    .execute();
}

/** Whether every card is due to be checked again (a first or `--full` import whose re-check did not finish). */
export async function recheckAllDue(db: Kysely<Tables>): Promise<boolean> {
  const row = await db.selectFrom('counters').select('value').where('name', '=', recheckAllCounter).executeTakeFirst();
  return (row?.value ?? 0) === 1;
}

/** Documents changed and not yet checked again: what the next re-check covers, with the pending cards. */
export async function changedDocumentCount(db: Kysely<Tables>): Promise<number> {
  const { n } = await db.selectFrom('registry_changes').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * The re-check is over: the changes it covered are forgotten (with `all`, every change so far, and the mark). Until
 * then an interrupted re-check leaves them in place, and the next import checks them too.
 */
export async function recheckDone(db: Kysely<Tables>, all: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('registry_changes').execute();
    if (all) await trx.updateTable('counters').set({ value: 0 }).where('name', '=', recheckAllCounter).execute();
  });
}
