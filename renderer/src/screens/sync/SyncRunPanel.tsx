import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../core/api/contract';
import type { CallError } from '../../api/client';
import { progressPercent } from './sync-progress';

type SyncStatus = MethodOutput<'sync.status'>;

function ProgressText({ progress }: { progress: SyncStatus['progress'] }) {
  const { t } = useTranslation();
  if (!progress) return <>{t('sync.progress.starting')}</>;
  if (progress.phase === 'push') return <>{t('sync.progress.push', { sent: progress.sent, toSend: progress.toSend })}</>;
  if (progress.phase === 'pull') return <>{t('sync.progress.pull', { received: progress.received })}</>;
  return <>{t('sync.progress.done')}</>;
}

function showConflicts() {
  const section = document.getElementById('sync-conflicts');
  section?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  section?.focus({ preventScroll: true });
}

/** The big button, what is waiting to be sent, and while a run lasts its progress bar with phase and counts. */
export function SyncRunPanel({ status, callError, onStart }: { status: SyncStatus | null; callError: CallError | null; onStart(): void }) {
  const { t } = useTranslation();
  const running = status?.running ?? false;
  const percent = running ? progressPercent(status?.progress ?? null) : null;
  // A failed call of the page and a run that stopped early are told the same way: in plain words, nothing lost.
  const error = callError ?? (running ? null : (status?.error ?? null));

  return (
    <section className="sync-run panel" aria-labelledby="sync-run-title" data-testid="sync-run">
      <h2 id="sync-run-title" className="visually-hidden">
        {t('sync.run.start')}
      </h2>
      <div className="sync-run__row">
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
        <div className="sync-progress" data-testid="sync-progress" data-phase={status?.progress?.phase ?? 'starting'}>
          <progress
            className="sync-progress__bar"
            aria-label={t('sync.progress.label')}
            max={100}
            // Without a value the bar is indeterminate: the pull phase has no known total.
            {...(percent === null ? {} : { value: percent })}
          />
          {/* Not a live region: the counts change every few hundred milliseconds; only the phase is announced. */}
          <div className="sync-progress__text">
            <ProgressText progress={status?.progress ?? null} />
            {percent !== null && <span className="sync-progress__percent"> · {percent}%</span>}
          </div>
          <p className="muted sync-progress__note">{t('sync.run.keys')}</p>
        </div>
      )}
      {/* Outside the bar, so the end of a run is announced too (the backend keeps the last phase, `done`). */}
      <div className="visually-hidden" role="status">
        {status?.progress && (running || status.progress.phase === 'done') ? t(`sync.progress.phase.${status.progress.phase}`) : ''}
      </div>
      {error && (
        <div className="banner banner--error" role="alert" data-error-code={error.code}>
          <strong>{t('sync.run.failed')}: </strong>
          {t(`errors.${error.code}`, error.params ?? {})}
        </div>
      )}
    </section>
  );
}
