import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Backup, BackupKind } from '../../../core/api/backup-api';
import type { User } from '../../../core/api/auth-api';
import { AppError } from '../../../core/errors';
import { localDateTimeWithSeconds } from '../../../core/time/local-date';
import { appendAudit } from '../audit/audit-log';
import { schoolZone } from '../clock';
import { schemaVersion } from '../db/migrations';
import { backupFileName, parseBackupFileName } from './backup-names';

/** Pages copied per step of the online backup; between steps the backend answers other calls. */
const pagesPerStep = 100;

/** Copying the pages (`done` of `total`), then the integrity check of the copy. */
export type BackupProgress = (phase: 'copy' | 'check', done: number, total: number) => void;

export interface BackupFile extends Backup {
  path: string;
}

export function backupsFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** Makes a file's content, or a folder's entries (a rename in it), durable before they are trusted. */
export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies the open database into `path` with SQLite's online backup API (other calls go on between its steps), makes
 * the copy durable and checks it with PRAGMA integrity_check (DESIGN §3). A copy that fails is removed:
 * `BACKUP_FAILED`, the database itself untouched.
 */
export async function copyDatabase(db: Database.Database, path: string, onProgress: BackupProgress = () => undefined): Promise<void> {
  try {
    onProgress('copy', 0, 0);
    const { totalPages } = await db.backup(path, {
      progress: ({ totalPages: total, remainingPages }) => {
        onProgress('copy', total - remainingPages, total);
        // Never 0: better-sqlite3 would then copy nothing per step and loop forever (DESIGN §3).
        return pagesPerStep;
      },
    });
    onProgress('check', totalPages, totalPages);
    const copy = new Database(path, { fileMustExist: true });
    try {
      // A backup is one self-contained file: in WAL mode (the database's) every reader would leave -wal and -shm beside it.
      copy.pragma('journal_mode = DELETE');
      const result = copy.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`integrity_check: ${String(result)}`);
    } finally {
      copy.close();
    }
    fsyncPath(path);
  } catch (err) {
    console.error('[backup] failed:', err instanceof Error ? err.message : err);
    rmSync(path, { force: true });
    throw new AppError('BACKUP_FAILED', { file: basename(path) });
  }
}

/** A checked backup of the database in `<dataDir>/backups/`, named by its kind and the school-local time. */
export async function createBackup(
  db: Database.Database,
  dataDir: string,
  kind: BackupKind,
  now: Date,
  onProgress?: BackupProgress,
): Promise<BackupFile> {
  const folder = backupsFolder(dataDir);
  mkdirSync(folder, { recursive: true });
  const stamp = localDateTimeWithSeconds(now, schoolZone(db));
  let counter = 1;
  while (existsSync(join(folder, backupFileName(kind, stamp, counter)))) counter += 1;
  const name = backupFileName(kind, stamp, counter);
  const path = join(folder, name);
  await copyDatabase(db, path, onProgress);
  return { name, kind, madeAt: stamp, size: statSync(path).size, path };
}

/** The backups in the folder, newest first; files School Office did not name are left out. */
export function listBackups(dataDir: string): BackupFile[] {
  const folder = backupsFolder(dataDir);
  if (!existsSync(folder)) return [];
  const backups: BackupFile[] = [];
  for (const name of readdirSync(folder)) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    const path = join(folder, name);
    backups.push({ name, ...parsed, size: statSync(path).size, path });
  }
  return backups.sort((a, b) => b.madeAt.localeCompare(a.madeAt) || b.name.localeCompare(a.name));
}

/** The user made a backup (the app's button or the command line): the audit names who and which file. */
export function auditManualBackup(db: Database.Database, user: User, at: Date, file: string): void {
  db.transaction(() =>
    appendAudit(db, { at, user, entity: 'backup', entityId: file, action: 'create', changes: [{ field: 'kind', before: null, after: 'manual' }] }),
  )();
}

/**
 * Refuses a file that is not a whole School Office database this app can open: unreadable, failing
 * PRAGMA integrity_check, without the school's tables, or written by a newer School Office.
 */
export function checkSchoolDatabase(path: string): void {
  const file = basename(path);
  if (!existsSync(path)) throw new AppError('NOT_FOUND', { name: file });
  let db: Database.Database;
  let version: number;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    throw new AppError('BACKUP_FILE_UNREADABLE', { file });
  }
  try {
    try {
      // The first read of the file: anything but an SQLite database fails here.
      version = db.pragma('user_version', { simple: true }) as number;
    } catch {
      throw new AppError('BACKUP_FILE_UNREADABLE', { file });
    }
    // Damage deep in the file either throws (SQLITE_CORRUPT) or is listed; both refuse it.
    const integrity = (() => {
      try {
        return db.pragma('integrity_check', { simple: true });
      } catch {
        return 'failed';
      }
    })();
    if (integrity !== 'ok') throw new AppError('BACKUP_FILE_CORRUPT', { file });
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('school', 'users', 'audit_log')").get() as { n: number };
    if (tables.n !== 3 || version < 1) throw new AppError('BACKUP_FILE_NOT_SCHOOL_OFFICE', { file });
    if (version > schemaVersion) throw new AppError('BACKUP_FILE_TOO_NEW', { file, fileVersion: version, appVersion: schemaVersion });
  } finally {
    db.close();
  }
}
