import type Database from 'better-sqlite3';
import { displayDate } from '../../../core/rules/calendar';
import { classDetail } from '../classes/class-service';
import { requireSchool } from '../school/school-service';
import type { DocumentDraft } from './printout';
import { byName, directorSignature, documentOf, schoolHeader } from './school-header';

const sexes = { M: 'ч', F: 'ж' } as const;

/** The class list as the office prints it: the students in the class on the day, alphabetically, with counts by sex. */
export function classListDocument(db: Database.Database, id: string, date: string | undefined, today: string): DocumentDraft {
  const on = date ?? today;
  const { class: cls, members, counts } = classDetail(db, id, on, today);
  const { school } = requireSchool(db);
  const title = `Список учнів ${cls.label} класу, ${cls.academicYear} н. р.`;
  const current = members.filter((m) => m.current).sort((a, b) => byName(a.name, b.name));
  const content = documentOf(school, 'class-list', title, [
    ...schoolHeader(school),
    { type: 'text', text: title, size: 13, bold: true, align: 'center' },
    { type: 'text', text: `станом на ${displayDate(on)}`, align: 'center' },
    ...(cls.homeroomTeacherName ? [{ type: 'text' as const, text: `Класний керівник: ${cls.homeroomTeacherName}`, align: 'center' as const }] : []),
    { type: 'gap', points: 8 },
    {
      type: 'table',
      columns: [
        { header: '№', width: 0.08 },
        { header: 'Прізвище, ім’я, по батькові', width: 0.56 },
        { header: 'Дата народження', width: 0.22 },
        { header: 'Стать', width: 0.14 },
      ],
      rows: current.map((m, i) => [String(i + 1), m.name, displayDate(m.birthDate), m.sex ? sexes[m.sex] : '—']),
    },
    { type: 'gap', points: 6 },
    { type: 'text', text: `Усього: ${counts.total} (хлопців — ${counts.bySex.M}, дівчат — ${counts.bySex.F})` },
    directorSignature(school),
  ]);
  return { content, fileName: `список-${cls.label}-${cls.academicYear.replace('/', '-')}.pdf` };
}
