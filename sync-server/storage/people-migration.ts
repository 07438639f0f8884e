import { randomUUID } from 'node:crypto';
import type { Kysely, Migration } from 'kysely';

interface LegacySchools {
  schools: { id: string; country: string; district: string | null; district_id: string | null };
  districts: { id: string; code: string; name: string; country: string; created_at: string };
}

const codePattern = /^[\p{L}\p{N}_.-]{1,50}$/u;

/**
 * Each free-text district of the schools added before (`school add --district NAME`) becomes a district with that
 * name, coded by the name itself where it is a valid code, else `district-N`; its schools point at it.
 */
async function moveLegacyDistricts(db: Kysely<LegacySchools>, createdAt: string): Promise<void> {
  const schools = await db.selectFrom('schools').select(['id', 'country', 'district']).where('district', 'is not', null).orderBy('district').execute();
  const idOfName = new Map<string, string>();
  for (const school of schools) {
    const name = school.district ?? '';
    let id = idOfName.get(name);
    if (id === undefined) {
      id = randomUUID();
      const code = codePattern.test(name) ? name : `district-${idOfName.size + 1}`;
      await db.insertInto('districts').values({ id, code, name, country: school.country, created_at: createdAt }).execute();
      idOfName.set(name, id);
    }
    await db.updateTable('schools').set({ district_id: id }).where('id', '=', school.id).execute();
  }
}

/**
 * Districts, people's accounts and their sessions, failed sign-ins, and each school's last sync (issue 12, DESIGN
 * §11). Released: never edit; add a new migration instead.
 */
export const people: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('districts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.alterTable('schools').addColumn('district_id', 'text', (c) => c.references('districts.id')).execute();
    await moveLegacyDistricts(db as Kysely<LegacySchools>, new Date().toISOString());
    await db.schema.alterTable('schools').dropColumn('district').execute();
    await db.schema.createIndex('schools_district').on('schools').column('district_id').execute();

    await db.schema
      .createTable('people')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('login', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('district_id', 'text', (c) => c.references('districts.id'))
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text', (c) => c.notNull())
      .addColumn('ended_at', 'text')
      .execute();
    await db.schema.createIndex('sessions_person').on('sessions').column('person_id').execute();

    await db.schema
      .createTable('login_failures')
      .addColumn('login', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('last_failed_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('school_syncs')
      .addColumn('school_id', 'text', (c) => c.primaryKey().references('schools.id'))
      .addColumn('last_sync_at', 'text', (c) => c.notNull())
      .execute();
  },
};
