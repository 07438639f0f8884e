import { rmSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { schoolToday } from '../clock';
import { findSchool } from '../school/school-repository';
import { createBackup, listBackups, type BackupFile } from './backup-service';

/** Scheduled backups are kept this many school-local days, today included; manual and before-* ones are kept. */
const scheduledBackupDays = 30;

/** How often a running backend looks whether today's scheduled backup is still to be made. */
const checkEveryMs = 60 * 60 * 1000;

function daysBefore(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() - days);
  return at.toISOString().slice(0, 10);
}

/** Removes the scheduled backups older than `scheduledBackupDays` school-local days. */
function pruneScheduledBackups(dataDir: string, today: string): void {
  const oldestKept = daysBefore(today, scheduledBackupDays - 1);
  const expired = listBackups(dataDir).filter((b) => b.kind === 'scheduled' && b.madeAt.slice(0, 10) < oldestKept);
  for (const backup of expired) rmSync(backup.path, { force: true });
}

/**
 * The daily backup: made once per school-local day (the first start of the day, or the first check after midnight of
 * a backend left running), and only once a school exists. Prunes the expired ones first.
 */
export async function runScheduledBackup(db: Database.Database, dataDir: string, now: Date): Promise<BackupFile | null> {
  if (!findSchool(db)) return null;
  const today = schoolToday(db, now);
  pruneScheduledBackups(dataDir, today);
  if (listBackups(dataDir).some((b) => b.kind === 'scheduled' && b.madeAt.startsWith(today))) return null;
  return createBackup(db, dataDir, 'scheduled', now);
}

export interface BackupSchedule {
  /** Resolves when the check running now (if any) has ended; for tests and for closing cleanly. */
  idle(): Promise<void>;
  stop(): void;
}

/** Runs the daily backup now and then every hour while the backend runs; a failure is logged and retried at the next check. */
export function startBackupSchedule(database: () => Database.Database, dataDir: string, now: () => Date): BackupSchedule {
  let running: Promise<void> | null = null;
  const check = () => {
    running ??= runScheduledBackup(database(), dataDir, now())
      .then(() => undefined)
      .catch((err: unknown) => console.error('[backup] scheduled backup failed:', err instanceof Error ? err.message : err))
      .finally(() => (running = null));
  };
  check();
  const timer = setInterval(check, checkEveryMs);
  timer.unref();
  return {
    idle: async () => {
      await running;
    },
    stop: () => clearInterval(timer),
  };
}
