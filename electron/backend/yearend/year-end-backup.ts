import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../core/errors';

/**
 * A copy of the database made with SQLite's online backup API into `<dataDir>/backups/` before a risky operation,
 * then checked with PRAGMA integrity_check (DESIGN §3). The copy is the way back should the operation go wrong in a
 * way its own undo cannot mend.
 */
export async function backupBefore(db: Database.Database, dataDir: string, operation: string, now: Date): Promise<string> {
  const folder = join(dataDir, 'backups');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${operation}-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`);
  try {
    await db.backup(path);
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
