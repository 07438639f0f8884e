import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearGradeRow } from '../../../../core/api/journals-api';
import type { FinalGrade } from '../../../../core/journals/journal-entities';
import type { Country } from '../../../../core/schemas/common';
import { useAction } from '../../api/use-action';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { finalOptions } from './final-options';

function FinalSelect({ value, onChange, country, disabled, label, name }: { value: FinalGrade | ''; onChange(v: FinalGrade | ''): void; country: Country; disabled: boolean; label: string; name: string }) {
  const { t } = useTranslation();
  return (
    <select
      className="input"
      value={value === '' ? '' : String(value)}
      disabled={disabled}
      aria-label={label}
      name={name}
      onChange={(e) => onChange(e.target.value === '' ? '' : /^\d+$/.test(e.target.value) ? Number(e.target.value) : (e.target.value as FinalGrade))}
    >
      <option value="">—</option>
      {finalOptions(country).map((grade) => (
        <option key={String(grade)} value={String(grade)}>
          {typeof grade === 'number' ? String(grade) : t(`journals.grades.finals.${grade}`)}
        </option>
      ))}
    </select>
  );
}

/** One student's year: each period's final, the suggested year grade, the year grade to confirm and, where held, the exam. */
function YearRow({ row, country, locked, hasExam, onYear, onExam }: { row: YearGradeRow; country: Country; locked: boolean; hasExam: boolean; onYear(f: FinalGrade): void; onExam(f: FinalGrade): void }) {
  const { t } = useTranslation();
  const [final, setFinal] = useState<FinalGrade | ''>(row.final ?? row.suggested ?? '');
  const [exam, setExam] = useState<FinalGrade | ''>(row.exam ?? '');
  const show = (grade: FinalGrade | null) => (grade === null ? '—' : typeof grade === 'number' ? String(grade) : t(`journals.grades.finals.${grade}`));
  return (
    <tr data-student={row.name}>
      <th scope="row">{row.name}</th>
      {row.periods.map((grade, i) => (
        <td key={i} className="data-table__num">
          {show(grade)}
        </td>
      ))}
      <td className="data-table__num">{row.average ?? '—'}</td>
      <td className="data-table__num" data-testid="year-suggested">
        {row.suggested ?? '—'}
      </td>
      <td>
        <FinalSelect value={final} onChange={setFinal} country={country} disabled={locked} label={t('journalControl.year.final')} name="year" />
      </td>
      <td className="data-table__actions">
        <button type="button" className="button button--small" disabled={locked || final === ''} onClick={() => final !== '' && onYear(final)}>
          {row.confirmedAt ? t('journalControl.year.change') : t('journalControl.year.confirm')}
        </button>
      </td>
      {hasExam && (
        <>
          <td>
            <FinalSelect value={exam} onChange={setExam} country={country} disabled={locked} label={t('journalControl.year.exam')} name="exam" />
          </td>
          <td className="data-table__actions">
            <button type="button" className="button button--small" disabled={locked || exam === '' || exam === row.exam} onClick={() => exam !== '' && onExam(exam)}>
              {t('journalControl.year.saveExam')}
            </button>
          </td>
        </>
      )}
    </tr>
  );
}

/**
 * The year grades of one journal: suggested as the round-half-up mean of the period finals, confirmed one by one or
 * all at once, another final kept beside the suggestion in the audit log; the state exam's grade where the class's
 * grade has one. All of it locks with the year's last period.
 */
export function YearGrades({ assignmentId, country, periodNames }: { assignmentId: string; country: Country; periodNames: readonly string[] }) {
  const { t } = useTranslation();
  const { data, error, reload } = useCall('yearGrades.list', { assignmentId }, [assignmentId]);
  const setYear = useAction('yearGrades.set');
  const setExam = useAction('examGrades.set');
  const confirmAll = useAction('yearGrades.confirmAll');
  if (error && !data) return <CallErrorBanner error={error} onRetry={reload} />;
  if (!data) return <p className="muted">{t('journals.loading')}</p>;
  const actionError = setYear.error ?? setExam.error ?? confirmAll.error;
  return (
    <div className="jr-work" data-testid="year-grades">
      {data.closed && <div className="banner banner--info">{t('journalControl.year.closed')}</div>}
      {data.hasExam && <p className="muted">{t('journalControl.year.examHint')}</p>}
      {actionError && <CallErrorBanner error={actionError} testId="year-error" />}
      <div className="toolbar">
        <button type="button" className="button" disabled={data.closed || confirmAll.running} onClick={async () => (await confirmAll.run({ assignmentId })) && reload()} data-testid="year-confirm-all">
          {t('journalControl.year.confirmAll')}
        </button>
      </div>
      <table className="data-table data-table--inputs" aria-label={t('journalControl.year.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('journals.student')}</th>
            {periodNames.map((name) => (
              <th key={name} scope="col" className="data-table__num">
                {name}
              </th>
            ))}
            <th scope="col" className="data-table__num">
              {t('journalControl.year.average')}
            </th>
            <th scope="col" className="data-table__num">
              {t('journalControl.year.suggested')}
            </th>
            <th scope="col">{t('journalControl.year.final')}</th>
            <th scope="col" className="data-table__actions" />
            {data.hasExam && (
              <>
                <th scope="col">{t('journalControl.year.exam')}</th>
                <th scope="col" className="data-table__actions" />
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <YearRow
              key={`${row.studentId}-${row.confirmedAt ?? ''}-${String(row.exam)}`}
              row={row}
              country={country}
              locked={data.closed}
              hasExam={data.hasExam}
              onYear={async (final) => (await setYear.run({ assignmentId, studentId: row.studentId, final })) && reload()}
              onExam={async (final) => (await setExam.run({ assignmentId, studentId: row.studentId, final })) && reload()}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
