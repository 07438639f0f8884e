import type Database from 'better-sqlite3';
import type { MethodOutput, MethodParsedInput } from '../../../core/api/contract';
import type { ReportCard } from '../../../core/api/sync-api';
import type { Issue } from '../../../core/schemas/issue';
import { prepared } from '../db/prepared';
import { currentEnrollmentCondition } from '../enrollments/enrollment-conditions';
import { reportSummary } from './card-reports';

interface ReportRow {
  cardId: string;
  type: ReportCard['type'];
  name: string;
  detail: string | null;
  status: ReportCard['status'];
  checkedAt: string;
  issues: string;
}

/** The cards of the server's last report with their names and classes, worst first, then alphabetically. */
export function syncReport(db: Database.Database, input: MethodParsedInput<'sync.report'>, today: string): MethodOutput<'sync.report'> {
  const filter = input.status === 'all' ? '' : 'WHERE r.status = @status';
  const rows = prepared(
    db,
    `SELECT * FROM (
       SELECT r.card_id AS cardId, r.card_type AS type, r.status, r.checked_at AS checkedAt, r.issues,
         trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name) AS name, s.name_sort AS sortKey,
         (SELECT c.label FROM enrollments e JOIN classes c ON c.id = e.class_id
           WHERE e.student_id = s.id AND ${currentEnrollmentCondition('@today')} ORDER BY e.from_date DESC LIMIT 1) AS detail
       FROM card_reports r JOIN students s ON s.id = r.card_id AND r.card_type = 'student' AND s.deleted = 0 ${filter}
       UNION ALL
       SELECT r.card_id, r.card_type, r.status, r.checked_at, r.issues,
         trim(t.last_name || ' ' || t.first_name || ' ' || t.middle_name), t.name_sort, nullif(t.position, '')
       FROM card_reports r JOIN staff t ON t.id = r.card_id AND r.card_type = 'staff' AND t.deleted = 0 ${filter})
     ORDER BY CASE status WHEN 'error' THEN 0 WHEN 'warning' THEN 1 WHEN 'pending' THEN 2 ELSE 3 END, sortKey`,
  ).all(input.status === 'all' ? { today } : { today, status: input.status }) as ReportRow[];
  return {
    summary: reportSummary(db),
    cards: rows.map(({ issues, ...row }) => ({ ...row, issues: JSON.parse(issues) as Issue[] })),
  };
}
