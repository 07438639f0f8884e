import { useTranslation } from 'react-i18next';
import type { YearEndProgress } from '../../../../../core/api/yearend-api';
import '../../../styles/sync.css';

/** Whole percent of the backup's pages; null (an indeterminate bar) when the phase has no count of its own. */
function backupPercent(progress: YearEndProgress | null): number | null {
  if (progress?.phase !== 'backup' || progress.pagesTotal <= 0) return null;
  return Math.floor((Math.min(progress.pagesCopied, progress.pagesTotal) / progress.pagesTotal) * 100);
}

/** While `yearEnd.apply` runs: the phase in words and a bar, the same bar as Sync all's. */
export function YearEndProgressBar({ progress }: { progress: YearEndProgress | null }) {
  const { t } = useTranslation();
  const percent = backupPercent(progress);
  const phase = progress?.phase ?? 'starting';
  return (
    <div className="sync-progress ye-progress" data-testid="ye-applying" data-phase={phase}>
      <progress className="sync-progress__bar" aria-label={t('academic.yearEnd.progress.label')} max={100} {...(percent === null ? {} : { value: percent })} />
      <div className="sync-progress__text" role="status">
        {t(`academic.yearEnd.progress.${phase}`)}
        {percent !== null && <span className="sync-progress__percent"> · {percent}%</span>}
      </div>
      <p className="muted sync-progress__note">{t('academic.yearEnd.applying')}</p>
    </div>
  );
}
