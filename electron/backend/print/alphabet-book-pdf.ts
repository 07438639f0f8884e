import type Database from 'better-sqlite3';
import type { Printout } from '../../../core/api/print-api';
import { displayDate } from '../../../core/rules/calendar';
import { alphabetBook } from '../academic/personal-file-numbers';
import { requireSchool } from '../school/school-service';
import { PdfWriter } from './pdf-writer';
import { writeSchoolHeader } from './school-header';

/** The alphabet book (алфавітна книга): every personal file number the school issued, by letter and number. */
export async function alphabetBookPdf(db: Database.Database, fontsDir: string, today: string): Promise<Printout> {
  const entries = alphabetBook(db);
  const { school } = requireSchool(db);
  const title = 'Алфавітна книга запису учнів';
  const pdf = await PdfWriter.create(fontsDir, title);
  writeSchoolHeader(pdf, school);
  pdf.text(title, { size: 13, bold: true, align: 'center' });
  pdf.text(`станом на ${displayDate(today)}`, { align: 'center' });
  pdf.gap(8);
  pdf.table(
    [
      { header: 'Особова справа', width: 0.14 },
      { header: 'Прізвище, ім’я, по батькові', width: 0.38 },
      { header: 'Дата народження', width: 0.16 },
      { header: 'Зараховано', width: 0.16 },
      { header: 'Вибув', width: 0.16 },
    ],
    entries.map((e) => [
      e.personalFileNumber,
      e.name,
      displayDate(e.birthDate),
      e.enrolledOn ? displayDate(e.enrolledOn) : '—',
      e.leftOn ? displayDate(e.leftOn) : '—',
    ]),
    9,
  );
  pdf.signature('Директор', school.director || '');
  return { fileName: `alfavitna-knyha-${today}.pdf`, pdfBase64: Buffer.from(await pdf.bytes()).toString('base64') };
}
