import type Database from 'better-sqlite3';
import type { Issue } from '../../../../core/schemas/issue';
import type { IdentityDocument, StudentCard } from '../../../../core/schemas/student';
import { prepared } from '../../db/prepared';
import { nameSortKey } from '../../text/alphabetical-order';
import { searchFold } from '../../text/search-fold';
import { checkColumns } from '../card-store';
import { markStudentChanged } from './student-list-index';

function documentText(doc: IdentityDocument): string {
  return [doc.series, doc.number].filter(Boolean).join(' ');
}

/** The document the list shows: the birth certificate, else a passport / ID card, else any. */
function mainDocument(card: StudentCard): string {
  const order = ['birth_certificate', 'id_card', 'passport', 'foreign_document'];
  const doc = [...card.documents].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))[0];
  return doc ? documentText(doc) : '';
}

/** Names, then every number a secretary might search by: documents (with and without series), tax number, UNZR, PIN, file. */
function searchText(card: StudentCard): string {
  const parts = [card.lastName, card.firstName, card.middleName ?? ''];
  for (const doc of card.documents) parts.push(documentText(doc), `${doc.series ?? ''}${doc.number}`);
  parts.push(card.taxId ?? '', card.unzr ?? '', card.pin ?? '', card.personalFileNumber ?? '');
  return searchFold(parts.filter(Boolean).join(' '));
}

function columns(card: StudentCard, issues: Issue[]) {
  const middleName = card.middleName ?? '';
  return {
    data: JSON.stringify(card),
    last_name: card.lastName,
    first_name: card.firstName,
    middle_name: middleName,
    birth_date: card.birthDate,
    name_sort: nameSortKey(card.lastName, card.firstName, middleName),
    search_text: searchText(card),
    document: mainDocument(card),
    ...checkColumns(issues),
  };
}

export function insertStudent(db: Database.Database, id: string, card: StudentCard, issues: Issue[], at: Date, userId: string): void {
  prepared(
    db,
    `INSERT INTO students (id, data, last_name, first_name, middle_name, birth_date, name_sort, search_text, document,
       status, issues, error_count, warning_count, version, change_count, updated_at, updated_by)
     VALUES (@id, @data, @last_name, @first_name, @middle_name, @birth_date, @name_sort, @search_text, @document,
       @status, @issues, @error_count, @warning_count, 1, 1, @updated_at, @updated_by)`,
  ).run({ id, ...columns(card, issues), updated_at: at.toISOString(), updated_by: userId });
  markStudentChanged(db, id);
}

export function updateStudent(db: Database.Database, id: string, card: StudentCard, issues: Issue[], at: Date, userId: string): void {
  prepared(
    db,
    `UPDATE students SET data = @data, last_name = @last_name, first_name = @first_name, middle_name = @middle_name,
       birth_date = @birth_date, name_sort = @name_sort, search_text = @search_text, document = @document,
       status = @status, issues = @issues, error_count = @error_count, warning_count = @warning_count,
       version = version + 1, change_count = change_count + 1, updated_at = @updated_at, updated_by = @updated_by
     WHERE id = @id`,
  ).run({ id, ...columns(card, issues), updated_at: at.toISOString(), updated_by: userId });
  markStudentChanged(db, id);
}

/** New issues of an unchanged card (its class changed): the status columns only, no new version. */
export function updateStudentIssues(db: Database.Database, id: string, issues: Issue[]): void {
  prepared(db, 'UPDATE students SET status = @status, issues = @issues, error_count = @error_count, warning_count = @warning_count WHERE id = @id').run({
    id,
    ...checkColumns(issues),
  });
  markStudentChanged(db, id);
}
