import { useTranslation } from 'react-i18next';
import type { YearEndPlan } from '../../../../../core/yearend/year-end-plan';
import { showDate } from '../../../format/dates';
import type { SummaryKey } from './year-end-view';
import { planSummary } from './year-end-view';
import { periodName } from '../period-name';

const shown: readonly SummaryKey[] = ['promote', 'repeat', 'graduate', 'leave', 'transfer', 'not_carried', 'firstGraders', 'newClasses', 'orders'];

/** The transition in numbers: who moves how, what is created, and the orders it will number. */
export function YearEndPlanSummary({ plan }: { plan: YearEndPlan }) {
  const { t } = useTranslation();
  const counts = planSummary(plan);
  const { newYear } = plan;
  return (
    <section className="panel ye-summary" aria-labelledby="ye-summary-title" data-testid="ye-summary">
      <h2 id="ye-summary-title" className="panel__title">
        {t('academic.yearEnd.summaryTitle')}
      </h2>
      <p>
        {plan.createsYear
          ? t('academic.yearEnd.newYear', { label: newYear.label, start: showDate(newYear.start), end: showDate(newYear.end) })
          : t('academic.yearEnd.newYearExists', { label: newYear.label })}
      </p>
      {plan.newPeriods.length > 0 && (
        <p className="muted">{t('academic.yearEnd.periods', { names: plan.newPeriods.map((p) => `${periodName(t, p)} (${showDate(p.start)} – ${showDate(p.end)})`).join('; ') })}</p>
      )}
      <dl className="ye-summary__counts">
        {shown.map((key) => (
          <div key={key} className={`ye-summary__item${counts[key] === 0 ? ' ye-summary__item--zero' : ''}`} data-summary={key}>
            <dt>{t(`academic.yearEnd.summary.${key}`)}</dt>
            <dd>{counts[key]}</dd>
          </div>
        ))}
      </dl>
      <ul className="ye-summary__orders">
        {plan.orders.map((o) => (
          <li key={o.id}>{t('academic.yearEnd.ordersPlanned', { number: o.number, kind: t(`academic.orders.kinds.${o.kind}`), count: o.items.length })}</li>
        ))}
      </ul>
    </section>
  );
}
