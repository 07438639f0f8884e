import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { sql } from 'kysely';
import { z } from 'zod';
import { inChunks } from '../storage/chunks';
import { isPostgres, type ServerDb } from '../storage/database';
import type { RegistryPeopleTable } from '../storage/tables';
import { CsvError, csvRecords } from './csv-records';
import { registryDocument, registryKindSchema } from './registry-adapter';
import { dropChangedDocuments, findChangedDocuments, keepChangedDocuments, markRecheckAll } from './registry-changes';
import { nextRegistryGeneration, registryGeneration } from './registry-generation';

export const registryCsvColumns = ['kind', 'series', 'number', 'lastName', 'firstName', 'middleName', 'birthDate', 'sex', 'deceased'] as const;

const rowSchema = z.object({
  kind: registryKindSchema,
  series: z.string().trim(),
  number: z.string().trim().min(1),
  lastName: z.string().trim().min(1),
  firstName: z.string().trim().min(1),
  middleName: z.string().trim(),
  birthDate: z.iso.date(),
  sex: z.enum(['M', 'F']),
  deceased: z.enum(['0', '1']),
});


const registryKinds = new Set<string>(registryKindSchema.options);

/**
 * The row when it plainly passes `rowSchema` (every rule of it checked by hand, the birth date by zod's own ISO date
 * pattern), else null. Zod's object parse costs ~7 µs a row, half a minute of a 4M-row import: it runs only to name
 * what is wrong with a row this does not pass.
 */
function plainRow(fields: readonly string[]): z.infer<typeof rowSchema> | null {
  const [kind = '', series = '', number = '', lastName = '', firstName = '', middleName = '', birthDate = '', sex = '', deceased = ''] = fields;
  const row = { kind, series: series.trim(), number: number.trim(), lastName: lastName.trim(), firstName: firstName.trim(), middleName: middleName.trim(), birthDate, sex, deceased };
  const valid =
    registryKinds.has(kind) && row.number !== '' && row.lastName !== '' && row.firstName !== '' && z.regexes.date.test(birthDate) && (sex === 'M' || sex === 'F') && (deceased === '0' || deceased === '1');
  return valid ? (row as z.infer<typeof rowSchema>) : null;
}

function rowOf(line: number, fields: string[]): RegistryPeopleTable {
  if (fields.length !== registryCsvColumns.length) throw new CsvError(line, `expected ${registryCsvColumns.length} fields, found ${fields.length}`);
  const row = plainRow(fields) ?? parsedRow(line, fields);
  const doc = registryDocument(row.kind, row.series, row.number);
  return {
    kind: doc.kind,
    series: doc.series,
    number: doc.number,
    last_name: row.lastName,
    first_name: row.firstName,
    middle_name: row.middleName,
    birth_date: row.birthDate,
    sex: row.sex,
    deceased: row.deceased === '1' ? 1 : 0,
  };
}

/** The row as `rowSchema` reads it, or the line's error as it names it. */
function parsedRow(line: number, fields: readonly string[]): z.infer<typeof rowSchema> {
  const parsed = rowSchema.safeParse(Object.fromEntries(registryCsvColumns.map((column, i) => [column, fields[i]])));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CsvError(line, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid value'}`);
  }
  return parsed.data;
}

/** Rows per statement: PostgreSQL takes a column as one array parameter, SQLite all rows as one JSON text. */
const rowsPerStatement = { postgres: 10_000, sqlite: 10_000 } as const;

/** Rows loaded per transaction: SQLite's one writer is free for pushes between two of them. */
const rowsPerTransaction = 30_000;

type Loader = (rows: readonly RegistryPeopleTable[]) => Promise<void>;

/** PostgreSQL: one `unnest` of nine arrays inserts thousands of rows with nine parameters. */
function postgresLoader(db: ServerDb): Loader {
  return async (rows) => {
    const column = <K extends keyof RegistryPeopleTable>(key: K) => rows.map((r) => r[key]);
    await sql`INSERT INTO registry_people_next (kind, series, number, last_name, first_name, middle_name, birth_date, sex, deceased)
      SELECT * FROM unnest(${column('kind')}::text[], ${column('series')}::text[], ${column('number')}::text[], ${column('last_name')}::text[],
        ${column('first_name')}::text[], ${column('middle_name')}::text[], ${column('birth_date')}::text[], ${column('sex')}::text[], ${column('deceased')}::integer[])`.execute(db);
  };
}

/** SQLite: the rows as one JSON text that `json_each` unpacks, so thousands of rows cost one statement's binding. */
function sqliteLoader(db: ServerDb): Loader {
  return async (rows) => {
    await db.transaction().execute(async (trx) => {
      for (const part of inChunks(rows, rowsPerStatement.sqlite)) {
        const json = JSON.stringify(part.map((r) => [r.kind, r.series, r.number, r.last_name, r.first_name, r.middle_name, r.birth_date, r.sex, r.deceased]));
        await sql`INSERT INTO registry_people_next (kind, series, number, last_name, first_name, middle_name, birth_date, sex, deceased)
          SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8 FROM json_each(${json})`.execute(trx);
      }
    });
  };
}

