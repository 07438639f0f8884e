import { backupKindSchema, type BackupKind } from '../../../core/api/backup-api';

/** `manual`, `2025-11-20 10:15:30`, 2 → `manual-2025-11-20_10-15-30-2.sqlite` (the counter only when a second one falls in the same second). */
export function backupFileName(kind: BackupKind, stamp: string, counter = 1): string {
  const [date, time] = stamp.split(' ');
  return `${kind}-${date}_${(time ?? '').replace(/:/g, '-')}${counter > 1 ? `-${counter}` : ''}.sqlite`;
}

const namePattern = /^([a-z-]+)-(\d{4}-\d{2}-\d{2})_(\d{2})-(\d{2})-(\d{2})(?:-\d{1,3})?\.sqlite$/;

/** The kind and local time a backup's name tells; null for any other file in the folder. */
export function parseBackupFileName(name: string): { kind: BackupKind; madeAt: string } | null {
  const match = namePattern.exec(name);
  if (!match) return null;
  const kind = backupKindSchema.safeParse(match[1]);
  if (!kind.success) return null;
  return { kind: kind.data, madeAt: `${match[2]} ${match[3]}:${match[4]}:${match[5]}` };
}
