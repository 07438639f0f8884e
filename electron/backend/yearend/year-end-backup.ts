import type Database from 'better-sqlite3';
import type { YearEndProgress } from '../../../core/api/yearend-api';
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
  onProgress: (progress: YearEndProgress) => void = () => undefined,
): Promise<string> {
  try {
    const backup = await createBackup(db, dataDir, 'before-year-end', now, (phase, done, total) =>
      onProgress({ phase: phase === 'copy' ? 'backup' : 'checking', pagesCopied: done, pagesTotal: total }),
    );
    return backup.path;
  } catch (err) {
    if (err instanceof AppError && err.code === 'BACKUP_FAILED') throw new AppError('YEAR_END_BACKUP_FAILED', err.params);
    throw err;
  }
}
