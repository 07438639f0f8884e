import type Database from 'better-sqlite3';
import { requireAcademicYear } from '../classes/academic-years';
import { requireSchool } from '../school/school-service';
import { teachingLoad } from '../teaching/teaching-service';
import { archiveDocumentText } from './archive-document-text';
import type { DocumentDraft } from './printout';
import { byName, directorSignature, documentLanguage, documentOf, schoolHeader } from './school-header';

const hours = (h: number) => String(h).replace('.', ',');

/**
 * The teaching-load report of a year (тарифікація, DESIGN §8): teacher × class × subject × hours a week, a total row
 * per teacher and the school's total. Teachers alphabetically, each one's classes by grade.
 */
export function teachingLoadDocument(db: Database.Database, academicYearId: string): DocumentDraft {
  const year = requireAcademicYear(db, academicYearId);
  const { school } = requireSchool(db);
  const words = archiveDocumentText[documentLanguage(school)];
  const load = teachingLoad(db, { academicYearId });
  const teachers = [...load.teachers].sort((a, b) => byName(a.teacherName, b.teacherName));
  const rows = teachers.flatMap((teacher, i) => [
    ...teacher.assignments.map((a) => [String(i + 1), teacher.teacherName, a.classLabel, a.groupLabel ? `${a.subjectName} (${a.groupLabel})` : a.subjectName, hours(a.hoursPerWeek)]),
    ['', words.total, '', '', hours(teacher.totalHours)],
  ]);
  const title = words.loadTitle(year.label);
  const content = documentOf(school, 'teaching-load', title, [
    ...schoolHeader(school),
    { type: 'text', text: title, size: 13, bold: true, align: 'center' },
    { type: 'gap', points: 8 },
    {
      type: 'table',
      columns: [
        { header: words.number, width: 0.06 },
        { header: words.teacher, width: 0.34 },
        { header: words.classes, width: 0.1 },
        { header: words.subject, width: 0.34 },
        { header: words.hoursPerWeek, width: 0.16 },
      ],
      rows: [...rows, ['', words.schoolTotal, '', '', hours(load.totalHours)]],
      size: 9,
    },
    directorSignature(school),
  ]);
  return { content, fileName: `навантаження-${year.label.replace('/', '-')}.pdf` };
}
