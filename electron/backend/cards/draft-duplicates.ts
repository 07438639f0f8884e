import type Database from 'better-sqlite3';
import type { DuplicateCard } from '../../../core/api/cards-api';
import { normaliseStaffCard, normaliseStudentCard } from '../../../core/normalise';
import { documentKeys } from '../../../core/rules/duplicates';
import type { StaffCard } from '../../../core/schemas/staff';
import type { StudentCard } from '../../../core/schemas/student';
import { currentClassOf } from '../enrollments/enrollment-repository';
import { findCardRow } from './card-store';
import { cardsHolding } from './duplicate-lookup';

type Draft = { type: 'student'; card: StudentCard } | { type: 'staff'; card: StaffCard };

/** At most this many are named: one is already a question for the secretary. */
const maxNamed = 50;

/**
 * The other live cards holding a document, tax number, PIN or UNZR of a card being typed, named so the secretary
 * can open them: asked before a save, so a person entered twice is noticed before the card and its order exist.
 */
export function draftDuplicates(db: Database.Database, draft: Draft, id: string | undefined, today: string): DuplicateCard[] {
  const card = draft.type === 'student' ? normaliseStudentCard(draft.card).card : normaliseStaffCard(draft.card).card;
  return cardsHolding(db, draft.type, id ?? null, documentKeys(card))
    .slice(0, maxNamed)
    .flatMap(({ id: other, field }) => {
      const row = findCardRow(db, draft.type, other);
      if (!row) return [];
      const data = JSON.parse(row.data) as StudentCard | StaffCard;
      const detail = draft.type === 'student' ? (currentClassOf(db, other, today)?.label ?? null) : (data as StaffCard).position || null;
      return [{ id: other, name: [data.lastName, data.firstName, data.middleName].filter(Boolean).join(' '), birthDate: data.birthDate, detail, field }];
    });
}
