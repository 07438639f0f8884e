import type { ReactNode } from 'react';
import type { ProgressEvent } from '../../../core/api/progress';
import { progressPercent } from '../state/progress-store';
import '../styles/sync.css';

interface JobProgressBarProps {
  progress: ProgressEvent | null;
  label: string;
  /** The phase in words. */
  text: ReactNode;
  note: string;
  testId: string;
  className?: string;
  /** Announce the text as a live region; off where the counts change every few hundred milliseconds. */
  announce?: boolean;
}

/** A long job's bar, its phase in words and its percent; without a known size the bar is indeterminate. */
export function JobProgressBar({ progress, label, text, note, testId, className, announce = false }: JobProgressBarProps) {
  const percent = progressPercent(progress);
  return (
    <div className={className ? `sync-progress ${className}` : 'sync-progress'} data-testid={testId} data-phase={progress?.phase ?? 'starting'}>
      <progress className="sync-progress__bar" aria-label={label} max={100} {...(percent === null ? {} : { value: percent })} />
      <div className="sync-progress__text" role={announce ? 'status' : undefined}>
        {text}
        {percent !== null && <span className="sync-progress__percent"> · {percent}%</span>}
      </div>
      <p className="muted sync-progress__note">{note}</p>
    </div>
  );
}
