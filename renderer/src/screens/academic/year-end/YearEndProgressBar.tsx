import { useTranslation } from 'react-i18next';
import { JobProgressBar } from '../../../components/JobProgressBar';
import { useProgress } from '../../../state/progress-store';

const phases = ['backup', 'checking', 'transition', 'done', 'failed'] as const;

/** While `yearEnd.apply` runs: the phase in words and a bar (the backup's pages), the same bar as Sync all's. */
export function YearEndProgressBar() {
  const { t } = useTranslation();
  const progress = useProgress('yearEnd.apply');
  const phase = phases.find((p) => p === progress?.phase) ?? 'starting';
  return (
    <JobProgressBar
      progress={progress}
      label={t('academic.yearEnd.progress.label')}
      text={t(`academic.yearEnd.progress.${phase}`)}
      note={t('academic.yearEnd.applying')}
      testId="ye-applying"
      className="ye-progress"
      announce
    />
  );
}
