import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { todayIso } from '../../format/dates';
import { useAcademicYears } from '../academic/use-academic-years';
import { useSession } from '../../state/session-store';
import { JournalGrid } from './JournalGrid';
import { JournalExcel } from './JournalExcel';
import { PeriodGrades } from './PeriodGrades';
import { YearGrades } from './YearGrades';
import '../../styles/journals.css';

/** The month of a period to open the grid at: today's while the period runs, else its last. */
function monthIn(period: { start: string; end: string } | undefined, today: string): string {
  if (!period || (period.start <= today && today <= period.end)) return today.slice(0, 7);
  return (today < period.start ? period.start : period.end).slice(0, 7);
}

/**
 * The class journals: pick an assignment (class × subject) and a month, then work in its grid; the period and year
 * grades and the journal in Excel beside it. `assignmentId` and `periodId` open a journal first (from the report).
 */
export function JournalsScreen({ assignmentId: initialAssignment, periodId: initialPeriod }: { assignmentId?: string | undefined; periodId?: string | undefined }) {
  const { t } = useTranslation();
  const years = useAcademicYears();
  const currentYear = years.data?.find((y) => y.current) ?? years.data?.at(-1) ?? null;
  const assignments = useCall('assignments.list', currentYear ? { academicYearId: currentYear.id } : null, [currentYear?.id]);
  const list = assignments.data?.assignments ?? null;
  const [assignmentId, setAssignmentId] = useState<string | null>(initialAssignment ?? null);
  const [month, setMonth] = useState(() => todayIso().slice(0, 7));
  const [view, setView] = useState<'marks' | 'grades' | 'year'>('marks');
  const periods = useCall('periods.list', currentYear ? { academicYearId: currentYear.id } : null, [currentYear?.id]);
  const [periodId, setPeriodId] = useState<string | null>(initialPeriod ?? null);
  /** Bumped after an Excel import, so the grid and the grades show what it saved. */
  const [excelRevision, setExcelRevision] = useState(0);
  const country = useSession((s) => s.school?.country) ?? 'UA';
  const today = todayIso();
  const shownPeriod = periods.data?.periods.find((p) => p.id === periodId) ?? periods.data?.periods.find((p) => p.start <= today && today <= p.end) ?? periods.data?.periods[0];

  const openedPeriod = periods.data?.periods.find((p) => p.id === initialPeriod);
  useEffect(() => {
    if (openedPeriod) setMonth(monthIn(openedPeriod, todayIso()));
  }, [openedPeriod]);

  useEffect(() => {
    if (list && list.length > 0 && !list.some((a) => a.id === assignmentId)) setAssignmentId(list[0]!.id);
  }, [list, assignmentId]);

  const picked = list?.find((a) => a.id === assignmentId) ?? null;
  const failed = [years, assignments, periods].find((c) => c.error);
  if (failed?.error) return <CallErrorBanner error={failed.error} onRetry={failed.reload} />;

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
            {view === 'year' ? null : view === 'marks' ? (
              <label className="toolbar__filter">
                <span className="toolbar__label">{t('journals.month')}</span>
                <input type="month" className="input" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} data-testid="journal-month" />
              </label>
            ) : (
              <label className="toolbar__filter">
                <span className="toolbar__label">{t('journals.grades.period')}</span>
                <select className="input" value={shownPeriod?.id ?? ''} onChange={(e) => setPeriodId(e.target.value)} data-testid="grades-period">
                  {periods.data?.periods.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <div className="jr-tabs" role="group" aria-label={t('journals.title')}>
              <button type="button" className="button button--small" aria-pressed={view === 'marks'} onClick={() => setView('marks')} data-testid="tab-marks">
                {t('journals.grades.marksTab')}
              </button>
              <button type="button" className="button button--small" aria-pressed={view === 'grades'} onClick={() => setView('grades')} data-testid="tab-grades">
                {t('journals.grades.tab')}
              </button>
              <button type="button" className="button button--small" aria-pressed={view === 'year'} onClick={() => setView('year')} data-testid="tab-year">
                {t('journalControl.year.tab')}
              </button>
            </div>
            {picked && shownPeriod && view !== 'year' && (
              <JournalExcel key={`${picked.id}-${shownPeriod.id}`} assignmentId={picked.id} periodId={shownPeriod.id} periodName={shownPeriod.name} onImported={() => setExcelRevision((n) => n + 1)} />
            )}
          </div>
          {assignmentId && view === 'marks' && <JournalGrid key={`${assignmentId}-${month}-${excelRevision}`} assignmentId={assignmentId} month={month} />}
          {picked && view === 'year' && <YearGrades key={picked.id} assignmentId={picked.id} country={country} periodNames={periods.data?.periods.map((p) => p.name) ?? []} />}
          {picked && view === 'grades' && shownPeriod && (
            <PeriodGrades
              key={`${picked.id}-${shownPeriod.id}-${excelRevision}`}
              assignmentId={picked.id}
              classId={picked.classId}
              subjectId={picked.subjectId}
              periodId={shownPeriod.id}
              country={country}
            />
          )}
        </>
      )}
    </div>
  );
}
