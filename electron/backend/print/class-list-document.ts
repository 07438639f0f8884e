import type Database from 'better-sqlite3';
import { displayDate } from '../../../core/rules/calendar';
import { classDetail } from '../classes/class-service';
import { requireSchool } from '../school/school-service';
import { officeDocumentText } from './office-document-text';
import type { DocumentDraft } from './printout';
import { byName, directorSignature, documentLanguage, documentOf, schoolHeader } from './school-header';

/** The class list as the office prints it: the students in the class on the day, alphabetically, with counts by sex. */
export function classListDocument(db: Database.Database, id: string, date: string | undefined, today: string): DocumentDraft {
  const on = date ?? today;
  const { class: cls, members, counts } = classDetail(db, id, on, today);
  const { school } = requireSchool(db);
  const words = officeDocumentText[documentLanguage(school)];
  const title = words.classListTitle(cls.label, cls.academicYear);
  const current = members.filter((m) => m.current).sort((a, b) => byName(a.name, b.name));
  const content = documentOf(school, 'class-list', title, [
    ...schoolHeader(school),
    { type: 'text', text: title, size: 13, bold: true, align: 'center' },
    { type: 'text', text: words.asOf(displayDate(on)), align: 'center' },
    ...(cls.homeroomTeacherName ? [{ type: 'text' as const, text: `${words.homeroomTeacher}: ${cls.homeroomTeacherName}`, align: 'center' as const }] : []),
    { type: 'gap', points: 8 },
    {
      type: 'table',
      columns: [
        { header: words.number, width: 0.08 },
        { header: words.fullName, width: 0.56 },
        { header: words.birthDate, width: 0.22 },
        { header: words.sex, width: 0.14 },
      ],
      rows: current.map((m, i) => [String(i + 1), m.name, displayDate(m.birthDate), m.sex ? words.sexes[m.sex] : '—']),
    },
    { type: 'gap', points: 6 },
    { type: 'text', text: words.classTotal(counts.total, counts.bySex.M, counts.bySex.F) },
    directorSignature(school),
  ]);
  return { content, fileName: `список-${cls.label}-${cls.academicYear.replace('/', '-')}.pdf` };
}
