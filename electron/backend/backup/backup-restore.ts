import { randomUUID } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { AppError } from '../../../core/errors';
import { appendAudit } from '../audit/audit-log';
import type { HandlerContext } from '../handler';
import { checkSchoolDatabase, createBackup, fsyncPath, type BackupFile, type BackupProgress } from './backup-service';

/** What a restore needs of the backend: its database, the folder, the clock, and the way to put another file in place. */
export type RestoreHost = Pick<HandlerContext, 'db' | 'dataDir' | 'now' | 'sync' | 'replaceDatabase'>;

/**
 * Replaces the database with the School Office database in `from`: checks it (checkSchoolDatabase), backs up the
 * current state (`before-restore`), copies `from` with the online backup API to a temp file beside the database and
 * makes it durable, then swaps the files while the database is closed (its WAL and SHM go with the old file) and
 * reopens it, migrating an older schema. The audit of the restored database records the restore. Refused while
 * Sync all runs: it holds the database it started on.
 */
export async function restoreDatabase(host: RestoreHost, from: string, user: User, onProgress?: BackupProgress): Promise<{ replaced: BackupFile }> {
  checkSchoolDatabase(from);
  if (host.sync.status(host.db).running) throw new AppError('SYNC_IN_PROGRESS');
  const replaced = await createBackup(host.db, host.dataDir, 'before-restore', host.now(), onProgress);
  const temp = join(host.dataDir, `.restore-${randomUUID()}.sqlite`);
  let restored: Database.Database;
  try {
    const source = new Database(from, { readonly: true, fileMustExist: true });
    try {
      // Never 0 pages per step: better-sqlite3 would loop forever (DESIGN §3).
      await source.backup(temp, { progress: () => 100 });
    } finally {
      source.close();
    }
    fsyncPath(temp);
    restored = host.replaceDatabase((file) => {
      rmSync(`${file}-wal`, { force: true });
      rmSync(`${file}-shm`, { force: true });
      renameSync(temp, file);
      // The rename is durable once its folder is synced; Windows cannot open a folder for that.
      if (process.platform !== 'win32') fsyncPath(dirname(file));
    });
  } catch (err) {
    console.error('[backup] restore failed:', err instanceof Error ? err.message : err);
    rmSync(temp, { force: true });
    throw new AppError('RESTORE_FAILED', { file: basename(from) });
  }
  restored.transaction(() =>
    appendAudit(restored, {
      at: host.now(),
      user,
      entity: 'database',
      entityId: 'school-office',
      action: 'update',
      changes: [
        { field: 'restoredFrom', before: null, after: basename(from) },
        { field: 'replacedStateBackup', before: null, after: replaced.name },
      ],
    }),
  )();
  return { replaced };
}
