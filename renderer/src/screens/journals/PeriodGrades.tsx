import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodGradeRow } from '../../../../core/api/journals-api';
import type { FinalGrade } from '../../../../core/journals/journal-entities';
import type { Country } from '../../../../core/schemas/common';
import { useAction } from '../../api/use-action';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useCan } from '../../state/use-can';
import { finalOptions } from './final-options';
import { UnlockDialog } from './UnlockDialog';

/** One student's period grade: the marks it came from, the suggestion, the bump (KG) and the final to confirm. */
function GradeRow({ row, country, closed, onSave }: { row: PeriodGradeRow; country: Country; closed: boolean; onSave(final: FinalGrade, bump: number): Promise<unknown> }) {
  const { t } = useTranslation();
  const [bump, setBump] = useState(row.bump);
  const [final, setFinal] = useState<FinalGrade | ''>(row.final ?? row.suggested ?? '');
  const label = (grade: FinalGrade) => (typeof grade === 'number' ? String(grade) : t(`journals.grades.finals.${grade}`));
  return (
    <tr data-student={row.name}>
      <th scope="row">{row.name}</th>
      <td className="jr-marks">{row.current.join(' ')}</td>
      <td className="jr-marks">{row.control.join(' ')}</td>
      <td className="data-table__num">{row.average ?? '—'}</td>
      <td className="data-table__num" data-testid="grade-suggested">
        {row.suggested ?? '—'}
      </td>
      {country === 'KG' && (
        <td>
          <input
            className="input jr-bump"
            type="number"
            min={0}
            max={0.3}
            step={0.1}
            value={bump}
            disabled={closed}
            aria-label={t('journals.grades.bump')}
            onChange={(e) => setBump(Number(e.target.value))}
            name="bump"
          />
        </td>
      )}
      <td>
        <select
          className="input"
          value={final === '' ? '' : String(final)}
          disabled={closed}
          aria-label={t('journals.grades.final')}
          onChange={(e) => setFinal(/^\d+$/.test(e.target.value) ? Number(e.target.value) : (e.target.value as FinalGrade))}
          name="final"
        >
          <option value="">—</option>
          {finalOptions(country).map((grade) => (
            <option key={String(grade)} value={String(grade)}>
              {label(grade)}
            </option>
          ))}
        </select>
      </td>
      <td className="data-table__actions">
        <button type="button" className="button button--small" disabled={closed || final === ''} onClick={() => final !== '' && void onSave(final, bump)}>
          {row.confirmedAt ? t('journals.grades.change') : t('journals.grades.confirm')}
        </button>
      </td>
    </tr>
  );
}

/** The period grades of one journal: suggested beside the marks, bump, final; confirm one or all; close the period. */
interface PeriodGradesProps {
  assignmentId: string;
  classId: string;
  subjectId: string;
  periodId: string;
  country: Country;
}

export function PeriodGrades({ assignmentId, classId, subjectId, periodId, country }: PeriodGradesProps) {
  const { t } = useTranslation();
  const { data, error, reload } = useCall('periodGrades.list', { assignmentId, periodId }, [assignmentId, periodId]);
  const set = useAction('periodGrades.set');
  const confirmAll = useAction('periodGrades.confirmAll');
  const close = useAction('periods.close');
  const mayClose = useCan('periods.close');
  const mayUnlock = useCan('periods.grantUnlock');
  const [asking, setAsking] = useState(false);
  const [unlocking, setUnlocking] = useState(false);

  if (error && !data) return <CallErrorBanner error={error} onRetry={reload} />;
  if (!data) return <p className="muted">{t('journals.loading')}</p>;
  const actionError = set.error ?? confirmAll.error ?? close.error;
  const locked = data.closed && !data.unlocked;

  return (
    <div className="jr-work" data-testid="period-grades">
      {locked && <div className="banner banner--info">{t('journals.grades.closed')}</div>}
      {data.unlocked && (
        <div className="banner banner--warning" data-testid="journal-unlocked">
          {t('journals.unlock.active')}
        </div>
      )}
      {actionError && <CallErrorBanner error={actionError} testId="grades-error" />}
      <div className="toolbar">
        <button
          type="button"
          className="button"
          disabled={locked || confirmAll.running}
          onClick={async () => (await confirmAll.run({ assignmentId, periodId })) && reload()}
          data-testid="grades-confirm-all"
        >
          {t('journals.grades.confirmAll')}
        </button>
        {mayUnlock && locked && (
          <button type="button" className="button" onClick={() => setUnlocking(true)} data-testid="period-unlock">
            {t('journals.unlock.open')}
          </button>
        )}
        {mayClose && !data.closed && (
          <button type="button" className="button button--danger" onClick={() => setAsking(true)} data-testid="period-close">
            {t('journals.grades.closePeriod')}
          </button>
        )}
      </div>
      <table className="data-table data-table--inputs" aria-label={t('journals.grades.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('journals.student')}</th>
            <th scope="col">{t('journals.grades.current')}</th>
            <th scope="col">{t('journals.grades.control')}</th>
            <th scope="col" className="data-table__num">
              {t('journals.grades.average')}
            </th>
            <th scope="col" className="data-table__num">
              {t('journals.grades.suggested')}
            </th>
            {country === 'KG' && <th scope="col">{t('journals.grades.bump')}</th>}
            <th scope="col">{t('journals.grades.final')}</th>
            <th scope="col" className="data-table__actions" />
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <GradeRow
              key={`${row.studentId}-${row.confirmedAt ?? ''}-${row.bump}`}
              row={row}
              country={country}
              closed={locked}
              onSave={async (final, bump) => (await set.run({ assignmentId, periodId, studentId: row.studentId, final, bump })) && reload()}
            />
          ))}
        </tbody>
      </table>
      {unlocking && (
        <UnlockDialog
          periodId={periodId}
          classId={classId}
          subjectId={subjectId}
          onCancel={() => setUnlocking(false)}
          onDone={() => {
            setUnlocking(false);
            reload();
          }}
        />
      )}
      {asking && (
        <ConfirmDialog
          title={t('journals.grades.closeTitle')}
          body={t('journals.grades.closeBody')}
          confirmLabel={t('journals.grades.closePeriod')}
          cancelLabel={t('journals.grades.cancel')}
          testId="period-close-dialog"
          onCancel={() => setAsking(false)}
          onConfirm={async () => {
            setAsking(false);
            if (await close.run({ periodId })) reload();
          }}
        />
      )}
    </div>
  );
}
