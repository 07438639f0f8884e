import type Database from 'better-sqlite3';
import { displayDate } from '../../../core/rules/calendar';
import { alphabetBook } from '../academic/personal-file-numbers';
import { requireSchool } from '../school/school-service';
import { officeDocumentText } from './office-document-text';
import type { DocumentDraft } from './printout';
import { directorSignature, documentLanguage, documentOf, schoolHeader } from './school-header';

/** The alphabet book (алфавітна книга): every personal file number the school issued, by letter and number. */
export function alphabetBookDocument(db: Database.Database, today: string): DocumentDraft {
  const entries = alphabetBook(db);
  const { school } = requireSchool(db);
  const words = officeDocumentText[documentLanguage(school)];
  const title = words.alphabetBookTitle;
  const content = documentOf(school, 'alphabet-book', title, [
    ...schoolHeader(school),
    { type: 'text', text: title, size: 13, bold: true, align: 'center' },
    { type: 'text', text: words.asOf(displayDate(today)), align: 'center' },
    { type: 'gap', points: 8 },
    {
      type: 'table',
      columns: [
        { header: words.personalFile, width: 0.14 },
        { header: words.fullName, width: 0.38 },
        { header: words.birthDate, width: 0.16 },
        { header: words.enrolled, width: 0.16 },
        { header: words.left, width: 0.16 },
      ],
      rows: entries.map((e) => [
        e.personalFileNumber,
        e.name,
        displayDate(e.birthDate),
        e.enrolledOn ? displayDate(e.enrolledOn) : '—',
        e.leftOn ? displayDate(e.leftOn) : '—',
      ]),
      size: 9,
    },
    directorSignature(school),
  ]);
  return { content, fileName: `алфавітна-книга-${today}.pdf` };
}
