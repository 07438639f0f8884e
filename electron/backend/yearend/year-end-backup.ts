import type Database from 'better-sqlite3';
import { AppError } from '../../../core/errors';
import { createBackup } from '../backup/backup-service';

/**
 * The backup the year-end makes before its transaction (DESIGN §3, §6), through the backup service: the way back should
 * the transition go wrong in a way its own undo cannot mend. `onProgress` hears the pages copied, then the check.
 */
export async function backupBefore(
  db: Database.Database,
  dataDir: string,
  now: Date,
  onProgress: (phase: 'backup' | 'checking', pagesCopied: number, pagesTotal: number) => void = () => undefined,
): Promise<string> {
  try {
    const backup = await createBackup(db, dataDir, 'before-year-end', now, (phase, done, total) => onProgress(phase === 'copy' ? 'backup' : 'checking', done, total));
    return backup.path;
  } catch (err) {
    if (err instanceof AppError && err.code === 'BACKUP_FAILED') throw new AppError('YEAR_END_BACKUP_FAILED', err.params);
    throw err;
  }
}