async function createNextTable(db: ServerDb): Promise<void> {
  await db.schema.dropTable('registry_people_next').ifExists().execute();
  // The columns of migration 0001's registry_people: the table swapped in must be the one the migrations made.
  await db.schema
    .createTable('registry_people_next')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('last_name', 'text', (c) => c.notNull())
    .addColumn('first_name', 'text', (c) => c.notNull())
    .addColumn('middle_name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('deceased', 'integer', (c) => c.notNull())
    .execute();
}

/** Milliseconds each step of an import took, for the command's output and the bench. */
export interface ImportTimings {
  load: number;
  index: number;
  diff: number;
  swap: number;
}

function elapsedSince(started: number): number {
  return performance.now() - started;
}

/** PostgreSQL builds the loaded table's index before the swap, under a name of its own, so lookups wait only for the swap. */
async function indexNextTable(db: ServerDb): Promise<void> {
  if (isPostgres(db)) await db.schema.createIndex('registry_people_next_document').on('registry_people_next').columns(['kind', 'number', 'series']).execute();
}

/**
 * The loaded table replaces the mirror in one short transaction, its index built after the load (one sort instead of
 * a million index insertions). SQLite cannot rename an index, so it builds it inside the swap (timed into `timings`),
 * which its one writer serialises anyway. With `recheckAll` every card is marked to be checked again, else the
 * changed documents found before are kept for the re-check.
 */
async function swapIn(db: ServerDb, recheckAll: boolean, timings: ImportTimings): Promise<void> {
  const postgres = isPostgres(db);
  await db.transaction().execute(async (trx) => {
    await nextRegistryGeneration(trx);
    if (recheckAll) await markRecheckAll(trx);
    else await keepChangedDocuments(trx);
    await trx.schema.dropTable('registry_people').execute();
    await trx.schema.alterTable('registry_people_next').renameTo('registry_people').execute();
    if (postgres) await sql`ALTER INDEX registry_people_next_document RENAME TO registry_people_document`.execute(trx);
    else {
      const started = performance.now();
      await trx.schema.createIndex('registry_people_document').on('registry_people').columns(['kind', 'number', 'series']).execute();
      timings.index = elapsedSince(started);
    }
  });
}

/**
 * Reads the CSV of DESIGN §5 into `load`, streamed; a row that cannot be read stops it with its line number. One batch
 * is being stored while the next is read: on PostgreSQL the reading (JavaScript) and the inserting (the database)
 * overlap instead of taking turns.
 */
async function loadCsv(file: string, load: Loader, batchRows: number): Promise<number> {
  let header = true;
  let people = 0;
  let batch: RegistryPeopleTable[] = [];
  let storing: Promise<void> | null = null;
  const store = async (rows: RegistryPeopleTable[]) => {
    if (storing) await storing;
    storing = load(rows);
    // Awaited before the next batch or at the end; until then its failure must not count as unhandled.
    storing.catch(() => undefined);
  };
  try {
    // Opened right before it is read, with no wait between: readline drops the lines it reads before iteration begins.
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const { line, fields } of csvRecords(lines)) {
      if (header) {
        header = false;
        if (fields.map((f) => f.trim()).join(',') !== registryCsvColumns.join(',')) {
          throw new CsvError(line, `the header must be ${registryCsvColumns.join(',')}`);
        }
        continue;
      }
      batch.push(rowOf(line, fields));
      people += 1;
      if (batch.length >= batchRows) {
        await store(batch);
        batch = [];
      }
    }
    if (header) throw new CsvError(1, 'the file is empty (no header row)');
    if (batch.length > 0) await store(batch);
    if (storing) await storing;
    return people;
  } catch (err) {
    // The table is dropped after a failure: not while a batch is still being stored into it.
    if (storing) await (storing as Promise<void>).catch(() => undefined);
    throw err;
  }
}

export interface ImportOptions {
  /** Check every card again, not only those whose documents' registry rows changed (`registry import --full`). */
  full?: boolean;
}

export interface ImportResult {
  people: number;
  /** Every card is to be checked again: a first import (there was no mirror to compare with), or `full`. */
  recheckAll: boolean;
  timings: ImportTimings;
}

/**
 * Replaces the registry mirror with the CSV of DESIGN §5: loaded into a table of its own while the old mirror goes on
 * answering pushes, compared with the old mirror (which documents' rows were added, removed or changed), then swapped
 * in. A row that cannot be read stops the import with its line number, and the mirror stays as it was. One import at
 * a time: a second one started meanwhile would drop the first one's table.
 */
export async function importRegistry(db: ServerDb, file: string, options: ImportOptions = {}): Promise<ImportResult> {
  const timings: ImportTimings = { load: 0, index: 0, diff: 0, swap: 0 };
  const recheckAll = options.full === true || (await registryGeneration(db)) === 0;
  await createNextTable(db);
  try {
    const postgres = isPostgres(db);
    let started = performance.now();
    const people = await loadCsv(file, postgres ? postgresLoader(db) : sqliteLoader(db), postgres ? rowsPerStatement.postgres : rowsPerTransaction);
    timings.load = elapsedSince(started);
    started = performance.now();
    await indexNextTable(db);
    timings.index = elapsedSince(started);
    started = performance.now();
    if (!recheckAll) await findChangedDocuments(db);
    timings.diff = elapsedSince(started);
    started = performance.now();
    await swapIn(db, recheckAll, timings);
    // SQLite's index is built inside the swap: its time is counted once, as the index's.
    timings.swap = elapsedSince(started) - (postgres ? 0 : timings.index);
    return { people, recheckAll, timings };
  } catch (err) {
    await db.schema.dropTable('registry_people_next').ifExists().execute();
    throw err;
  } finally {
    await dropChangedDocuments(db);
  }
}
