import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportCard } from '../../../../core/api/sync-api';
import { issueMessage, sexInWords } from '../../../../core/rules/messages';
import type { Issue } from '../../../../core/schemas/issue';
import { fieldLabel } from '../../format/field-label';
import { todayIso } from '../../format/dates';
import { currentLanguage } from '../../i18n/i18n';
import { useNavigation } from '../../state/navigation-store';
import { RegistryBadge } from '../../components/RegistryBadge';
import { downloadWorkbook } from './report-export';
import { exportRows, orderedIssues, reportFilters, visibleCards, type ReportFilter } from './report-view';
import { useSyncStore } from './sync-store';

/** Above this many rows the table shows the first ones and asks for a narrower search; the export has them all. */
const shownRows = 500;

function IssueButton({ card, issue }: { card: ReportCard; issue: Issue }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const open = () =>
    navigate(
      card.type === 'student'
        ? { screen: 'student', id: card.cardId, focus: issue.field, back: { screen: 'sync' } }
        : { screen: 'staff', id: card.cardId, focus: issue.field, back: { screen: 'sync' } },
    );
  return (
    <button
      type="button"
      className={`issue-link issue-link--${issue.severity}`}
      onClick={open}
      title={t('sync.report.openIssue')}
      data-issue-code={issue.code}
      data-issue-field={issue.field}
    >
      <span className="issue-link__mark" aria-hidden="true">
        {issue.severity === 'error' ? '✕' : '!'}
      </span>
      <span className="visually-hidden">{t(`status.${issue.severity}`)}: </span>
      {issue.field && <span className="issue-link__field">{fieldLabel(issue.field)}: </span>}
      <span>{issueMessage(issue, currentLanguage())}</span>
    </button>
  );
}

/** The cards of the last report with their issues in plain words; a click on an issue opens the card at its field. */
export function SyncReportTable({
  cards,
  filter,
  onFilter,
}: {
  cards: ReportCard[] | null;
  filter: ReportFilter;
  onFilter(filter: ReportFilter): void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const search = useSyncStore((s) => s.search);
  const setSearch = useSyncStore((s) => s.setSearch);
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const visible = useMemo(() => visibleCards(cards ?? [], filter, search, (i) => issueMessage(i, lang)), [cards, filter, search, lang]);

  const exportReport = async () => {
    setExporting(true);
    setExportFailed(false);
    try {
      const rows = exportRows(visible, {
        status: (s) => t(`sync.registryStatus.${s}`),
        field: fieldLabel,
        // The registry value has a column of its own.
        problem: (issue) => issueMessage({ ...issue, registryValue: undefined }, lang),
        sex: (code) => sexInWords(code, lang),
      });
      const c = (k: 'name' | 'detail' | 'status' | 'field' | 'problem' | 'registryValue') => t(`sync.report.columns.${k}`);
      await downloadWorkbook(`${t('sync.report.fileName')}-${todayIso()}.xlsx`, t('sync.report.sheet'), [c('name'), c('detail'), c('status'), c('field'), c('problem'), c('registryValue')], rows);
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="sync-report" aria-labelledby="sync-report-title" data-testid="sync-report">
      <div className="sync-report__head">
        <h2 id="sync-report-title" className="sync-section-title">
          {t('sync.report.title')}
        </h2>
        <button type="button" className="button" onClick={() => void exportReport()} disabled={exporting || visible.length === 0} data-testid="sync-export">
          {exporting ? t('sync.report.exporting') : t('sync.report.export')}
        </button>
      </div>
      <div className="sync-report__tools">
        <label className="field sync-report__search">
          <span className="field__label">{t('sync.report.search')}</span>
          <input
            type="search"
            className="input input--search"
            value={search}
            placeholder={t('sync.report.searchPlaceholder')}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="sync-search"
          />
        </label>
        <label className="field sync-report__status">
          <span className="field__label">{t('sync.report.statusFilter')}</span>
          <select className="input input--select" value={filter} onChange={(e) => onFilter(e.target.value as ReportFilter)} data-testid="sync-status-filter">
            {reportFilters.map((f) => (
              <option key={f} value={f}>
                {t(`sync.registryStatus.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted sync-report__count" role="status">
          {t('sync.report.rows', { count: visible.length })}
        </span>
      </div>
      {exportFailed && (
        <div className="banner banner--error" role="alert">
          {t('sync.report.exportFailed')}
        </div>
      )}
      {cards === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : cards.length === 0 ? (
        <p className="muted sync-report__empty">{t('sync.report.noReport')}</p>
      ) : visible.length === 0 ? (
        <p className="muted sync-report__empty">{search || filter !== 'attention' ? t('sync.report.emptyFiltered') : t('sync.report.empty')}</p>
      ) : (
        <table className="data-table sync-table">
          <thead>
            <tr>
              <th scope="col">{t('sync.report.name')}</th>
              <th scope="col">{t('sync.report.detail')}</th>
              <th scope="col">{t('sync.report.status')}</th>
              <th scope="col">{t('sync.report.issues')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.slice(0, shownRows).map((card) => (
              <tr key={`${card.type}-${card.cardId}`} data-card-id={card.cardId} data-status={card.status}>
                <th scope="row" className="sync-table__name">
                  {card.name}
                  <span className="sync-table__type">{t(`sync.report.${card.type}`)}</span>
                </th>
                <td>{card.detail ?? t('common.empty')}</td>
                <td>
                  <RegistryBadge status={card.status} />
                </td>
                <td>
                  {card.issues.length > 0 ? (
                    <ul className="sync-table__issues">
                      {orderedIssues(card.issues).map((issue, i) => (
                        <li key={`${issue.code}-${issue.field ?? ''}-${i}`}>
                          <IssueButton card={card} issue={issue} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="muted">{card.status === 'pending' ? t('sync.report.pendingNote') : t('sync.report.noIssues')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {visible.length > shownRows && <p className="muted sync-report__more">{t('sync.report.truncated', { shown: shownRows, count: visible.length })}</p>}
    </section>
  );
}
