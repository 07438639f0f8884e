import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { sqlChunkSize } from '../storage/chunks';
import type { ServerDb } from '../storage/database';
import type { RegistryPeopleTable } from '../storage/tables';
import { CsvError, csvRecords } from './csv-records';
import { registryDocument, registryKindSchema } from './registry-adapter';

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


function rowOf(line: number, fields: string[]): RegistryPeopleTable {
  if (fields.length !== registryCsvColumns.length) throw new CsvError(line, `expected ${registryCsvColumns.length} fields, found ${fields.length}`);
  const parsed = rowSchema.safeParse(Object.fromEntries(registryCsvColumns.map((column, i) => [column, fields[i]])));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CsvError(line, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid value'}`);
  }
  const row = parsed.data;
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

/**
 * Replaces the registry mirror with the CSV of DESIGN §5, streamed, in one transaction: a row that cannot be read
 * stops the import with its line number, and the mirror stays as it was.
 */
export async function importRegistry(db: ServerDb, file: string): Promise<{ people: number }> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('registry_people').execute();
    let header = true;
    let people = 0;
    let chunk: RegistryPeopleTable[] = [];
    const flush = async () => {
      if (chunk.length > 0) await trx.insertInto('registry_people').values(chunk).execute();
      chunk = [];
    };
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
      chunk.push(rowOf(line, fields));
      people += 1;
      if (chunk.length >= sqlChunkSize) await flush();
    }
    if (header) throw new CsvError(1, 'the file is empty (no header row)');
    await flush();
    return { people };
  });
}
