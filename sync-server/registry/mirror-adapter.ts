import { sql } from 'kysely';
import { inChunks, listChunkSize } from '../storage/chunks';
import type { ServerDb } from '../storage/database';
import type { RegistryPeopleTable } from '../storage/tables';
import { oneOf } from '../storage/value-lists';
import { registryKey, type RegistryAdapter, type RegistryDocument, type RegistryPerson } from './registry-adapter';

/** The registry mirror the server holds (loaded from CSV): indexed lookups by kind and number, 5,000 numbers a statement. */
export function mirrorAdapter(db: ServerDb): RegistryAdapter {
  return {
    async find(documents: readonly RegistryDocument[]): Promise<Map<string, RegistryPerson>> {
      const found = new Map<string, RegistryPerson>();
      const wanted = new Set(documents.map(registryKey));
      const byKind = new Map<RegistryDocument['kind'], Set<string>>();
      for (const d of documents) byKind.set(d.kind, (byKind.get(d.kind) ?? new Set()).add(d.number));
      for (const [kind, numberSet] of byKind) {
        for (const part of inChunks([...numberSet], listChunkSize)) {
          const { rows } = await sql<RegistryPeopleTable>`SELECT * FROM registry_people WHERE kind = ${kind} AND ${oneOf(db, 'number', part)}`.execute(db);
          for (const row of rows) {
            const key = registryKey({ kind, series: row.series, number: row.number });
            if (!wanted.has(key) || found.has(key)) continue;
            found.set(key, {
              lastName: row.last_name,
              firstName: row.first_name,
              middleName: row.middle_name,
              birthDate: row.birth_date,
              sex: row.sex === 'F' ? 'F' : 'M',
              deceased: row.deceased === 1,
            });
          }
        }
      }
      return found;
    },
  };
}
