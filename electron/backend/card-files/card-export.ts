import type Database from 'better-sqlite3';
import { prepared } from '../db/prepared';
import { cardTable } from '../cards/card-store';
import { currentClassOf } from '../enrollments/enrollment-repository';
import { requireSchool } from '../school/school-service';
import { nameSortKey } from '../text/alphabetical-order';
import { sheetColumns, type CardKind } from './card-sheets';
import { writeCardWorkbook } from './card-workbook';
import type { SheetRow } from './sheet-columns';

export const sheetNames: Readonly<Record<CardKind, string>> = { student: 'Учні', staff: 'Працівники' };

/** Every live card of the kind, in alphabetical order, a student with the class of today. */
function sheetRows(db: Database.Database, kind: CardKind, today: string): SheetRow[] {
  const stored = prepared(db, `SELECT id, data FROM ${cardTable[kind]} WHERE deleted = 0`).all() as Array<{ id: string; data: string }>;
  const rows = stored.map(({ id, data }) => {
    const card = JSON.parse(data) as Record<string, unknown> & { lastName: string; firstName: string; middleName?: string };
    return { key: nameSortKey(card.lastName, card.firstName, card.middleName ?? ''), row: { card, classLabel: kind === 'student' ? (currentClassOf(db, id, today)?.label ?? '') : '' } };
  });
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((r) => r.row);
}

/** The whole student or staff list as a card sheet, the same columns the import reads. */
export async function exportCards(db: Database.Database, kind: CardKind, today: string, progress: (phase: string, done: number, total: number) => void): Promise<Buffer> {
  const rows = sheetRows(db, kind, today);
  const columns = sheetColumns(kind, requireSchool(db).school.country);
  // A progress event every 200 rows: ten thousand events would cost more than the rows.
  return writeCardWorkbook(sheetNames[kind], columns, rows, (done) => {
    if (done % 200 === 0 || done === rows.length) progress('writing', done, rows.length);
  });
}

/** An empty sheet to fill in: the header the import reads, lists of choices where a column takes a code. */
export function cardTemplate(db: Database.Database, kind: CardKind): Promise<Buffer> {
  return writeCardWorkbook(sheetNames[kind], sheetColumns(kind, requireSchool(db).school.country), []);
}
