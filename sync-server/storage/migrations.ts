import { sql, type Kysely, type Migration } from 'kysely';
import { auditAnchors } from './audit-anchor-migration';
import { people } from './people-migration';
import { registryKeys } from './registry-keys-migration';

/**
 * Schema migrations, in code, never edited once released. Only portable column types and explicit indexes, so
 * PostgreSQL runs them unchanged.
 */
const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('schools')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('district', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('tokens_school').on('tokens').column('school_id').execute();

    await db.schema
      .createTable('records')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('rev', 'integer', (c) => c.notNull())
      .addColumn('deleted', 'integer', (c) => c.notNull())
      .addColumn('data', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('device_id', 'text', (c) => c.notNull())
      .addColumn('change_seq', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('records_school_seq').on('records').columns(['school_id', 'change_seq']).execute();
    await db.schema.createIndex('records_school_type').on('records').columns(['school_id', 'type', 'deleted']).execute();

    await db.schema
      .createTable('counters')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('value', 'integer', (c) => c.notNull())
      .execute();
    await db.insertInto('counters' as never).values({ name: 'change_seq', value: 0 } as never).execute();

    await db.schema
      .createTable('registry_people')
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
    await db.schema.createIndex('registry_people_document').on('registry_people').columns(['kind', 'number', 'series']).execute();

    await db.schema
      .createTable('card_reports')
      .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
      .addColumn('card_id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('rev', 'integer')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('checked_at', 'text', (c) => c.notNull())
      .addColumn('issues', 'text', (c) => c.notNull())
      .addColumn('change_seq', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('card_reports_pk', ['school_id', 'card_id'])
      .execute();
    await db.schema.createIndex('card_reports_school_seq').on('card_reports').columns(['school_id', 'change_seq']).execute();
    await db.schema.createIndex('card_reports_school_status').on('card_reports').columns(['school_id', 'status']).execute();

    await db.schema
      .createTable('card_claims')
      .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
      .addColumn('card_id', 'text', (c) => c.notNull())
      .addColumn('doc_key', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('enrolled_year', 'text')
      .addColumn('claimed_seq', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('card_claims_pk', ['school_id', 'card_id', 'doc_key'])
      .execute();
    await db.schema.createIndex('card_claims_doc').on('card_claims').column('doc_key').execute();

    await db.schema
      .createTable('batches')
      .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
      .addColumn('batch_id', 'text', (c) => c.notNull())
      .addColumn('body_hash', 'text', (c) => c.notNull())
      .addColumn('answer', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('batches_pk', ['school_id', 'batch_id'])
      .execute();
  },
};

/**
 * The device whose push produced a report (null: a registry re-import or another school's push). Such a report went
 * back in that push's answer, so pull leaves it out for that device.
 */
const reportDevice: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('card_reports').addColumn('device_id', 'text').execute();
  },
};

/**
 * A change sequence per school (counter `change_seq:SCHOOL_ID`) instead of one for all, so a cursor moves only with
 * the school's own activity. Each school's counter starts at the shared counter's value: every cursor issued before
 * stays a valid position of the school's sequence, and what changes next comes after it. The shared counter goes on
 * ordering enrollment claims only.
 */
const schoolSequences: Migration = {
  async up(db: Kysely<unknown>) {
    const raw = db as unknown as Kysely<{ counters: { name: string; value: number }; schools: { id: string } }>;
    const shared = await raw.selectFrom('counters').select('value').where('name', '=', 'change_seq').executeTakeFirstOrThrow();
    const schools = await raw.selectFrom('schools').select('id').execute();
    for (const { id } of schools) await raw.insertInto('counters').values({ name: `change_seq:${id}`, value: shared.value }).execute();
  },
};

/**
 * Whether the registry confirms each claiming card. A claim is confirmed at migration when the card's stored report
 * is not pending and has no REGISTRY_* issue, as a fresh check would decide.
 */
const confirmedClaims: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('card_claims').addColumn('confirmed', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await sql`UPDATE card_claims SET confirmed = 1 WHERE EXISTS (
      SELECT 1 FROM card_reports r
      WHERE r.school_id = card_claims.school_id AND r.card_id = card_claims.card_id
        AND r.status <> 'pending' AND r.issues NOT LIKE '%"code":"REGISTRY_%')`.execute(db);
  },
};

export const migrations: Readonly<Record<string, Migration>> = {
  '0001_initial': initial,
  '0002_report_device': reportDevice,
  '0003_school_sequences': schoolSequences,
  '0004_confirmed_claims': confirmedClaims,
  '0005_audit_anchors': auditAnchors,
  '0007_people': people,
  '0008_registry_keys': registryKeys,
};
