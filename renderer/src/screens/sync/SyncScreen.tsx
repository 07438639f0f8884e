import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../core/api/contract';
import type { ReportCard } from '../../../../core/api/sync-api';
import { api } from '../../api/api';
import { CallError } from '../../api/client';
import { useNavigation } from '../../state/navigation-store';
import { filterCounts } from './report-view';
import { SyncConflicts } from './SyncConflicts';
import { SyncReportTable } from './SyncReportTable';
import { SyncResultSummary } from './SyncResultSummary';
import { SyncRunPanel } from './SyncRunPanel';
import { pollInterval, useSyncStore } from './sync-store';
import '../../styles/sync.css';

type Conflict = MethodOutput<'sync.conflicts'>['conflicts'][number];

/**
 * Whether sync is set up: known from the settings for those who may read them, and from a run or a start refused with
 * SYNC_NOT_CONFIGURED for everyone. `null`: not known (yet).
 */
function useConfigured(): { configured: boolean | null; canConfigure: boolean } {
  const [settings, setSettings] = useState<{ configured: boolean | null; canConfigure: boolean }>({ configured: null, canConfigure: true });
  const callError = useSyncStore((s) => s.callError);
  const runError = useSyncStore((s) => s.status?.error ?? null);
  useEffect(() => {
    let live = true;
    api.call('sync.settings', {}).then(
      (s) => live && setSettings({ configured: s.serverUrl !== null && s.tokenHint !== null, canConfigure: true }),
      (err: unknown) => live && setSettings({ configured: null, canConfigure: !(err instanceof CallError && err.code === 'FORBIDDEN') }),
    );
    return () => {
      live = false;
    };
  }, []);
  const refused = callError?.code === 'SYNC_NOT_CONFIGURED' || runError?.code === 'SYNC_NOT_CONFIGURED';
  return { configured: refused ? false : settings.configured, canConfigure: settings.canConfigure };
}

function NotConfigured({ canConfigure }: { canConfigure: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  return (
    <section className="panel sync-not-configured" aria-labelledby="sync-not-configured-title" data-testid="sync-not-configured">
      <h2 id="sync-not-configured-title" className="panel__title">
        {t('sync.notConfigured.title')}
      </h2>
      <p>{t('sync.notConfigured.body')}</p>
      {canConfigure ? (
        <button type="button" className="button button--primary" onClick={() => navigate({ screen: 'settings' })} data-testid="sync-open-settings">
          {t('sync.notConfigured.open')}
        </button>
      ) : (
        <p className="muted">{t('sync.notConfigured.askAdmin')}</p>
      )}
    </section>
  );
}

/** Sync all, its progress, the last result with the registry report, and the conflicts waiting for a decision. */
export function SyncScreen() {
  const { t } = useTranslation();
  const status = useSyncStore((s) => s.status);
  const callError = useSyncStore((s) => s.callError);
  const finishedRuns = useSyncStore((s) => s.finishedRuns);
  const refresh = useSyncStore((s) => s.refresh);
  const start = useSyncStore((s) => s.start);
  const { configured, canConfigure } = useConfigured();
  const [cards, setCards] = useState<ReportCard[] | null>(null);
  const [reportError, setReportError] = useState<CallError | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const filter = useSyncStore((s) => s.filter);
  const setFilter = useSyncStore((s) => s.setFilter);
  const running = status?.running ?? false;

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Polls while a run lasts; each answer schedules the next, so slow answers never pile up.
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => void refresh(), pollInterval);
    return () => clearTimeout(timer);
  }, [running, status, refresh]);

  const loadConflicts = useCallback(() => {
    api.call('sync.conflicts', {}).then(
      (r) => setConflicts(r.conflicts),
      () => undefined,
    );
  }, []);

  useEffect(() => {
    let live = true;
    api.call('sync.report', { status: 'all' }).then(
      (r) => live && (setCards(r.cards), setReportError(null)),
      (err: unknown) => live && setReportError(err instanceof CallError ? err : new CallError('INTERNAL')),
    );
    loadConflicts();
    return () => {
      live = false;
    };
  }, [finishedRuns, loadConflicts]);

  const counts = useMemo(() => filterCounts(cards ?? []), [cards]);

  return (
    <div className="page-pad sync-page" data-testid="sync-screen">
      <h1 className="page-title">{t('sync.title')}</h1>
      <p className="muted sync-page__intro">{t('sync.intro')}</p>
      {configured === false ? (
        <NotConfigured canConfigure={canConfigure} />
      ) : (
        <SyncRunPanel status={status} callError={callError} onStart={() => void start()} />
      )}
      <SyncConflicts
        conflicts={conflicts}
        onResolved={() => {
          loadConflicts();
          void refresh();
        }}
      />
      <SyncResultSummary result={status?.lastResult ?? null} counts={counts} filter={filter} onFilter={setFilter} />
      {reportError && (
        <div className="banner banner--error" role="alert">
          {t(`errors.${reportError.code}`, reportError.params ?? {})}
        </div>
      )}
      <SyncReportTable cards={reportError ? [] : cards} filter={filter} onFilter={setFilter} />
    </div>
  );
}
