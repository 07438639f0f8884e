import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompletenessRow } from '../../../../core/api/journals-api';
import type { AssignmentView } from '../../../../core/api/teaching-api';
import { scopesOf } from '../../../../core/auth/permissions';
import { useAction } from '../../api/use-action';
import { useCall } from '../../api/use-call';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { showDate } from '../../format/dates';
import { useSession } from '../../state/session-store';
import { useCan } from '../../state/use-can';
import { ToolbarSelect } from './ToolbarSelect';
import { OpenJournalButton } from './OpenJournalButton';
import { ReportOutcome } from './ReportOutcome';

export interface ReportPeriod {
  id: string;
  name: string;
  start: string;
  end: string;
}

const gapsOf = (row: CompletenessRow) => row.missingTopics + row.lessonsWithoutMarks + row.lateEntries + row.studentsWithoutGrade;

/** One journal's late entries, opened under its row of the report. */
function LateEntries({ assignmentId, periodId, journal, colSpan }: { assignmentId: string; periodId: string; journal: string; colSpan: number }) {
  const { t } = useTranslation();
  const call = useCall('journals.lateEntries', { assignmentId, periodId }, [assignmentId, periodId]);
  return (
    <tr className="jr-late">
      <td colSpan={colSpan}>
        <ReportOutcome call={call} isEmpty={(data) => data.entries.length === 0} emptyText={t('journalControl.late.none')}>
          {(data) => (
            <table className="data-table data-table--compact" aria-label={t('journalControl.late.title', { journal })} data-testid="late-entries">
              <thead>
                <tr>
                  <th scope="col">{t('journalControl.late.lesson')}</th>
                  <th scope="col">{t('journalControl.late.what')}</th>
                  <th scope="col">{t('journalControl.late.student')}</th>
                  <th scope="col" className="data-table__num">
                    {t('journalControl.late.value')}
                  </th>
                  <th scope="col">{t('journalControl.late.enteredOn')}</th>
                  <th scope="col">{t('journalControl.late.enteredBy')}</th>
                </tr>
              </thead>
              <tbody>
                {data.entries.map((entry, i) => (
                  <tr key={`${entry.lessonId}-${entry.what}-${entry.studentName ?? ''}-${i}`}>
                    <td>{showDate(entry.lessonDate)}</td>
                    <td>{t(`journalControl.late.whats.${entry.what}`)}</td>
                    <td>{entry.studentName ?? '—'}</td>
                    <td className="data-table__num">{entry.value ?? '—'}</td>
                    <td>
                      {showDate(entry.enteredOn)} · {t(`journalControl.late.timeliness.${entry.timeliness}`)}
                    </td>
                    <td>{entry.enteredBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </ReportOutcome>
      </td>
    </tr>
  );
}

interface CompletenessReportProps {
  periods: readonly (ReportPeriod & { closed: boolean })[];
  initialPeriodId: string;
  assignments: readonly AssignmentView[];
  classes: readonly { id: string; label: string }[];
  onClosed(): void;
}

/**
 * The completeness report of a period per journal (missing topics, lessons without marks, late entries, students
 * without a period grade), narrowed to a teacher or a class; each journal opens from its row, and the deputy or the
 * director closes the period from here after a confirmation that says how many journals still have gaps.
 */
export function CompletenessReport({ periods, initialPeriodId, assignments, classes, onClosed }: CompletenessReportProps) {
  const { t } = useTranslation();
  const readsAll = useSession((s) => scopesOf(s.grants, 'journals.read').includes('all'));
  const mayClose = useCan('periods.close');
  const [periodId, setPeriodId] = useState(initialPeriodId);
  const [teacherId, setTeacherId] = useState('');
  const [classId, setClassId] = useState(readsAll ? '' : (classes[0]?.id ?? ''));
  const [openLate, setOpenLate] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const close = useAction('periods.close');
  const input = readsAll || classId ? { periodId, ...(teacherId ? { teacherId } : {}), ...(classId ? { classId } : {}) } : null;
  const call = useCall('journals.completeness', input, [periodId, teacherId, classId]);
  const period = periods.find((p) => p.id === periodId);
  const teachers = [...new Map(assignments.map((a) => [a.teacherId, a.teacherName])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'uk'));
  const rows = call.data?.rows ?? [];
  const withGaps = rows.filter((row) => gapsOf(row) > 0).length;
  const columns = 8;

  return (
    <div className="jr-work" data-testid="completeness">
      <div className="toolbar">
        <ToolbarSelect label={t('journalControl.period')} value={periodId} options={periods.map((p) => ({ value: p.id, label: p.name }))} onChange={setPeriodId} testId="control-period" />
        {readsAll && (
          <ToolbarSelect
            label={t('journalControl.teacher')}
            value={teacherId}
            options={[{ value: '', label: t('journalControl.all') }, ...teachers.map(([id, name]) => ({ value: id, label: name }))]}
            onChange={setTeacherId}
            testId="control-teacher"
          />
        )}
        <ToolbarSelect
          label={t('journalControl.class')}
          value={classId}
          options={[
            readsAll ? { value: '', label: t('journalControl.all') } : { value: '', label: t('journalControl.chooseClass'), disabled: true },
            ...classes.map((c) => ({ value: c.id, label: c.label })),
          ]}
          onChange={setClassId}
          testId="control-class"
        />
        {mayClose && period && !period.closed && (
          <button type="button" className="button button--danger" onClick={() => setAsking(true)} disabled={!call.data} data-testid="control-close">
            {t('journalControl.completeness.close')}
          </button>
        )}
      </div>
      {period?.closed && (
        <div className="banner banner--info" data-testid="control-closed">
          {t('journalControl.completeness.closedShort')}
        </div>
      )}
      {close.error && <CallErrorBanner error={close.error} testId="control-close-error" />}
      <ReportOutcome call={call} isEmpty={() => rows.length === 0} emptyText={t('journalControl.none')}>
        {() => (
          <>
            <p className="muted" data-testid="control-totals">
              {t('journalControl.completeness.totals', { count: rows.length, gaps: withGaps })}
            </p>
            <table className="data-table" aria-label={t('journalControl.completeness.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('journalControl.completeness.journal')}</th>
                  <th scope="col">{t('journalControl.teacher')}</th>
                  <th scope="col" className="data-table__num">
                    {t('journalControl.completeness.lessonsHeld')}
                  </th>
                  <th scope="col" className="data-table__num">
                    {t('journalControl.completeness.missingTopics')}
                  </th>
                  <th scope="col" className="data-table__num">
                    {t('journalControl.completeness.lessonsWithoutMarks')}
                  </th>
                  <th scope="col" className="data-table__num">
                    {t('journalControl.completeness.lateEntries')}
                  </th>
                  <th scope="col" className="data-table__num">
                    {t('journalControl.completeness.studentsWithoutGrade')}
                  </th>
                  <th scope="col" className="data-table__actions" />
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const journal = `${row.classLabel} · ${row.subjectName}`;
                  const gap = (n: number) => <td className={`data-table__num${n > 0 ? ' jr-gap' : ''}`}>{n}</td>;
                  return (
                    <Fragment key={row.assignmentId}>
                      <tr data-journal={journal}>
                        <th scope="row">
                          {journal}
                          {gapsOf(row) === 0 && <span className="badge badge--ok jr-complete">{t('journalControl.completeness.complete')}</span>}
                        </th>
                        <td>{row.teacherName}</td>
                        <td className="data-table__num">{row.lessonsHeld}</td>
                        {gap(row.missingTopics)}
                        {gap(row.lessonsWithoutMarks)}
                        <td className={`data-table__num${row.lateEntries > 0 ? ' jr-gap' : ''}`}>
                          {row.lateEntries > 0 ? (
                            <button
                              type="button"
                              className="ac-link"
                              aria-expanded={openLate === row.assignmentId}
                              onClick={() => setOpenLate(openLate === row.assignmentId ? null : row.assignmentId)}
                              data-testid="late-toggle"
                            >
                              {row.lateEntries}
                            </button>
                          ) : (
                            0
                          )}
                        </td>
                        {gap(row.studentsWithoutGrade)}
                        <td className="data-table__actions">
                          <OpenJournalButton assignmentId={row.assignmentId} periodId={periodId} />
                        </td>
                      </tr>
                      {openLate === row.assignmentId && <LateEntries assignmentId={row.assignmentId} periodId={periodId} journal={journal} colSpan={columns} />}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </ReportOutcome>
      {asking && period && (
        <ConfirmDialog
          title={t('journalControl.completeness.closeTitle', { period: period.name })}
          body={t('journalControl.completeness.closeBody', { gaps: withGaps, count: rows.length })}
          confirmLabel={t('journalControl.completeness.close')}
          cancelLabel={t('journalControl.completeness.cancel')}
          testId="control-close-dialog"
          onCancel={() => setAsking(false)}
          onConfirm={async () => {
            setAsking(false);
            if (await close.run({ periodId })) onClosed();
          }}
        />
      )}
    </div>
  );
}
