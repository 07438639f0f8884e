import type Database from 'better-sqlite3';
import type { DocumentBlock } from '../../../core/archive/document-content';
import { displayDate } from '../../../core/rules/calendar';
import { studentCardSchema, type StudentCard } from '../../../core/schemas/student';
import { personalFileNumberOf } from '../academic/personal-file-numbers';
import { requireCardRow } from '../cards/card-store';
import { prepared } from '../db/prepared';
import { classHistoryOf } from '../enrollments/enrollment-repository';
import { requireSchool } from '../school/school-service';
import { archiveDocumentText, type ArchiveDocumentText } from './archive-document-text';
import { classDecisions, decisionText, finalText } from './class-ledger-document';
import type { DocumentDraft } from './printout';
import { directorSignature, documentLanguage, documentOf, schoolHeader } from './school-header';

/** The year grades of every journal the student had, by academic year and subject. */
function yearGradesOf(db: Database.Database, studentId: string): { year: string; classLabel: string; subject: string; final: string }[] {
  return prepared(
    db,
    `SELECT y.name AS year, c.label AS classLabel, s.name AS subject, g.final
     FROM period_grades g JOIN assignments a ON a.id = g.assignment_id JOIN classes c ON c.id = a.class_id
       JOIN academic_years y ON y.id = c.academic_year_id JOIN subjects s ON s.id = a.subject_id
     WHERE g.student_id = ? AND g.scope = 'year' AND g.deleted = 0 AND g.final IS NOT NULL
     ORDER BY y.start_date, s.rowid`,
  ).all(studentId) as { year: string; classLabel: string; subject: string; final: string }[];
}

/** Lessons missed and of them excused, per academic year (lessons not cancelled). */
function attendanceByYear(db: Database.Database, studentId: string): { year: string; missed: number; excused: number }[] {
  return prepared(
    db,
    `SELECT y.name AS year, sum(m.attendance IN ('absent', 'excused')) AS missed, sum(m.attendance = 'excused') AS excused
     FROM marks m JOIN lessons l ON l.id = m.lesson_id JOIN assignments a ON a.id = l.assignment_id JOIN classes c ON c.id = a.class_id
       JOIN academic_years y ON y.id = c.academic_year_id
     WHERE m.student_id = ? AND m.deleted = 0 AND l.deleted = 0 AND l.cancelled = 0
     GROUP BY y.id ORDER BY y.start_date`,
  ).all(studentId) as { year: string; missed: number; excused: number }[];
}

function addressText(address: StudentCard['registeredAddress']): string {
  return [address.postalCode, address.region, address.settlement, address.street, address.house, address.apartment].filter(Boolean).join(', ') || '—';
}

function fieldLines(rows: [string, string][]): DocumentBlock[] {
  return rows.map(([label, value]) => ({ type: 'text', text: `${label}: ${value}`, size: 10 }));
}

function section(title: string): DocumentBlock[] {
  return [{ type: 'gap', points: 8 }, { type: 'text', text: title, size: 11, bold: true }];
}

function personalData(card: StudentCard, words: ArchiveDocumentText): DocumentBlock[] {
  return fieldLines([
    [words.student, [card.lastName, card.firstName, card.middleName].filter(Boolean).join(' ')],
    [words.birthDate, displayDate(card.birthDate)],
    [words.sex, card.sex ? words.sexes[card.sex] : '—'],
    [words.citizenship, card.citizenship ?? '—'],
    [words.taxId, card.taxId ?? '—'],
    [words.address, addressText(card.registeredAddress)],
    [words.phone, card.phone ?? '—'],
  ]);
}

/**
 * The personal file of a graduate or a leaver (особова справа, DESIGN §8): personal data, documents, guardians and
 * contacts, the class history with the order behind each move, the year grades of every year and the attendance
 * totals per year.
 */
export function personalFileDocument(db: Database.Database, studentId: string): DocumentDraft {
  const { school } = requireSchool(db);
  const words = archiveDocumentText[documentLanguage(school)];
  const card = studentCardSchema.parse(JSON.parse(requireCardRow(db, 'student', studentId).data));
  const name = [card.lastName, card.firstName, card.middleName].filter(Boolean).join(' ');
  const fileNumber = personalFileNumberOf(db, studentId);
  const history = classHistoryOf(db, studentId);
  const grades = yearGradesOf(db, studentId);
  const attendance = attendanceByYear(db, studentId);
  const title = words.personalFileTitle(name, fileNumber);
  const decisionOf = (classId: string) => decisionText(classDecisions(db, classId).get(studentId), words);
  const blocks: DocumentBlock[] = [
    ...schoolHeader(school),
    { type: 'text', text: title, size: 13, bold: true, align: 'center' },
    ...section(words.personalData),
    ...personalData(card, words),
    ...section(words.documents),
    {
      type: 'table',
      columns: [{ header: words.documentKind, width: 0.3 }, { header: words.documentNumber, width: 0.25 }, { header: words.issued, width: 0.45 }],
      rows: card.documents.length
        ? card.documents.map((d) => [words.documentTypes[d.type], [d.series, d.number].filter(Boolean).join(' '), [d.issuedOn ? displayDate(d.issuedOn) : '', d.issuer ?? ''].filter(Boolean).join(', ') || '—'])
        : [['—', '—', '—']],
      size: 9,
    },
    ...section(words.guardians),
    {
      type: 'table',
      columns: [{ header: words.student, width: 0.4 }, { header: words.relation, width: 0.2 }, { header: words.contact, width: 0.4 }],
      rows: card.guardians.length
        ? card.guardians.map((g) => [[g.lastName, g.firstName, g.middleName].filter(Boolean).join(' '), words.relations[g.relation], [g.phone, g.email, g.address].filter(Boolean).join(', ') || '—'])
        : [['—', '—', '—']],
      size: 9,
    },
    ...section(words.classHistory),
    {
      type: 'table',
      columns: [
        { header: words.year, width: 0.14 },
        { header: words.classColumn, width: 0.1 },
        { header: words.from, width: 0.13 },
        { header: words.to, width: 0.13 },
        { header: words.decision, width: 0.3 },
        { header: words.order, width: 0.2 },
      ],
      rows: history.map((h) => [h.academicYear, h.classLabel, displayDate(h.from), h.to ? displayDate(h.to) : '—', ...decisionOf(h.classId)]),
      size: 9,
    },
    ...section(words.yearGrades),
    {
      type: 'table',
      columns: [{ header: words.year, width: 0.18 }, { header: words.classColumn, width: 0.12 }, { header: words.subject, width: 0.5 }, { header: words.yearGrades, width: 0.2 }],
      rows: grades.length ? grades.map((g) => [g.year, g.classLabel, g.subject, finalText(g.final, words)]) : [['—', '—', '—', '—']],
      size: 9,
    },
    ...section(words.attendance),
    {
      type: 'table',
      columns: [{ header: words.year, width: 0.4 }, { header: words.missedExcused, width: 0.6 }],
      rows: attendance.length ? attendance.map((a) => [a.year, `${a.missed} / ${a.excused}`]) : [['—', '—']],
      size: 9,
    },
    directorSignature(school),
  ];
  return { content: documentOf(school, 'personal-file', title, blocks), fileName: `особова-справа-${fileNumber?.replace('/', '-') ?? studentId}.pdf` };
}
