import type Database from 'better-sqlite3';
import type { Migration } from './migration';
import { initial } from './migrations/001-initial';
import { sync } from './migrations/002-sync';
import { academic } from './migrations/003-academic';
import { syncWaiting } from './migrations/004-sync-waiting';
import { localState } from './migrations/005-local-state';
import { documents } from './migrations/006-documents';
import { teaching } from './migrations/007-teaching';
import { journals } from './migrations/008-journals';
import { ordersBasis } from './migrations/009-orders-basis';
import { users } from './migrations/010-users';

/** Every migration in order; `version` of entry i is i + 1. */
export const migrations: readonly Migration[] = [initial, sync, academic, syncWaiting, localState, documents, teaching, journals, ordersBasis, users];

export const schemaVersion = migrations.length;

/** The database was written by a newer School Office; opening it could lose that version's data. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `The database has schema version ${fileVersion}, but this School Office knows only up to ${appVersion}. ` +
        'Update School Office to open it. / База даних новіша за цю версію програми: оновіть School Office.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Applies the pending migrations in one transaction and records the version in PRAGMA user_version. */
export function migrate(db: Database.Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > schemaVersion) throw new DatabaseTooNewError(from, schemaVersion);
  if (from === schemaVersion) return { from, to: from };
  db.transaction(() => {
    for (const migration of migrations.slice(from)) db.exec(migration.sql);
    db.pragma(`user_version = ${schemaVersion}`);
  }).immediate();
  return { from, to: schemaVersion };
}
