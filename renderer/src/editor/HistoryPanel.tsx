import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../api/use-call';
import { CallErrorBanner } from '../components/CallErrorBanner';
import { showTimestamp } from '../format/dates';
import { fieldLabel } from '../format/field-label';
import { fieldValueText } from '../format/field-value';

/** A card's audit trail: who changed what and when, field by field, newest first. */
export function HistoryPanel({ entity, id }: { entity: 'student' | 'staff'; id: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useCall('audit.history', { entity, id }, [entity, id]);
  const entries = useMemo(() => data && [...data.entries].sort((a, b) => b.seq - a.seq), [data]);

  if (error) return <CallErrorBanner error={error} onRetry={reload} />;
  if (!entries) return <p className="muted">{t('history.loading')}</p>;
  if (entries.length === 0) return <p className="muted">{t('history.empty')}</p>;

  const empty = t('common.empty');
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title" className="visually-hidden">
        {t('history.title')}
      </h2>
      <table className="history-table" data-testid="history-table">
        <thead>
          <tr>
            <th scope="col">{t('history.when')}</th>
            <th scope="col">{t('history.who')}</th>
            <th scope="col">{t('history.field')}</th>
            <th scope="col">{t('history.before')}</th>
            <th scope="col">{t('history.after')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const changes = entry.changes.length > 0 ? entry.changes : [null];
            return (
              <Fragment key={entry.seq}>
                {changes.map((change, i) => (
                  <tr key={i} className={i === 0 ? 'history-table__first' : undefined} data-audit-seq={entry.seq}>
                    {i === 0 && (
                      <>
                        <td rowSpan={changes.length} className="history-table__when">
                          {showTimestamp(entry.at)}
                          <div className="muted">{t(`history.${entry.action}`)}</div>
                        </td>
                        <td rowSpan={changes.length}>{entry.userName}</td>
                      </>
                    )}
                    {change ? (
                      <>
                        <td className="history-table__field" data-field-path={change.field}>
                          {fieldLabel(change.field)}
                        </td>
                        <td className="history-table__before">{fieldValueText(change.field, change.before) || empty}</td>
                        <td className="history-table__after">{fieldValueText(change.field, change.after) || empty}</td>
                      </>
                    ) : (
                      <td colSpan={3}>{empty}</td>
                    )}
                  </tr>
                ))}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
