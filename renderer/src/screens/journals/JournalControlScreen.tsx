import { useMemo, useState } from 'react';
import { scopesOf } from '../../../../core/auth/permissions';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { todayIso } from '../../format/dates';
import { useAcademicYears } from '../academic/use-academic-years';
import { AttendanceReport } from './AttendanceReport';
import { CompletenessReport } from './CompletenessReport';
import { SchoolGradesReport } from './SchoolGradesReport';
import { useSession } from '../../state/session-store';
import '../../styles/journals.css';

/**
 * The administration's view over the journals (DESIGN §7): how complete each journal of a period is, where the period
 * is closed from, and a class's attendance. A class teacher sees their own class only: the backend answers nothing
 * else, so the class is chosen among the journals the user reaches.
 */
export function JournalControlScreen() {
  const { t } = useTranslation();
  const years = useAcademicYears();
  const currentYear = years.data?.find((y) => y.current) ?? years.data?.at(-1) ?? null;
  const yearId = currentYear?.id ?? null;
  const assignments = useCall('assignments.list', yearId ? { academicYearId: yearId } : null, [yearId]);
  const periods = useCall('periods.list', yearId ? { academicYearId: yearId } : null, [yearId]);
  const readsAll = useSession((s) => scopesOf(s.grants, 'journals.read').includes('all'));
  const [tab, setTab] = useState<'completeness' | 'grades' | 'attendance'>('completeness');
  const classes = useMemo(() => {
    const byId = new Map<string, { id: string; label: string; grade: number }>();
    for (const a of assignments.data?.assignments ?? []) byId.set(a.classId, { id: a.classId, label: a.classLabel, grade: a.grade });
    return [...byId.values()].sort((a, b) => a.grade - b.grade || a.label.localeCompare(b.label, 'uk'));
  }, [assignments.data]);
  const failed = [years, assignments, periods].find((c) => c.error);
  if (failed?.error) return <CallErrorBanner error={failed.error} onRetry={failed.reload} />;
  const today = todayIso();
  const periodList = periods.data?.periods ?? null;
  const current = periodList?.find((p) => p.start <= today && today <= p.end) ?? periodList?.at(-1) ?? null;

  return (
    <div className="page-pad jr-page" data-testid="journal-control">
      <h1 className="page-title">{t('journalControl.title')}</h1>
      <p className="muted jr-intro">{t('journalControl.intro')}</p>
      <div className="jr-tabs jr-tabs--control" role="group" aria-label={t('journalControl.title')}>
        {(readsAll ? (['completeness', 'grades', 'attendance'] as const) : (['completeness', 'attendance'] as const)).map((key) => (
          <button key={key} type="button" className="button button--small" aria-pressed={tab === key} onClick={() => setTab(key)} data-testid={`control-tab-${key}`}>
            {t(`journalControl.tabs.${key}`)}
          </button>
        ))}
      </div>
      {!periodList || !assignments.data || !current ? (
        <p className="muted">{t('journalControl.loading')}</p>
      ) : tab === 'completeness' ? (
        <CompletenessReport periods={periodList} initialPeriodId={current.id} assignments={assignments.data.assignments} classes={classes} onClosed={periods.reload} />
      ) : tab === 'grades' ? (
        <SchoolGradesReport periods={periodList} initialPeriodId={current.id} />
      ) : (
        <AttendanceReport periods={periodList} initialPeriodId={current.id} classes={classes} />
      )}
    </div>
  );
}
