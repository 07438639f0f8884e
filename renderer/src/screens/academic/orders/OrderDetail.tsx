import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueMessage } from '../../../../../core/rules/messages';
import { api } from '../../../api/api';
import { useCall } from '../../../api/use-call';
import { CallErrorBanner } from '../../../components/CallErrorBanner';
import { PrintButton } from '../../../components/PrintButton';
import { showDate } from '../../../format/dates';
import { currentLanguage } from '../../../i18n/i18n';
import { useNavigation } from '../../../state/navigation-store';
import { useCan } from '../../../state/use-can';
import { basisText } from './basis-text';
import { RevokeOrderDialog } from './RevokeOrderDialog';
import '../../../styles/academic.css';

/** One order: its number, date and kind, the late-entry warning, and every student it moves. */
export function OrderDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const { data, error, reload } = useCall('orders.get', { id }, [id]);
  const order = data?.order ?? null;
  const canRevoke = useCan('orders.revoke');
  const [revoking, setRevoking] = useState(false);
  const revocable = order !== null && order.kind !== 'revoke' && order.yearEndOf === null && order.revokedBy === null;

  const leaves = order?.kind === 'withdraw' || order?.kind === 'graduate';
  // A revocation names only the students whose movement it cancels.
  const moves = order?.kind !== 'revoke';

  return (
    <div className="page-pad ac-page" data-testid="order-detail">
      <button type="button" className="button button--quiet button--small ac-back" onClick={() => navigate({ screen: 'orders' })}>
        ← {t('academic.order.back')}
      </button>
      {error && <CallErrorBanner error={error} onRetry={reload} />}
      {!order && !error && <p className="muted">{t('academic.common.loading')}</p>}
      {order && (
        <>
          <div className="ac-title-row">
            <h1 className="page-title">{t('academic.order.title', { number: order.number, date: showDate(order.date) })}</h1>
            <PrintButton request={() => api.call('print.order', { id })} testId="order-print" />
            {canRevoke && revocable && (
              <button type="button" className="button button--danger" onClick={() => setRevoking(true)} data-testid="order-revoke">
                {t('academic.order.revoke')}
              </button>
            )}
          </div>
          {order.revokedBy && (
            <p className="banner banner--warning" data-testid="order-revoked">
              {t('academic.order.revokedBy', { number: order.revokedBy.number, date: showDate(order.revokedBy.date) })}{' '}
              <button type="button" className="ac-link" onClick={() => order.revokedBy && navigate({ screen: 'order', id: order.revokedBy.id })}>
                {t('academic.order.openRevocation')}
              </button>
            </p>
          )}
          {order.revokes && (
            <p className="banner banner--info">
              {t('academic.order.revokes', { number: order.revokes.number, date: showDate(order.revokes.date) })}{' '}
              <button type="button" className="ac-link" onClick={() => order.revokes && navigate({ screen: 'order', id: order.revokes.id })}>
                {t('academic.order.openRevoked')}
              </button>
            </p>
          )}
          <dl className="ac-facts">
            <div>
              <dt>{t('academic.order.kind')}</dt>
              <dd data-testid="order-kind">{t(`academic.orders.kinds.${order.kind}`)}</dd>
            </div>
            <div>
              <dt>{t('academic.order.year')}</dt>
              <dd>{order.academicYear}</dd>
            </div>
            <div>
              <dt>{t('academic.order.enteredOn')}</dt>
              <dd>{showDate(order.enteredOn)}</dd>
            </div>
            <div>
              <dt>{t('academic.basis.kind')}</dt>
              <dd data-testid="order-basis-text">{basisText(t, order.basis)}</dd>
            </div>
          </dl>
          {order.yearEndOf && <p className="banner banner--info">{t('academic.order.yearEndOf', { year: order.yearEndOf })}</p>}
          {order.warnings.map((w, i) => (
            <p key={`${w.code}-${i}`} className="field-issue field-issue--warning ac-warning" data-issue-code={w.code}>
              <span className="field-issue__mark" aria-hidden="true">
                !
              </span>
              {issueMessage(w, currentLanguage())}
            </p>
          ))}
          <h2 className="ac-section-title">{t('academic.order.itemsTitle', { count: order.items.length })}</h2>
          <table className="data-table" aria-label={t('academic.order.itemsLabel')} data-testid="order-items">
            <thead>
              <tr>
                <th scope="col" className="data-table__num">
                  {t('academic.common.number')}
                </th>
                <th scope="col">{t('academic.common.student')}</th>
                {moves && <th scope="col">{t('academic.order.fromClass')}</th>}
                {moves && !leaves && <th scope="col">{t('academic.order.toClass')}</th>}
                {leaves && <th scope="col">{t('academic.order.reason')}</th>}
                {leaves && <th scope="col">{t('academic.order.destination')}</th>}
              </tr>
            </thead>
            <tbody>
              {order.items.map((item, i) => (
                <tr key={item.studentId} data-student-id={item.studentId}>
                  <td className="data-table__num">{i + 1}</td>
                  <th scope="row" className="data-table__name">
                    <button type="button" className="ac-link" onClick={() => navigate({ screen: 'student', id: item.studentId })}>
                      {item.studentName}
                    </button>
                  </th>
                  {moves && <td>{item.fromClass ?? t('common.empty')}</td>}
                  {moves && !leaves && <td>{item.toClass ?? t('common.empty')}</td>}
                  {leaves && <td>{item.reason ? t(`academic.orders.reasons.${item.reason}`) : t('common.empty')}</td>}
                  {leaves && <td>{item.destinationSchool ?? t('common.empty')}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {revoking && order && (
        <RevokeOrderDialog
          order={order}
          onCancel={() => setRevoking(false)}
          onRevoked={(revocation) => {
            setRevoking(false);
            navigate({ screen: 'order', id: revocation.id });
          }}
        />
      )}
    </div>
  );
}
