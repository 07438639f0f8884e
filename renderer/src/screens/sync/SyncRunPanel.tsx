import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../core/api/contract';
import type { ProgressEvent } from '../../../../core/api/progress';
import type { CallError } from '../../api/client';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { JobProgressBar } from '../../components/JobProgressBar';
import { useProgress } from '../../state/progress-store';
import { useCan } from '../../state/use-can';

type SyncStatus = MethodOutput<'sync.status'>;

/** `sync.start`'s phases: `push` counts the changes sent of those to send, `pull` those received (no total). */
function ProgressText({ progress }: { progress: ProgressEvent | null }) {
  const { t } = useTranslation();
  if (progress?.phase === 'push') return <>{t('sync.progress.push', { sent: progress.done, toSend: progress.total })}</>;
  if (progress?.phase === 'pull') return <>{t('sync.progress.pull', { received: progress.done })}</>;
  if (progress?.phase === 'done') return <>{t('sync.progress.done')}</>;
  return <>{t('sync.progress.starting')}</>;
}

const announcedPhases = ['push', 'pull', 'done'] as const;

function showConflicts() {
  const section = document.getElementById('sync-conflicts');
  section?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  section?.focus({ preventScroll: true });
}

interface SyncRunPanelProps {
  status: SyncStatus | null;
  running: boolean;
  callError: CallError | null;
  onStart(): void;
}

/** The big button, what is waiting to be sent, and while a run lasts its progress bar with phase and counts. */
export function SyncRunPanel({ status, running, callError, onStart }: SyncRunPanelProps) {
  const { t } = useTranslation();
  const progress = useProgress('sync.start');
  const canStart = useCan('sync.start');
  const announced = announcedPhases.find((p) => p === progress?.phase);
  // A failed call of the page and a run that stopped early are told the same way: in plain words, nothing lost.
  const error = callError ?? (running ? null : (status?.error ?? null));

  return (
    <section className="sync-run panel" aria-labelledby="sync-run-title" data-testid="sync-run">
      <h2 id="sync-run-title" className="visually-hidden">
        {t('sync.run.start')}
      </h2>
      <div className="sync-run__row">
        {canStart && (
          <button
            type="button"
            className="button button--primary sync-run__button"
            onClick={onStart}
            disabled={running || status === null}
            aria-describedby="sync-run-counts"
            data-testid="sync-all"
          >
            {running ? t('sync.run.running') : t('sync.run.start')}
          </button>
        )}
        <ul className="sync-run__counts" id="sync-run-counts">
          <li data-count="unsent">{t('sync.run.unsent', { count: status?.unsent ?? 0 })}</li>
          {(status?.conflicts ?? 0) > 0 && (
            <li data-count="conflicts">
              <button type="button" className="sync-run__conflicts" onClick={showConflicts}>
                {t('sync.run.conflicts', { count: status?.conflicts ?? 0 })}
              </button>
            </li>
          )}
        </ul>
      </div>
      {running && (
        <JobProgressBar progress={progress} label={t('sync.progress.label')} text={<ProgressText progress={progress} />} note={t('sync.run.keys')} testId="sync-progress" />
      )}
      {/* Outside the bar, so the end of a run is announced too. */}
      <div className="visually-hidden" role="status">
        {announced && (running || announced === 'done') ? t(`sync.progress.phase.${announced}`) : ''}
      </div>
      {error && <CallErrorBanner error={error} title={`${t('sync.run.failed')}:`} />}
    </section>
  );
}
