import type Database from 'better-sqlite3';
import type { AuditEntity } from '../../../core/api/audit-api';
import type { User } from '../../../core/api/auth-api';
import type { YearEndRun } from '../../../core/api/yearend-api';
import { AppError } from '../../../core/errors';
import { appendAudit } from '../audit/audit-log';
import { fieldChanges } from '../audit/field-changes';
import { markStudentListStale } from '../cards/students/student-list-index';
import { prepared } from '../db/prepared';
import { currentState, restoreCaptured, type CapturedRow, type CapturedTable } from './change-capture';
import { findRun, runView, type RunRow } from './year-end-service';

/** The audit's name for the rows of each table an undo puts back; the others are parts of those (keys, items). */
const auditedTables: Partial<Record<CapturedTable, AuditEntity | 'period' | 'order'>> = {
  academic_years: 'academic_year',
  periods: 'period',
  classes: 'class',
  students: 'student',
  enrollments: 'enrollment',
  orders: 'order',
};

/** Entities whose later changes may build on the transition (a class of the new year, an enrollment in it, an order). */
const structural = ['academic_year', 'period', 'class', 'enrollment', 'order'];

/** Columns that say how a row travelled, not what it holds; the audit leaves them out. */
const bookkeeping = new Set(['rev', 'change_count', 'sent_count', 'deleted', 'updated_at', 'updated_by', 'version', 'name_sort', 'search_text', 'issues', 'status', 'error_count', 'warning_count']);

function recordedFields(table: CapturedTable, row: Record<string, unknown> | null): Record<string, unknown> | null {
  if (row === null) return null;
  if (table === 'students' && typeof row.data === 'string') return JSON.parse(row.data) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(row).filter(([column]) => !bookkeeping.has(column)));
}

/** A sync has sent a row of the run, or a batch made since may have: other devices may hold it, so the run stays. */
function assertNotSynced(db: Database.Database, run: RunRow, captured: readonly CapturedRow[]): void {
  if (prepared(db, 'SELECT 1 FROM sync_batches WHERE created_at >= ? LIMIT 1').get(run.run_at)) throw new AppError('YEAR_END_UNDO_AFTER_SYNC', { runId: run.id });
  for (const row of captured) {
    const now = currentState(db, row);
    if (!now || !('sent_count' in now)) continue;
    const sentBefore = row.before === null ? 0 : Number(row.before.sent_count ?? 0);
    if (Number(now.sent_count) > sentBefore) throw new AppError('YEAR_END_UNDO_AFTER_SYNC', { runId: run.id });
  }
}

/** Someone changed what the run made or touched since (or built on the new year): undoing would lose that work. */
function assertUnchangedSince(db: Database.Database, run: RunRow, captured: readonly CapturedRow[]): void {
  const touched = new Set(captured.filter((r) => auditedTables[r.table]).map((r) => `${auditedTables[r.table]}:${String(r.key[0])}`));
  const later = prepared(db, 'SELECT entity, entity_id AS id FROM audit_log WHERE seq > ?').all(run.last_audit_seq) as { entity: string; id: string }[];
  const changed = later.find((e) => structural.includes(e.entity) || touched.has(`${e.entity}:${e.id}`));
  if (changed) throw new AppError('YEAR_END_UNDO_CHANGED_SINCE', { entity: changed.entity, id: changed.id });
}

/**
 * Undoes the latest standing year-end run as one step: every row it created is removed and every row it changed gets
 * its former state back, in one transaction, each audited. Refused once a sync has sent any of it.
 */
export function undoYearEnd(db: Database.Database, user: User, runId: string | undefined, now: Date): YearEndRun {
  return db
    .transaction(() => {
      const latest = prepared(db, 'SELECT id FROM year_end_runs WHERE undone_at IS NULL ORDER BY run_at DESC LIMIT 1').get() as { id: string } | undefined;
      if (!latest || (runId !== undefined && runId !== latest.id)) throw new AppError('YEAR_END_NOTHING_TO_UNDO', runId ? { runId } : undefined);
      const run = findRun(db, latest.id);
      if (!run) throw new AppError('YEAR_END_NOTHING_TO_UNDO');
      const captured = JSON.parse(run.captured) as CapturedRow[];
      assertNotSynced(db, run, captured);
      assertUnchangedSince(db, run, captured);

      const audits = captured.flatMap((row) => {
        const entity = auditedTables[row.table];
        if (!entity) return [];
        const before = recordedFields(row.table, currentState(db, row));
        const after = recordedFields(row.table, row.before);
        const action = after === null ? ('delete' as const) : before === null ? ('create' as const) : ('update' as const);
        return [{ entity, entityId: String(row.key[0]), action, changes: fieldChanges(before, after) }];
      });
      restoreCaptured(db, captured);
      for (const entry of audits) appendAudit(db, { at: now, user, ...entry });
      prepared(db, 'UPDATE year_end_runs SET undone_at = ?, undone_by = ? WHERE id = ?').run(now.toISOString(), user.id, run.id);
      markStudentListStale(db);
      const undone = findRun(db, run.id);
      if (!undone) throw new AppError('INTERNAL');
      return runView(db, undone);
    })
    .immediate();
}
