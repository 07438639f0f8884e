import type { Kysely, Migration } from 'kysely';
import { auditAnchors } from './audit-anchor-migration';

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

export const migrations: Readonly<Record<string, Migration>> = {
  '0001_initial': initial,
  '0002_report_device': reportDevice,
  '0003_audit_anchors': auditAnchors,
};
