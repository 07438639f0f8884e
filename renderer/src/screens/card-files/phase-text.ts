import type { TFunction } from 'i18next';
import type { ProgressEvent } from '../../../../core/api/progress';

const phases = ['reading', 'checking', 'backup', 'saving', 'writing', 'done', 'failed'] as const;

/** A card file job's phase in words, with its counts. */
export function phaseText(t: TFunction, progress: ProgressEvent | null): string {
  const phase = phases.find((p) => p === progress?.phase) ?? 'starting';
  return t(`cardFiles.phase.${phase}`, { done: progress?.done ?? 0, total: progress?.total ?? 0 });
}
