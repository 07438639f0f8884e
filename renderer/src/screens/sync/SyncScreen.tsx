import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { useCan } from '../../state/use-can';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { filterCounts } from './report-view';
import { SyncConflicts } from './SyncConflicts';
import { SyncNotConfigured } from './SyncNotConfigured';
import { SyncReportTable } from './SyncReportTable';
import { SyncResultSummary } from './SyncResultSummary';
import { SyncRunPanel } from './SyncRunPanel';
import { useSyncStore } from './sync-store';
import { useSyncConfigured } from './use-sync-configured';
import '../../styles/sync.css';

/** Sync all, its progress, the last result with the registry report, and the conflicts waiting for a decision. */
export function SyncScreen() {
  const { t } = useTranslation();
  const status = useSyncStore((s) => s.status);
  const running = useSyncStore((s) => s.running);
  const callError = useSyncStore((s) => s.callError);
  const finishedRuns = useSyncStore((s) => s.finishedRuns);
  const refresh = useSyncStore((s) => s.refresh);
  const start = useSyncStore((s) => s.start);
  const filter = useSyncStore((s) => s.filter);
  const setFilter = useSyncStore((s) => s.setFilter);
  const { configured, canConfigure } = useSyncConfigured();
  // The report and the conflicts show cards: only for those who read every card (a teacher or the administrator runs Sync all without them).
  const readsCards = useCan('sync.report');
  const report = useCall('sync.report', readsCards ? { status: 'all' } : null, [finishedRuns, readsCards]);
  const conflicts = useCall('sync.conflicts', readsCards ? {} : null, [finishedRuns, readsCards]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const cards = report.data?.cards ?? null;
  const counts = useMemo(() => filterCounts(cards ?? []), [cards]);

  return (
    <div className="page-pad sync-page" data-testid="sync-screen">
      <h1 className="page-title">{t('sync.title')}</h1>
      <p className="muted sync-page__intro">{t('sync.intro')}</p>
      {configured === false ? (
        <SyncNotConfigured canConfigure={canConfigure} />
      ) : (
        <SyncRunPanel status={status} running={running} callError={callError} onStart={() => void start()} />
      )}
      {conflicts.error && <CallErrorBanner error={conflicts.error} onRetry={conflicts.reload} />}
      {readsCards && (
        <SyncConflicts
          conflicts={conflicts.data?.conflicts ?? []}
          onResolved={() => {
            conflicts.reload();
            void refresh();
          }}
        />
      )}
      <SyncResultSummary result={status?.lastResult ?? null} counts={readsCards ? counts : null} filter={filter} onFilter={setFilter} />
      {report.error && <CallErrorBanner error={report.error} onRetry={report.reload} />}
      {readsCards && (cards || !report.error) && <SyncReportTable cards={cards} filter={filter} onFilter={setFilter} />}
    </div>
  );
}
