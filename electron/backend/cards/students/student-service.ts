import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { User } from '../../../../core/api/auth-api';
import { apiContract, type MethodOutput, type MethodParsedInput } from '../../../../core/api/contract';
import { normaliseStudentCard } from '../../../../core/normalise';
import { documentKeys } from '../../../../core/rules/duplicates';
import type { StudentCard } from '../../../../core/schemas/student';
import { adoptPersonalFileNumber, withPersonalFileNumber } from '../../academic/personal-file-numbers';
import { appendAudit } from '../../audit/audit-log';
import { fieldChanges } from '../../audit/field-changes';
import { requireClass } from '../../classes/class-service';
import { schoolToday } from '../../clock';
import { currentClassOf } from '../../enrollments/enrollment-repository';
import { createOrder } from '../../orders/order-service';
import { assertVersion, findCardRow, markSent, metaOf, requireCardRow, type CardRow } from '../card-store';
import { refreshDuplicatesOfOthers, replaceDocumentKeys, storedKeys } from '../duplicate-lookup';
import type { ObjectScope } from '../../auth/object-scope';
import { queryStudentList, queryStudentNames } from './student-list-index';
import { studentIssues, type CheckedClass } from './student-issues';
import { insertStudent, updateStudent } from './student-repository';

/**
 * Saves a student card: normalise, check, look up duplicates, store with its status and issues, bump the version
 * and the unsent-change counter, audit the field-level difference, and for a new card with a class enrol it from
 * today — all in one transaction. An invalid card is saved and marked, never refused.
 *
 * A plain function of (db, acting user, parsed input, now) so that bulk writers (the demo seeder, imports) can call
 * it many times inside one outer transaction of theirs: better-sqlite3 turns the inner transaction into a savepoint.
 * `input` is the parsed shape (`apiContract['students.save'].input.parse(raw)` gives it).
 */
export function saveStudent(
  db: Database.Database,
  user: User,
  input: MethodParsedInput<'students.save'>,
  now: Date,
): MethodOutput<'students.save'> {
  return db
    .transaction(() => {
      const today = schoolToday(db, now);
      const existing = input.id === undefined ? null : requireCardRow(db, 'student', input.id);
      if (existing) assertVersion(existing, input.version);
      const id = existing?.id ?? randomUUID();
      const enrolIn = !existing && input.classId ? requireClass(db, input.classId) : null;
      // A class chosen for a new card is an admission: it gets its personal file number and an enroll order.
      const card = enrolIn ? withPersonalFileNumber(db, id, input.card) : input.card;
      storeStudent(db, user, id, existing, card, now, enrolIn ? { grade: enrolIn.grade, yearStart: enrolIn.yearStart } : null);
      if (enrolIn) createOrder(db, user, { date: today, kind: 'enroll', items: [{ studentId: id, toClassId: enrolIn.id }] }, now);
      return { meta: metaOf(db, 'student', requireCardRow(db, 'student', id)) };
    })
    .immediate();
}

/**
 * A student card that came from another device through the server: checked and stored like a local save
 * (status, duplicates, audit under `user`, the sync), under the id and revision the server gave it, and not unsent.
 */
export function storePulledStudent(db: Database.Database, user: User, id: string, rev: number, card: StudentCard, now: Date): void {
  storeStudent(db, user, id, findCardRow(db, 'student', id), card, now, null);
  markSent(db, 'student', id, rev);
  adoptPersonalFileNumber(db, user.id, id, card.personalFileNumber, now);
}

/** Normalise, check, look up duplicates, store, refresh the duplicates of others, audit the field-level difference. */
function storeStudent(
  db: Database.Database,
  user: User,
  id: string,
  existing: CardRow | null,
  typed: StudentCard,
  now: Date,
  newClass: CheckedClass,
): void {
  const today = schoolToday(db, now);
  const cls = newClass ?? (existing ? currentClassOf(db, id, today) : null);
  const { card } = normaliseStudentCard(typed);
  const keys = documentKeys(card);
  const issues = studentIssues(db, id, card, cls, today);

  const before = existing ? (JSON.parse(existing.data) as StudentCard) : null;
  const previousKeys = existing ? storedKeys(db, 'student', id).map((k) => k.key) : [];
  if (existing) updateStudent(db, id, card, issues, now, user.id);
  else insertStudent(db, id, card, issues, now, user.id);
  replaceDocumentKeys(db, 'student', id, keys);
  refreshDuplicatesOfOthers(db, 'student', id, new Set([...previousKeys, ...keys.map((k) => k.key)]));
  appendAudit(db, { at: now, user, entity: 'student', entityId: id, action: existing ? 'update' : 'create', changes: fieldChanges(before, card) });
}

export function getStudent(db: Database.Database, id: string, today: string): MethodOutput<'students.get'> {
  const row = requireCardRow(db, 'student', id);
  return {
    card: JSON.parse(row.data) as StudentCard,
    meta: metaOf(db, 'student', row),
    classId: currentClassOf(db, id, today)?.classId ?? null,
  };
}

/** The students matching the filter that `scope` reaches (everyone, or those of its classes today). */
export function findStudents(
  db: Database.Database,
  filter: MethodParsedInput<'students.list'>,
  today: string,
  scope: ObjectScope,
): MethodOutput<'students.list'> {
  const rows = queryStudentList(db, filter, today, scope);
  return { rows, total: rows.length };
}

/** Names and classes of the students in a class today that `scope` reaches; the card stays unread. */
export function findStudentNames(
  db: Database.Database,
  input: MethodParsedInput<'students.names'>,
  today: string,
  scope: ObjectScope,
): MethodOutput<'students.names'> {
  const filter = apiContract['students.list'].input.parse({ search: input.search, classId: input.classId });
  return { rows: queryStudentNames(db, filter, today, scope) };
}

/**
 * A class teacher's save: the contacts, guardians, social and medical fields of the stored card replaced by the
 * ones given, the rest of the card as stored, then saved as any card is (checked, audited, synced).
 */
export function saveStudentContacts(
  db: Database.Database,
  user: User,
  input: MethodParsedInput<'students.saveContacts'>,
  now: Date,
): MethodOutput<'students.saveContacts'> {
  return db
    .transaction(() => {
      const stored = JSON.parse(requireCardRow(db, 'student', input.id).data) as StudentCard;
      return saveStudent(db, user, { id: input.id, version: input.version, card: { ...stored, ...input.contacts } }, now);
    })
    .immediate();
}
