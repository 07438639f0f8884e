import { z } from 'zod';
import { longJob, method } from './method';

/**
 * Why a backup was made: by the user (`manual`), by the daily schedule, or before a risky operation (DESIGN §3).
 * Only `scheduled` copies expire; the others stay until someone deletes them.
 */
export const backupKindSchema = z.enum(['manual', 'scheduled', 'before-year-end', 'before-restore', 'before-import']);
export type BackupKind = z.infer<typeof backupKindSchema>;

/** A backup's file name in the backups folder: its kind and the school-local time it was made, e.g. `manual-2025-11-20_10-15-30.sqlite`. */
export const backupNameSchema = z
  .string()
  .max(100)
  .regex(/^[a-z-]+-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(-\d{1,3})?\.sqlite$/);

export const backupSchema = z.object({
  name: backupNameSchema,
  kind: backupKindSchema,
  /** When it was made where the school is: `YYYY-MM-DD HH:MM:SS`. */
  madeAt: z.string(),
  /** Bytes. */
  size: z.number().int().nonnegative(),
});
export type Backup = z.infer<typeof backupSchema>;

export const backupApi = {
  /** The backups folder, newest first. */
  'backup.list': method('school.admin', z.object({}), z.object({ backups: z.array(backupSchema) })),
  /** A manual backup: online backup API, then integrity_check on the copy; progress events of the job `backup.create`. */
  'backup.create': longJob('school.admin', z.object({}), z.object({ backup: backupSchema })),
  /**
   * Replaces the database with one of the backups after checking it and backing up the current state (the answer's
   * `replaced`). Every session ends: the user signs in again, to the restored database.
   */
  'backup.restore': method('school.admin', z.object({ name: backupNameSchema }), z.object({ restored: backupSchema, replaced: backupSchema })),
};
