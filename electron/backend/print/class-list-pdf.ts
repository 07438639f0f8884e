import type Database from 'better-sqlite3';
import type { Printout } from '../../../core/api/print-api';
import { displayDate } from '../../../core/rules/calendar';
import { classDetail } from '../classes/class-service';
import { requireSchool } from '../school/school-service';
import { PdfWriter } from './pdf-writer';
import { writeSchoolHeader } from './school-header';

const sexes = { M: 'ч', F: 'ж' } as const;

/** The class list as the office prints it: the students in the class on the day, alphabetically, with counts by sex. */
export async function classListPdf(db: Database.Database, fontsDir: string, id: string, date: string | undefined, today: string): Promise<Printout> {
  const on = date ?? today;
  const { class: cls, members, counts } = classDetail(db, id, on, today);
  const { school } = requireSchool(db);
  const title = `Список учнів ${cls.label} класу, ${cls.academicYear} н. р.`;
  const pdf = await PdfWriter.create(fontsDir, title);
  writeSchoolHeader(pdf, school);
  pdf.text(title, { size: 13, bold: true, align: 'center' });
  pdf.text(`станом на ${displayDate(on)}`, { align: 'center' });
  if (cls.homeroomTeacherName) pdf.text(`Класний керівник: ${cls.homeroomTeacherName}`, { align: 'center' });
  pdf.gap(8);
  const current = members.filter((m) => m.current).sort((a, b) => a.name.localeCompare(b.name, 'uk'));
  pdf.table(
    [
      { header: '№', width: 0.08 },
      { header: 'Прізвище, ім’я, по батькові', width: 0.56 },
      { header: 'Дата народження', width: 0.22 },
      { header: 'Стать', width: 0.14 },
    ],
    current.map((m, i) => [String(i + 1), m.name, displayDate(m.birthDate), m.sex ? sexes[m.sex] : '—']),
  );
  pdf.gap(6);
  pdf.text(`Усього: ${counts.total} (хлопців — ${counts.bySex.M}, дівчат — ${counts.bySex.F})`);
  pdf.signature('Директор', school.director || '');
  return { fileName: `spysok-${cls.label}-${cls.academicYear.replace('/', '-')}.pdf`, pdfBase64: Buffer.from(await pdf.bytes()).toString('base64') };
}
