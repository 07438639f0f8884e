import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend';
import { databaseFileName } from '../../../electron/backend/db/open-database';
import { DatabaseTooNewError, schemaVersion } from '../../../electron/backend/db/migrations';
import { openTestBackend, type TestBackend } from '../../fixtures/backend/test-backend';

describe('the local database', () => {
  let t: TestBackend;
  afterEach(() => t.dispose());

  it('creates the schema on a fresh file and records its version', () => {
    t = openTestBackend();
    expect(t.backend.db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    const tables = (t.backend.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['school', 'users', 'students', 'staff', 'academic_years', 'classes', 'enrollments', 'document_keys', 'audit_log']),
    );
  });

  it('reopens an existing file without migrating again and keeps its data', async () => {
    t = openTestBackend();
    await t.setUp();
    t.backend.close();
    const again = createBackend({ dataDir: t.dataDir });
    try {
      expect(again.db.pragma('user_version', { simple: true })).toBe(schemaVersion);
      const status = await again.invoke('setup.status', {}, null);
      expect(status).toMatchObject({ ok: true, value: { needsSetup: false, schoolName: 'Ліцей № 7 м. Полтави' } });
    } finally {
      again.close();
    }
    t = openTestBackend(t.dataDir);
  });

  it('sets WAL, synchronous FULL, foreign keys and a busy timeout on the connection', () => {
    t = openTestBackend();
    const { db } = t.backend;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('refuses a database written by a newer version of the app', () => {
    t = openTestBackend();
    t.backend.close();
    const raw = new Database(join(t.dataDir, databaseFileName));
    raw.pragma(`user_version = ${schemaVersion + 1}`);
    raw.close();
    expect(() => createBackend({ dataDir: t.dataDir })).toThrow(DatabaseTooNewError);
    rmSync(t.dataDir, { recursive: true, force: true });
    t = openTestBackend();
  });
});
