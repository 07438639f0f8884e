import type { Kysely, Migration } from 'kysely';
import type { StaffCard } from '../../core/schemas/staff';
import type { StudentCard } from '../../core/schemas/student';
import { registryKeysOf } from '../validation/card-registry-keys';
import { inChunks, listChunkSize } from './chunks';
import type { Tables } from './tables';

/** Rows per insert: three values each, far under every database's limit of bound parameters. */
const keyRowsPerStatement = 2000;

/**
 * The registry keys of each stored card (card_registry_keys) and the keys a registry import changed
 * (registry_changes), so that an import checks again only the cards its changes concern (issue 12, item 6). The keys
 * of the cards stored so far are worked out here, page by page, with the code the checks use. Released: never edit;
 * add a new migration instead.
 */
export const registryKeys: Migration = {
  async up(untyped: Kysely<unknown>) {
    await untyped.schema
      .createTable('card_registry_keys')
      .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
      .addColumn('card_id', 'text', (c) => c.notNull())
      .addColumn('registry_key', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('card_registry_keys_pk', ['school_id', 'card_id', 'registry_key'])
      .execute();
    await untyped.schema.createIndex('card_registry_keys_key').on('card_registry_keys').column('registry_key').execute();
    await untyped.schema
      .createTable('registry_changes')
      .addColumn('registry_key', 'text', (c) => c.primaryKey())
      .execute();

    const db = untyped as Kysely<Tables>;
    for (let after = ''; ; ) {
      const page = await db
        .selectFrom('records')
        .select(['id', 'school_id', 'type', 'data'])
        .where('type', 'in', ['student', 'staff'])
        .where('deleted', '=', 0)
        .where('id', '>', after)
        .orderBy('id')
        .limit(listChunkSize)
        .execute();
      const rows = page.flatMap((r) => {
        const data: unknown = JSON.parse(r.data ?? 'null');
        if (data === null) return [];
        const card = r.type === 'student' ? { id: r.id, type: 'student' as const, data: data as StudentCard } : { id: r.id, type: 'staff' as const, data: data as StaffCard };
        return registryKeysOf(card).map((key) => ({ school_id: r.school_id, card_id: r.id, registry_key: key }));
      });
      for (const part of inChunks(rows, keyRowsPerStatement)) await db.insertInto('card_registry_keys').values(part).execute();
      const last = page[page.length - 1];
      if (page.length < listChunkSize || last === undefined) break;
      after = last.id;
    }
  },
};
