import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Lessons missed (absent or excused), of them excused, and late: the three counts every attendance report shows. */
export interface AttendanceCounts {
  missed: number;
  excused: number;
  late: number;
}

export interface AttendanceCountsRow extends AttendanceCounts {
  key: string;
  /** The row's head cell: a student's name (a button that opens them up) or a subject. */
  head: ReactNode;
  /** Set as data-student / data-subject, for tests and for print styles. */
  data: Record<string, string>;
}

function CountCells({ counts }: { counts: AttendanceCounts }) {
  return (
    <>
      <td className="data-table__num">{counts.missed}</td>
      <td className="data-table__num">{counts.excused}</td>
      <td className="data-table__num">{counts.late}</td>
    </>
  );
}

/** A table of attendance counts by row (students of a class, subjects of a student), with the total when given. */
export function AttendanceCountsTable({ label, headLabel, rows, total, testId }: { label: string; headLabel: string; rows: readonly AttendanceCountsRow[]; total?: AttendanceCounts; testId?: string }) {
  const { t } = useTranslation();
  return (
    <table className="data-table" aria-label={label} data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{headLabel}</th>
          <th scope="col" className="data-table__num">
            {t('journalControl.attendance.missed')}
          </th>
          <th scope="col" className="data-table__num">
            {t('journalControl.attendance.excused')}
          </th>
          <th scope="col" className="data-table__num">
            {t('journalControl.attendance.late')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} {...Object.fromEntries(Object.entries(r.data).map(([k, v]) => [`data-${k}`, v]))}>
            <th scope="row">{r.head}</th>
            <CountCells counts={r} />
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr>
            <th scope="row">{t('journalControl.attendance.total')}</th>
            <CountCells counts={total} />
          </tr>
        </tfoot>
      )}
    </table>
  );
}
