import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { showDate } from '../../format/dates';
import { useNavigation } from '../../state/navigation-store';

/** The card's class history: every class the student was in, when, and the order that moved them. */
export function StudentClassHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const { data, error, reload } = useCall('students.classHistory', { id }, [id]);
  const entries = data?.entries;

  if (error) return <CallErrorBanner error={error} onRetry={reload} />;
  if (!entries || entries.length === 0) return null;
  return (
    <section className="class-history" aria-labelledby="class-history-title" data-testid="class-history">
      <h3 className="subheading" id="class-history-title">
        {t('editor.classHistory')}
      </h3>
      <table className="history-table">
        <thead>
          <tr>
            <th scope="col">{t('editor.classHistoryYear')}</th>
            <th scope="col">{t('columns.class')}</th>
            <th scope="col">{t('editor.classHistoryFrom')}</th>
            <th scope="col">{t('editor.classHistoryTo')}</th>
            <th scope="col">{t('editor.classHistoryReason')}</th>
            <th scope="col">{t('editor.classHistoryOrder')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.enrollmentId}>
              <td>{e.academicYear}</td>
              <td>{e.classLabel}</td>
              <td>{showDate(e.from)}</td>
              <td>{e.to ? showDate(e.to) : '—'}</td>
              <td>{e.reason ? t(`academic.classPage.reasons.${e.reason}`) : '—'}</td>
              <td>
                {e.order ? (
                  <button type="button" className="button button--quiet button--small" onClick={() => navigate({ screen: 'order', id: e.order?.id ?? '' })}>
                    {t('editor.classHistoryOrderLink', { number: e.order.number, date: showDate(e.order.date) })}
                  </button>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('editor.classHistoryNote')}</p>
    </section>
  );
}
