import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/use-call';
import { AttendanceCountsTable } from './AttendanceCountsTable';
import { ReportOutcome } from './ReportOutcome';

interface StudentAttendanceProps {
  classId: string;
  student: { id: string; name: string };
  from: string;
  to: string;
  onClose(): void;
}

/** One row of the class's attendance report opened up: the student's lessons missed, excused and late by subject. */
export function StudentAttendance({ classId, student, from, to, onClose }: StudentAttendanceProps) {
  const { t } = useTranslation();
  const call = useCall('journals.studentAttendance', { classId, studentId: student.id, from, to }, [classId, student.id, from, to]);
  const section = useRef<HTMLElement>(null);
  // Opened from a row of a class of 30: the breakdown is under the table, out of sight without this.
  useEffect(() => {
    section.current?.scrollIntoView({ block: 'nearest' });
  }, [student.id, call.data]);
  return (
    <section ref={section} className="jr-student-attendance" data-testid="student-attendance" aria-label={t('journalControl.attendance.bySubjectLabel')}>
      <div className="toolbar">
        <h3 className="jr-report-title">{t('journalControl.attendance.bySubject', { name: student.name })}</h3>
        <button type="button" className="button no-print" onClick={onClose}>
          {t('journalControl.attendance.close')}
        </button>
      </div>
      <ReportOutcome call={call} isEmpty={(data) => data.rows.length === 0} emptyText={t('journalControl.attendance.noLessons')}>
        {(data) => (
          <AttendanceCountsTable
            label={t('journalControl.attendance.bySubjectLabel')}
            headLabel={t('journalControl.attendance.subject')}
            rows={data.rows.map((r) => ({ ...r, key: r.subjectId, data: { subject: r.subjectName }, head: r.subjectName }))}
          />
        )}
      </ReportOutcome>
    </section>
  );
}
