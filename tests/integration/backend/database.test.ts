import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend';
import { databaseFileName } from '../../../electron/backend/db/open-database';
import { DatabaseTooNewError, schemaVersion } from '../../../electron/backend/db/migrations';
import { openBlankOffice, openOffice, type Office } from '../../fixtures/office';

describe('the local database', () => {
  let office: Office;
  afterEach(() => office.dispose());

  it('creates the schema on a fresh file and records its version', () => {
    office = openBlankOffice();
    expect(office.backend.db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    const tables = (office.backend.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['school', 'users', 'students', 'staff', 'academic_years', 'classes', 'enrollments', 'document_keys', 'audit_log']),
    );
  });

  it('reopens an existing file without migrating again and keeps its data', async () => {
    office = await openOffice();
    office.backend.close();
    const again = createBackend({ dataDir: office.dataDir });
    try {
      expect(again.db.pragma('user_version', { simple: true })).toBe(schemaVersion);
      const status = await again.invoke('setup.status', {}, null);
      expect(status).toMatchObject({ ok: true, value: { needsSetup: false, schoolName: 'Ліцей № 7 м. Полтави' } });
    } finally {
      again.close();
    }
    office = openBlankOffice({ dataDir: office.dataDir });
  });

  it('sets WAL, synchronous FULL, foreign keys and a busy timeout on the connection', () => {
    office = openBlankOffice();
    const { db } = office.backend;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('refuses a database written by a newer version of the app', () => {
    office = openBlankOffice();
    office.backend.close();
    const raw = new Database(join(office.dataDir, databaseFileName));
    raw.pragma(`user_version = ${schemaVersion + 1}`);
    raw.close();
    expect(() => createBackend({ dataDir: office.dataDir })).toThrow(DatabaseTooNewError);
    rmSync(office.dataDir, { recursive: true, force: true });
    office = openBlankOffice();
  });
});
