import type { Kysely, Migration } from 'kysely';

/**
 * The head of each device's audit chain as last seen by this server (issue 13, item 8), and when it last saw that
 * chain diverge. Released: never edit; add a new migration instead.
 */
export const auditAnchors: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_anchors')
      .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
      .addColumn('device_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('anchored_at', 'text', (c) => c.notNull())
      .addColumn('diverged_at', 'text')
      .addPrimaryKeyConstraint('audit_anchors_pk', ['school_id', 'device_id'])
      .execute();
  },
};
