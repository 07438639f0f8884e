import type { SyncProgress } from '../../../../core/api/sync-api';

/**
 * How full the progress bar is, 0…1, or null when the amount of work is not known: the pull phase has no total (the
 * server says only whether there is `more`), and a push with nothing counted yet has none either.
 */
export function progressFraction(progress: SyncProgress | null): number | null {
  if (!progress) return null;
  if (progress.phase === 'done') return 1;
  if (progress.phase === 'pull' || progress.toSend <= 0) return null;
  return Math.min(1, Math.max(0, progress.sent / progress.toSend));
}

/** The same as a whole percentage for people to read; null while the bar is indeterminate. */
export function progressPercent(progress: SyncProgress | null): number | null {
  const fraction = progressFraction(progress);
  return fraction === null ? null : Math.floor(fraction * 100);
}
