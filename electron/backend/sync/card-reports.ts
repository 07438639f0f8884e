import type Database from 'better-sqlite3';
import type { CardReport } from '../../../core/sync/card-report';
import { markStudentListStale } from '../cards/students/student-list-index';
import { prepared } from '../db/prepared';

export function storeCardReports(db: Database.Database, reports: readonly CardReport[]): void {
  const upsert = prepared(
    db,
    `INSERT INTO card_reports (card_type, card_id, rev, status, checked_at, issues) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (card_type, card_id) DO UPDATE SET rev = excluded.rev, status = excluded.status,
       checked_at = excluded.checked_at, issues = excluded.issues
     WHERE excluded.checked_at >= card_reports.checked_at`,
  );
  for (const r of reports) upsert.run(r.type, r.cardId, r.rev, r.status, r.checkedAt, JSON.stringify(r.issues));
  // The student list shows each card's registry status from its in-memory index.
  if (reports.some((r) => r.type === 'student')) markStudentListStale(db);
}

export function reportSummary(db: Database.Database): Record<CardReport['status'], number> {
  const counts = { verified: 0, warning: 0, error: 0, pending: 0 };
  const rows = prepared(db, 'SELECT status, count(*) AS n FROM card_reports GROUP BY status').all() as { status: CardReport['status']; n: number }[];
  for (const { status, n } of rows) counts[status] = n;
  return counts;
}
