import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../core/api/contract';
import { orderKindSchema } from '../../../../../core/academic/order';
import { useNavigation } from '../../../state/navigation-store';

type Applied = MethodOutput<'yearEnd.apply'>;

/** What the transition did: its orders and the classes of the new year, with the way to both. */
export function YearEndResult({ applied }: { applied: Applied }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const { run, plan } = applied;
  const kindText = (kind: string) => {
    const parsed = orderKindSchema.safeParse(kind);
    return parsed.success ? t(`academic.orders.kinds.${parsed.data}`) : kind;
  };
  const classes = [...plan.newClasses].sort((a, b) => a.grade - b.grade || a.label.localeCompare(b.label, 'uk'));
  return (
    <section className="panel ye-result" aria-labelledby="ye-result-title" data-testid="ye-result">
      <h2 id="ye-result-title" className="panel__title">
        {t('academic.yearEnd.resultTitle')}
      </h2>
      <div className="banner banner--success" role="status">
        {t('academic.yearEnd.resultBody', { year: run.closingYear, backup: run.backupPath })}
      </div>
      <h3 className="ac-subtitle">{t('academic.yearEnd.resultOrders')}</h3>
      <ul className="ye-result__orders" data-testid="ye-result-orders">
        {run.orders.map((o) => (
          <li key={o.id}>
            <button type="button" className="button button--quiet button--small" onClick={() => navigate({ screen: 'order', id: o.id })}>
              {t('academic.yearEnd.orderLine', { number: o.number, kind: kindText(o.kind), count: o.items })}
            </button>
          </li>
        ))}
      </ul>
      <h3 className="ac-subtitle">{t('academic.yearEnd.resultClasses', { count: classes.length })}</h3>
      <p className="ye-result__classes" data-testid="ye-result-classes">
        {classes.map((c) => c.label).join(', ')}
      </p>
      <div className="ac-toolbar">
        <button type="button" className="button button--primary" onClick={() => navigate({ screen: 'classes', yearId: plan.newYear.id })} data-testid="ye-open-classes">
          {t('academic.yearEnd.openClasses')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ screen: 'orders' })} data-testid="ye-open-orders">
          {t('academic.yearEnd.openOrders')}
        </button>
      </div>
    </section>
  );
}
