import { useTranslation } from 'react-i18next';
import type { RenumberedOrder } from '../../../../core/api/sync-api';
import { showDate } from '../../format/dates';
import { useNavigation } from '../../state/navigation-store';

/**
 * Orders of this PC that took another number in the last Sync all (another office PC had given theirs first). They
 * were printed under the old number, so the office is asked to print them again.
 */
export function RenumberedOrders({ orders }: { orders: readonly RenumberedOrder[] }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  if (orders.length === 0) return null;
  return (
    <div className="banner banner--warning" role="status" data-testid="renumbered-orders">
      <p>{t('sync.renumbered.intro', { count: orders.length })}</p>
      <ul>
        {orders.map((o) => (
          <li key={o.id}>
            <button type="button" className="ac-link" onClick={() => navigate({ screen: 'order', id: o.id })}>
              {t('sync.renumbered.item', { from: o.from, to: o.to, date: showDate(o.date), kind: t(`academic.orders.kinds.${o.kind}`) })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
