import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { todayIso } from '../../format/dates';
import { useAcademicYears } from '../academic/use-academic-years';
import { JournalGrid } from './JournalGrid';
import '../../styles/journals.css';

/** The class journals: pick an assignment (class × subject) and a month, then work in its grid. */
export function JournalsScreen() {
  const { t } = useTranslation();
  const years = useAcademicYears();
  const currentYear = years.data?.find((y) => y.current) ?? years.data?.at(-1) ?? null;
  const assignments = useCall('assignments.list', currentYear ? { academicYearId: currentYear.id } : null, [currentYear?.id]);
  const list = assignments.data?.assignments ?? null;
  const [assignmentId, setAssignmentId] = useState<string | null>(null);
  const [month, setMonth] = useState(() => todayIso().slice(0, 7));

  useEffect(() => {
    if (list && list.length > 0 && !list.some((a) => a.id === assignmentId)) setAssignmentId(list[0]!.id);
  }, [list, assignmentId]);

  const error = years.error ?? assignments.error;
  if (error) return <CallErrorBanner error={error} onRetry={years.error ? years.reload : assignments.reload} />;

  return (
    <div className="page-pad jr-page" data-testid="journals">
      <h1 className="page-title">{t('journals.title')}</h1>
      <p className="muted jr-intro">{t('journals.intro')}</p>
      {!list ? (
        <p className="muted">{t('journals.loading')}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('journals.noAssignments')}</p>
      ) : (
        <>
          <div className="toolbar">
            <label className="toolbar__filter">
              <span className="toolbar__label">{t('journals.journal')}</span>
              <select className="input" value={assignmentId ?? ''} onChange={(e) => setAssignmentId(e.target.value)} data-testid="journal-pick">
                {list.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.classLabel} · {a.subjectName}
                    {a.groupLabel ? ` (${a.groupLabel})` : ''} · {a.teacherName}
                  </option>
                ))}
              </select>
            </label>
            <label className="toolbar__filter">
              <span className="toolbar__label">{t('journals.month')}</span>
              <input type="month" className="input" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} data-testid="journal-month" />
            </label>
          </div>
          {assignmentId && <JournalGrid key={`${assignmentId}-${month}`} assignmentId={assignmentId} month={month} />}
        </>
      )}
    </div>
  );
}
