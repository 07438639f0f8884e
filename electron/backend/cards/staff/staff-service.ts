import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { User } from '../../../../core/api/auth-api';
import type { MethodOutput, MethodParsedInput } from '../../../../core/api/contract';
import { checkStaff } from '../../../../core/checks/staff-checks';
import { normaliseStaffCard } from '../../../../core/normalise';
import { documentKeys } from '../../../../core/rules/duplicates';
import type { Issue } from '../../../../core/schemas/issue';
import type { StaffCard } from '../../../../core/schemas/staff';
import { appendAudit } from '../../audit/audit-log';
import { fieldChanges } from '../../audit/field-changes';
import { schoolToday } from '../../clock';
import { requireSchool } from '../../school/school-service';
import { assertVersion, findCardRow, markSent, metaOf, requireCardRow, type CardRow } from '../card-store';
import { duplicateIssuesFor, refreshDuplicatesOfOthers, replaceDocumentKeys, storedKeys } from '../duplicate-lookup';
import { insertStaff, listStaff, updateStaff } from './staff-repository';

/**
 * Saves a staff card the way saveStudent saves a student card (normalise, check, duplicates, store, version,
 * audit; one transaction; an invalid card is saved and marked). A plain function of (db, acting user, parsed
 * input, now), callable many times inside a bulk writer's outer transaction.
 */
export function saveStaff(db: Database.Database, user: User, input: MethodParsedInput<'staff.save'>, now: Date): MethodOutput<'staff.save'> {
  return db
    .transaction(() => {
      const existing = input.id === undefined ? null : requireCardRow(db, 'staff', input.id);
      if (existing) assertVersion(existing, input.version);
      const id = existing?.id ?? randomUUID();
      storeStaff(db, user, id, existing, input.card, now);
      return { meta: metaOf(db, 'staff', requireCardRow(db, 'staff', id)) };
    })
    .immediate();
}

/** A staff card from another device through the server: stored like a local save, under the server's id and revision, not unsent. */
export function storePulledStaff(db: Database.Database, user: User, id: string, rev: number, card: StaffCard, now: Date): void {
  storeStaff(db, user, id, findCardRow(db, 'staff', id), card, now);
  markSent(db, 'staff', id, rev);
}

function storeStaff(db: Database.Database, user: User, id: string, existing: CardRow | null, typed: StaffCard, now: Date): void {
  const { card } = normaliseStaffCard(typed);
  const keys = documentKeys(card);
  const issues = staffIssues(db, id, card, schoolToday(db, now));

  const before = existing ? (JSON.parse(existing.data) as StaffCard) : null;
  const previousKeys = existing ? storedKeys(db, 'staff', id).map((k) => k.key) : [];
  if (existing) updateStaff(db, id, card, issues, now, user.id);
  else insertStaff(db, id, card, issues, now, user.id);
  replaceDocumentKeys(db, 'staff', id, keys);
  refreshDuplicatesOfOthers(db, 'staff', id, new Set([...previousKeys, ...keys.map((k) => k.key)]));
  appendAudit(db, { at: now, user, entity: 'staff', entityId: id, action: existing ? 'update' : 'create', changes: fieldChanges(before, card) });
}

/** The issues of a (normalised) staff card as stored: the core checks and the duplicates within the school. */
export function staffIssues(db: Database.Database, id: string, card: StaffCard, today: string): Issue[] {
  const context = { country: requireSchool(db).school.country, today };
  // Checked as stored: NORMALISED tells the typist what a save will tidy, not a lasting problem of the card.
  return [...checkStaff(card, context), ...duplicateIssuesFor(db, 'staff', id, documentKeys(card))];
}

export function getStaff(db: Database.Database, id: string): MethodOutput<'staff.get'> {
  const row = requireCardRow(db, 'staff', id);
  return { card: JSON.parse(row.data) as StaffCard, meta: metaOf(db, 'staff', row) };
}

/** A tax number as a list shows it: the last four digits, enough to tell two people apart (the card shows it whole). */
function maskedTaxId(taxId: string): string {
  return taxId.length > 4 ? `${'*'.repeat(taxId.length - 4)}${taxId.slice(-4)}` : taxId;
}

export function findStaff(db: Database.Database, filter: MethodParsedInput<'staff.list'>): MethodOutput<'staff.list'> {
  const rows = listStaff(db, filter).map((row) => ({ ...row, taxId: maskedTaxId(row.taxId) }));
  return { rows, total: rows.length };
}
