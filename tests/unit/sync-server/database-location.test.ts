import { describe, expect, it } from 'vitest';
import { isPostgresUrl, redactedLocation } from '../../../sync-server/storage/database';

describe('the --db location', () => {
  it('names PostgreSQL by a postgres:// or postgresql:// URL, anything else being an SQLite file', () => {
    expect([isPostgresUrl('postgres://u:p@db:5432/so'), isPostgresUrl('postgresql://db/so'), isPostgresUrl('./data/postgres.sqlite')]).toEqual([true, true, false]);
  });

  it('shows a PostgreSQL URL without its password', () => {
    expect(redactedLocation('postgres://school_office:s3cr%40t@db.internal:5432/so')).toBe('postgres://school_office:***@db.internal:5432/so');
  });

  it('shows a file path as it is', () => {
    expect(redactedLocation('/var/lib/so/sync-server.sqlite')).toBe('/var/lib/so/sync-server.sqlite');
  });
});
