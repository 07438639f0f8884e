import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../core/api/contract';
import { showDate } from '../../../format/dates';
import { useNavigation } from '../../../state/navigation-store';
import { isLate, studentsSummary } from './order-view';

type ListedOrder = MethodOutput<'orders.list'>['orders'][number];

/** Orders as a register: number (opens the order), date with the late-entry mark, kind, and the students it moves. */
export function OrdersTable({ orders }: { orders: ListedOrder[] }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  return (
    <table className="data-table" aria-label={t('academic.orders.tableLabel')} data-testid="orders-table">
      <thead>
        <tr>
          <th scope="col" className="data-table__num">
            {t('academic.orders.number')}
          </th>
          <th scope="col">{t('academic.orders.date')}</th>
          <th scope="col">{t('academic.orders.kind')}</th>
          <th scope="col">{t('academic.orders.students')}</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((o) => {
          const { names, more } = studentsSummary(o.items);
          return (
            <tr key={o.id} data-order-id={o.id} data-kind={o.kind}>
              <th scope="row" className="data-table__num">
                <button type="button" className="ac-link" onClick={() => navigate({ screen: 'order', id: o.id })}>
                  {o.number}
                </button>
              </th>
              <td>
                {showDate(o.date)}
                {isLate(o) && (
                  <span className="badge badge--warning ac-late">
                    <span className="badge__mark" aria-hidden="true">
                      !
                    </span>
                    {t('academic.orders.late')}
                  </span>
                )}
              </td>
              <td>
                {t(`academic.orders.kinds.${o.kind}`)}
                {o.yearEndOf && <span className="data-table__sub">{t('academic.orders.yearEnd', { year: o.yearEndOf })}</span>}
                {o.revokedBy && (
                  <span className="data-table__sub" data-revoked>
                    {t('academic.orders.revokedBy', { number: o.revokedBy.number })}
                  </span>
                )}
              </td>
              <td>
                {names.join(', ')}
                {more > 0 && <span className="muted"> {t('academic.orders.more', { count: more })}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
