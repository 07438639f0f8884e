import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import type { ReportPeriod } from './CompletenessReport';
import { ToolbarSelect } from './ToolbarSelect';
import { OpenJournalButton } from './OpenJournalButton';
import { ReportOutcome } from './ReportOutcome';

/**
 * The period grades of every journal of the school in figures (`periodGrades.school`), for the director and the deputy
 * before a period is closed: how many pupils have a suggested grade, a confirmed one, an override, none yet; a search
 * narrows the journals by class, subject or teacher, and each journal opens from its row.
 */
export function SchoolGradesReport({ periods, initialPeriodId }: { periods: readonly ReportPeriod[]; initialPeriodId: string }) {
  const { t } = useTranslation();
  const [periodId, setPeriodId] = useState(initialPeriodId);
  const [query, setQuery] = useState('');
  const call = useCall('periodGrades.school', { periodId }, [periodId]);
  const needle = query.trim().toLocaleLowerCase('uk');
  const rows = (call.data?.journals ?? []).filter((r) => !needle || `${r.classLabel} ${r.subjectName} ${r.teacherName}`.toLocaleLowerCase('uk').includes(needle));
  const sum = (key: 'students' | 'suggested' | 'confirmed' | 'overridden' | 'missing') => rows.reduce((n, r) => n + r[key], 0);

  return (
    <div className="jr-work" data-testid="school-grades">
      <div className="toolbar">
        <ToolbarSelect label={t('journalControl.period')} value={periodId} options={periods.map((p) => ({ value: p.id, label: p.name }))} onChange={setPeriodId} testId="school-grades-period" />
        <label className="toolbar__filter">
          <span className="toolbar__label">{t('journalControl.grades.search')}</span>
          <input className="input" type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="school-grades-search" />
        </label>
      </div>
      <ReportOutcome call={call} isEmpty={() => rows.length === 0} emptyText={t('journalControl.none')}>
        {() => (
          <>
            <p className="muted" data-testid="school-grades-totals">
              {t('journalControl.grades.totals', { count: rows.length, students: sum('students'), confirmed: sum('confirmed'), missing: sum('missing'), overridden: sum('overridden') })}
            </p>
            <table className="data-table" aria-label={t('journalControl.grades.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('journalControl.completeness.journal')}</th>
                  <th scope="col">{t('journalControl.teacher')}</th>
                  {(['students', 'suggested', 'confirmed', 'overridden', 'missing'] as const).map((key) => (
                    <th key={key} scope="col" className="data-table__num">
                      {t(`journalControl.grades.${key}`)}
                    </th>
                  ))}
                  <th scope="col" className="data-table__actions" />
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.assignmentId} data-journal={`${row.classLabel} · ${row.subjectName}`}>
                    <th scope="row">{`${row.classLabel} · ${row.subjectName}`}</th>
                    <td>{row.teacherName}</td>
                    <td className="data-table__num">{row.students}</td>
                    <td className="data-table__num">{row.suggested}</td>
                    <td className="data-table__num">{row.confirmed}</td>
                    <td className="data-table__num">{row.overridden}</td>
                    <td className={`data-table__num${row.missing > 0 ? ' jr-gap' : ''}`}>{row.missing}</td>
                    <td className="data-table__actions">
                      <OpenJournalButton assignmentId={row.assignmentId} periodId={periodId} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </ReportOutcome>
    </div>
  );
}
