import { useTranslation } from 'react-i18next';
import type { YearEndRun } from '../../../../../core/api/yearend-api';
import { showTimestamp } from '../../../format/dates';

/**
 * The closing year's transition was made already: that is a state, not a failure, so it is told calmly (when, by whom,
 * and that it can be undone above until the next sync) rather than as a red error of a run that never happened.
 */
export function AlreadyRunNotice({ year, run }: { year: string; run: YearEndRun | null }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner--info" role="status" data-testid="ye-already-run">
      {run ? t('academic.yearEnd.alreadyRun', { year, when: showTimestamp(run.runAt), who: run.runBy }) : t('academic.yearEnd.alreadyRunElsewhere', { year })}
    </div>
  );
}
