import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../core/api/contract';

type Counts = MethodOutput<'classes.get'>['counts'];

/** How many are in the class today: in all, boys and girls, and by age. */
export function ClassCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <section className="panel ac-counts" aria-labelledby="class-counts-title" data-testid="class-counts">
      <h2 id="class-counts-title" className="panel__title">
        {t('academic.classPage.countsTitle')}
      </h2>
      <dl className="ac-counts__list">
        <div>
          <dt>{t('academic.classPage.total')}</dt>
          <dd data-count="total">{counts.total}</dd>
        </div>
        <div>
          <dt>{t('academic.classPage.boys')}</dt>
          <dd data-count="M">{counts.bySex.M}</dd>
        </div>
        <div>
          <dt>{t('academic.classPage.girls')}</dt>
          <dd data-count="F">{counts.bySex.F}</dd>
        </div>
        {counts.bySex.unknown > 0 && (
          <div>
            <dt>{t('academic.classPage.sexUnknown')}</dt>
            <dd>{counts.bySex.unknown}</dd>
          </div>
        )}
      </dl>
      <p className="ac-counts__ages">
        <span className="field__label">{t('academic.classPage.byAge')}: </span>
        {counts.byAge
          .map((a) => `${a.age === null ? t('academic.classPage.ageUnknown') : t('academic.classPage.age', { age: a.age })} — ${a.count}`)
          .join('; ')}
      </p>
    </section>
  );
}
