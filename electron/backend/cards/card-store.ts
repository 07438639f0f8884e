import type Database from 'better-sqlite3';
import type { CardMeta } from '../../../core/api/cards-api';
import type { CardType } from '../../../core/sync/card-report';
import { AppError } from '../../../core/errors';
import { statusOf, type Issue } from '../../../core/schemas/issue';
import { userName } from '../auth/users-repository';
import { prepared } from '../db/prepared';

/** What students and staff cards share in storage: the row's bookkeeping and its check results. */

export const cardTable: Readonly<Record<CardType, 'students' | 'staff'>> = { student: 'students', staff: 'staff' };

export interface CardRow {
  id: string;
  data: string;
  version: number;
  rev: number | null;
  updated_at: string;
  updated_by: string;
  status: CardMeta['status'];
  issues: string;
  /** 1 while the card has changes the server has not seen. */
  unsent: number;
}

/** The live (not deleted) card, or null. */
export function findCardRow(db: Database.Database, type: CardType, id: string): CardRow | null {
  const row = prepared(
    db,
    `SELECT id, data, version, rev, updated_at, updated_by, status, issues, change_count > sent_count AS unsent
     FROM ${cardTable[type]} WHERE id = ? AND deleted = 0`,
  ).get(id) as CardRow | undefined;
  return row ?? null;
}

/** The live (not deleted) card, or NOT_FOUND. */
export function requireCardRow(db: Database.Database, type: CardType, id: string): CardRow {
  const row = findCardRow(db, type, id);
  if (!row) throw new AppError('NOT_FOUND', { entity: type, id });
  return row;
}

/** The card now holds what the server has at `rev`: nothing of it is unsent. */
export function markSent(db: Database.Database, type: CardType, id: string, rev: number): void {
  prepared(db, `UPDATE ${cardTable[type]} SET rev = ?, sent_count = change_count WHERE id = ?`).run(rev, id);
}

/** Refuses a save made from an older copy of the card than the stored one; the renderer keeps the user's form. */
export function assertVersion(row: CardRow, version: number | undefined): void {
  if (version === undefined) throw new AppError('INVALID_INPUT', { path: 'version', reason: 'required to update a card' });
  if (version !== row.version) throw new AppError('STALE_VERSION', { expected: row.version, actual: version });
}

interface ReportRow {
  rev: number | null;
  status: NonNullable<CardMeta['registry']>['status'];
  checked_at: string;
  issues: string;
}

function registryOf(db: Database.Database, type: CardType, row: CardRow): CardMeta['registry'] {
  const report = prepared(db, 'SELECT rev, status, checked_at, issues FROM card_reports WHERE card_type = ? AND card_id = ?').get(type, row.id) as
    | ReportRow
    | undefined;
  if (!report) return null;
  const current = row.unsent === 0 && report.rev !== null && report.rev === row.rev;
  return { status: report.status, checkedAt: report.checked_at, current, issues: JSON.parse(report.issues) as Issue[] };
}

export function metaOf(db: Database.Database, type: CardType, row: CardRow): CardMeta {
  return {
    id: row.id,
    version: row.version,
    rev: row.rev,
    updatedAt: row.updated_at,
    // A card synced in from another device may name a user this database does not know.
    updatedBy: userName(db, row.updated_by) ?? row.updated_by,
    status: row.status,
    issues: JSON.parse(row.issues) as Issue[],
    registry: registryOf(db, type, row),
  };
}

/** Status and issue columns as the card tables store them. */
export function checkColumns(issues: Issue[]) {
  return {
    status: statusOf(issues),
    issues: JSON.stringify(issues),
    error_count: issues.filter((i) => i.severity === 'error').length,
    warning_count: issues.filter((i) => i.severity === 'warning').length,
  };
}
