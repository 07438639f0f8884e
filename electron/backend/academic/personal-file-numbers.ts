import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { nextPersonalFileNumber, parsePersonalFileNumber } from '../../../core/academic/personal-file-number';
import type { AlphabetBookEntry } from '../../../core/api/academic-api';
import { prepared } from '../db/prepared';
import { compareAlphabetically } from '../text/alphabetical-order';
import { schoolToday } from '../clock';

/**
 * The register of personal file numbers ("В/13") behind the alphabet book. A row is never deleted, so a number stays
 * used after its student left or its card was removed; only the undo of a year-end run that issued it takes it back.
 */
export function usedPersonalFileNumbers(db: Database.Database): string[] {
  const rows = prepared(
    db,
    `SELECT letter || '/' || number AS value FROM personal_file_numbers
     UNION SELECT json_extract(data, '$.personalFileNumber') FROM students WHERE json_extract(data, '$.personalFileNumber') IS NOT NULL`,
  ).all() as { value: string }[];
  return rows.map((r) => r.value);
}

export function personalFileNumberOf(db: Database.Database, studentId: string): string | null {
  const row = prepared(db, `SELECT letter || '/' || number AS value FROM personal_file_numbers WHERE student_id = ? ORDER BY issued_on LIMIT 1`).get(studentId) as
    | { value: string }
    | undefined;
  return row?.value ?? null;
}

function isRegistered(db: Database.Database, letter: string, number: number): boolean {
  return prepared(db, 'SELECT 1 FROM personal_file_numbers WHERE letter = ? AND number = ?').get(letter, number) !== undefined;
}

/** Records `value` as issued to the student on `on`. */
export function registerPersonalFileNumber(db: Database.Database, userId: string, studentId: string, value: string, on: string, now: Date): void {
  const parsed = parsePersonalFileNumber(value);
  if (!parsed) return;
  prepared(
    db,
    `INSERT INTO personal_file_numbers (id, student_id, letter, number, issued_on, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(randomUUID(), studentId, parsed.letter, parsed.number, on, now.toISOString(), userId);
}

/**
 * A card from another office PC brings the number that PC issued, so this PC's alphabet book lists it too. Not when
 * this register already gave the student a number, or gave that number to someone else (two PCs issuing one number
 * offline): the card keeps what it says and the register what it issued.
 */
export function adoptPersonalFileNumber(db: Database.Database, userId: string, studentId: string, value: string | undefined, now: Date): void {
  const parsed = value === undefined ? null : parsePersonalFileNumber(value);
  if (!parsed || personalFileNumberOf(db, studentId) !== null || isRegistered(db, parsed.letter, parsed.number)) return;
  registerPersonalFileNumber(db, userId, studentId, `${parsed.letter}/${parsed.number}`, schoolToday(db, now), now);
}

/**
 * The number a student being enrolled keeps: the one already registered for it, else the one written on the card when
 * well-formed and no one else's, else the next free one of the surname's letter. None for a surname that does not
 * begin with a letter. `registered` tells whether it still has to be registered (after the card is stored).
 */
export function choosePersonalFileNumber(
  db: Database.Database,
  student: { id: string; lastName: string; personalFileNumber?: string | undefined },
): { value: string | undefined; registered: boolean } {
  const existing = personalFileNumberOf(db, student.id);
  if (existing) return { value: existing, registered: true };
  const written = student.personalFileNumber === undefined ? undefined : parsePersonalFileNumber(student.personalFileNumber);
  if (written && !isRegistered(db, written.letter, written.number)) return { value: `${written.letter}/${written.number}`, registered: false };
  return { value: nextPersonalFileNumber(student.lastName, usedPersonalFileNumbers(db)), registered: false };
}

/** Every number issued, by letter (the school's alphabet order) then number, with the student's years in the school. */
export function alphabetBook(db: Database.Database, letter?: string): AlphabetBookEntry[] {
  const entries = prepared(
    db,
    `SELECT p.letter, p.number, p.letter || '/' || p.number AS personalFileNumber, p.student_id AS studentId,
       trim(s.last_name || ' ' || s.first_name || ' ' || s.middle_name) AS name, s.birth_date AS birthDate, p.issued_on AS issuedOn,
       (SELECT min(e.from_date) FROM enrollments e WHERE e.student_id = p.student_id AND e.deleted = 0) AS enrolledOn,
       CASE WHEN EXISTS (SELECT 1 FROM enrollments e WHERE e.student_id = p.student_id AND e.deleted = 0 AND e.to_date IS NULL) THEN NULL
         ELSE (SELECT max(e.to_date) FROM enrollments e WHERE e.student_id = p.student_id AND e.deleted = 0) END AS leftOn
     FROM personal_file_numbers p JOIN students s ON s.id = p.student_id
     WHERE p.deleted = 0 AND (@letter IS NULL OR p.letter = @letter)`,
  ).all({ letter: letter?.toLocaleUpperCase('uk') ?? null }) as AlphabetBookEntry[];
  return entries.sort((a, b) => compareAlphabetically(a.letter, b.letter) || a.number - b.number);
}

/** The card as it will be enrolled: with the personal file number it keeps (see choosePersonalFileNumber). */
export function withPersonalFileNumber<T extends { lastName: string; personalFileNumber?: string | undefined }>(db: Database.Database, id: string, card: T): T {
  const { value } = choosePersonalFileNumber(db, { id, lastName: card.lastName, personalFileNumber: card.personalFileNumber });
  return value === undefined ? card : { ...card, personalFileNumber: value };
}
