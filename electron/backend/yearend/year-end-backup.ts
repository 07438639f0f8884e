import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { YearEndProgress } from '../../../core/api/yearend-api';
import { AppError } from '../../../core/errors';

/** Pages copied per step of the online backup; between steps the backend answers other calls. */
const pagesPerStep = 100;

/**
 * A copy of the database made with SQLite's online backup API into `<dataDir>/backups/` before a risky operation,
 * then checked with PRAGMA integrity_check (DESIGN §3). The copy is the way back should the operation go wrong in a
 * way its own undo cannot mend. `onProgress` hears the pages copied, then the start of the check.
 */
export async function backupBefore(
  db: Database.Database,
  dataDir: string,
  operation: string,
  now: Date,
  onProgress: (progress: YearEndProgress) => void = () => undefined,
): Promise<string> {
  const folder = join(dataDir, 'backups');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${operation}-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`);
  try {
    onProgress({ phase: 'backup', pagesCopied: 0, pagesTotal: 0 });
    const { totalPages } = await db.backup(path, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress({ phase: 'backup', pagesCopied: totalPages - remainingPages, pagesTotal: totalPages });
        // Never 0: better-sqlite3 would then copy nothing per step and loop forever (DESIGN §3).
        return pagesPerStep;
      },
    });
    onProgress({ phase: 'checking', pagesCopied: totalPages, pagesTotal: totalPages });
    const copy = new Database(path, { readonly: true });
    try {
      const result = copy.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`integrity_check: ${String(result)}`);
    } finally {
      copy.close();
    }
  } catch (err) {
    console.error('[backup] failed:', err instanceof Error ? err.message : err);
    throw new AppError('YEAR_END_BACKUP_FAILED', { path });
  }
  return path;
}
