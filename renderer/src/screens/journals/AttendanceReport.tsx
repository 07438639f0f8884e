import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { useTask } from '../../api/use-action';
import { CallErrorBanner } from '../../components/CallErrorBanner';
import { showDate, todayIso } from '../../format/dates';
import { downloadTypedWorkbook } from '../../files/typed-workbook';
import type { ReportPeriod } from './CompletenessReport';
import { AttendanceCountsTable } from './AttendanceCountsTable';
import { StudentAttendance } from './StudentAttendance';
import { ToolbarSelect } from './ToolbarSelect';

function monthBounds(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

interface AttendanceReportProps {
  periods: readonly ReportPeriod[];
  initialPeriodId: string;
  classes: readonly { id: string; label: string }[];
}

/**
 * A class's attendance over a month (the class teacher's monthly report) or a period, all subjects: lessons missed,
 * of them excused, and late, per student with the class's totals; saved to Excel or printed.
 */
export function AttendanceReport({ periods, initialPeriodId, classes }: AttendanceReportProps) {
  const { t } = useTranslation();
  const [classId, setClassId] = useState(classes[0]?.id ?? '');
  const [span, setSpan] = useState<'month' | 'period'>('month');
  const [month, setMonth] = useState(() => todayIso().slice(0, 7));
  const [periodId, setPeriodId] = useState(initialPeriodId);
  const [opened, setOpened] = useState<{ id: string; name: string } | null>(null);
  const period = periods.find((p) => p.id === periodId);
  const bounds = span === 'month' ? monthBounds(month) : period ? { from: period.start, to: period.end } : null;
  const { data, error, reload } = useCall('journals.attendance', classId && bounds ? { classId, ...bounds } : null, [classId, bounds?.from, bounds?.to]);
  const classLabel = classes.find((c) => c.id === classId)?.label ?? '';
  const spanLabel = span === 'month' ? month : (period?.name ?? '');
  const rows = data?.rows ?? [];
  const totals = rows.reduce((sum, r) => ({ missed: sum.missed + r.missed, excused: sum.excused + r.excused, late: sum.late + r.late }), { missed: 0, excused: 0, late: 0 });
  const save = useTask(() =>
    downloadTypedWorkbook(
      `${t('journalControl.attendance.sheet')}-${classLabel}-${spanLabel}.xlsx`,
      t('journalControl.attendance.sheet'),
      [
        { header: t('journalControl.attendance.student'), width: 36 },
        { header: t('journalControl.attendance.missed'), width: 18 },
        { header: t('journalControl.attendance.excused'), width: 22 },
        { header: t('journalControl.attendance.late'), width: 12 },
      ],
      [
        ...rows.map((r) => [{ text: r.name }, { number: r.missed }, { number: r.excused }, { number: r.late }]),
        [{ text: t('journalControl.attendance.total') }, { number: totals.missed }, { number: totals.excused }, { number: totals.late }],
      ],
    ),
  );

  if (classes.length === 0) return <p className="muted">{t('journalControl.none')}</p>;
  return (
    <div className="jr-work" data-testid="attendance">
      <div className="toolbar no-print">
        <ToolbarSelect label={t('journalControl.class')} value={classId} options={classes.map((c) => ({ value: c.id, label: c.label }))} onChange={setClassId} testId="attendance-class" />
        <ToolbarSelect
          label={t('journalControl.attendance.span')}
          value={span}
          options={[
            { value: 'month', label: t('journalControl.attendance.month') },
            { value: 'period', label: t('journalControl.attendance.periodSpan') },
          ]}
          onChange={(value) => setSpan(value === 'period' ? 'period' : 'month')}
          testId="attendance-span"
        />
        <label className="toolbar__filter">
          <span className="toolbar__label">{span === 'month' ? t('journals.month') : t('journalControl.period')}</span>
          {span === 'month' ? (
            <input type="month" className="input" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} data-testid="attendance-month" />
          ) : (
            <select className="input" value={periodId} onChange={(e) => setPeriodId(e.target.value)} data-testid="attendance-period">
              {periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </label>
        <button type="button" className="button" disabled={!data || save.running} onClick={() => void save.run()} data-testid="attendance-excel">
          {t('journalControl.attendance.excel')}
        </button>
        <button type="button" className="button" disabled={!data} onClick={() => window.print()}>
          {t('journalControl.attendance.print')}
        </button>
      </div>
      {save.error && <CallErrorBanner error={save.error} />}
      {error ? (
        <CallErrorBanner error={error} onRetry={reload} />
      ) : !data || !bounds ? (
        <p className="muted">{t('journalControl.loading')}</p>
      ) : (
        <>
          <h2 className="jr-report-title">
            {t('journalControl.attendance.heading', { classLabel, span: `${showDate(bounds.from)} – ${showDate(bounds.to)}` })}
          </h2>
          <AttendanceCountsTable
            label={t('journalControl.attendance.tableLabel')}
            headLabel={t('journalControl.attendance.student')}
            testId="attendance-table"
            total={totals}
            rows={rows.map((r) => ({
              ...r,
              key: r.studentId,
              data: { student: r.name },
              head: (
                <button
                  type="button"
                  className="link-button"
                  aria-expanded={opened?.id === r.studentId}
                  aria-label={t('journalControl.attendance.open', { name: r.name })}
                  onClick={() => setOpened(opened?.id === r.studentId ? null : { id: r.studentId, name: r.name })}
                >
                  {r.name}
                </button>
              ),
            }))}
          />
          {opened && rows.some((r) => r.studentId === opened.id) && <StudentAttendance classId={classId} student={opened} from={bounds.from} to={bounds.to} onClose={() => setOpened(null)} />}
        </>
      )}
    </div>
  );
}
