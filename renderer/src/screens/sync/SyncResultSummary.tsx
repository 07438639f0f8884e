import { useTranslation } from 'react-i18next';
import type { SyncResult } from '../../../../core/api/sync-api';
import { showTimestamp } from '../../format/dates';
import { RenumberedOrders } from './RenumberedOrders';
import { reportFilters, type ReportFilter } from './report-view';

const marks: Record<ReportFilter, string> = { attention: '●', verified: '✓', warning: '!', error: '✕', pending: '…' };

/**
 * When the last run ended and what it did, and the report's counts as coloured badges that filter the table; the
 * badges only for those who read the report (a teacher runs Sync all without seeing cards: counts of nothing mislead).
 */
export function SyncResultSummary({
  result,
  counts,
  filter,
  onFilter,
}: {
  result: SyncResult | null;
  counts: Record<ReportFilter, number> | null;
  filter: ReportFilter;
  onFilter(filter: ReportFilter): void;
}) {
  const { t } = useTranslation();
  return (
    <section className="sync-result panel" aria-labelledby="sync-result-title" data-testid="sync-result">
      <h2 id="sync-result-title" className="panel__title">
        {t('sync.result.title')}
      </h2>
      {result ? (
        <ul className="sync-result__facts">
          <li data-fact="finishedAt">{t('sync.result.finishedAt', { when: showTimestamp(result.finishedAt) })}</li>
          <li data-fact="sent">{t('sync.result.sent', { count: result.sent })}</li>
          <li data-fact="received">{t('sync.result.received', { count: result.received })}</li>
          {result.rejected > 0 && <li data-fact="rejected">{t('sync.result.rejected', { count: result.rejected })}</li>}
          {result.conflicts > 0 && <li data-fact="conflicts">{t('sync.result.conflicts', { count: result.conflicts })}</li>}
          {result.waiting > 0 && <li data-fact="waiting">{t('sync.waiting', { count: result.waiting })}</li>}
          {result.closedPeriodRefusals > 0 && <li data-fact="closed-period">{t('sync.closedPeriodRefusals', { count: result.closedPeriodRefusals })}</li>}
        </ul>
      ) : (
        <p className="muted">{t('sync.result.never')}</p>
      )}
      {result && <RenumberedOrders orders={result.renumberedOrders} />}
      {counts && (
        <>
          <div className="sync-filters" role="group" aria-label={t('sync.report.statusFilter')}>
            {reportFilters.map((f) => (
              <button
                key={f}
                type="button"
                className={`sync-filter sync-filter--${f}`}
                aria-pressed={filter === f}
                onClick={() => onFilter(f)}
                data-filter={f}
              >
                <span className="sync-filter__mark" aria-hidden="true">
                  {marks[f]}
                </span>
                <span className="sync-filter__label">{t(`sync.registryStatus.${f}`)}</span>
                <span className="sync-filter__count">{counts[f]}</span>
              </button>
            ))}
          </div>
          <p className="muted sync-result__hint">{t('sync.result.filterHint')}</p>
        </>
      )}
    </section>
  );
}
