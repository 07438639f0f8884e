import type Database from 'better-sqlite3';
import type { DocumentBlock } from '../../../core/archive/document-content';
import { AppError } from '../../../core/errors';
import { displayDate } from '../../../core/rules/calendar';
import { periodsOfYear, requireAcademicYear } from '../classes/academic-years';
import { classView, findClass } from '../classes/class-repository';
import { prepared } from '../db/prepared';
import { attendanceReport } from '../journals/journal-reports';
import { requireSchool } from '../school/school-service';
import { archiveDocumentText, type ArchiveDocumentText, type YearDecision } from './archive-document-text';
import type { DocumentDraft } from './printout';
import { byName, directorSignature, documentLanguage, documentOf, schoolHeader } from './school-header';

interface GradeRow {
  studentId: string;
  subjectId: string;
  scope: 'period' | 'year' | 'exam';
  periodId: string | null;
  final: string | null;
}

/** The year-end (or withdrawal) decision on a student in a class, with the order behind it. */
export interface ClassDecision {
  kind: YearDecision;
  toClass: string | null;
  orderNumber: number;
  orderDate: string;
}

/**
 * Each student's decision leaving the class: the order (not revoked) of kind promote, repeat, graduate or withdraw
 * whose item moves the student out of it. A later order wins (a withdrawal after a promotion cannot happen; a revoked
 * one is left out).
 */
export function classDecisions(db: Database.Database, classId: string): Map<string, ClassDecision> {
  const rows = prepared(
    db,
    `SELECT i.student_id AS studentId, o.kind, o.number AS orderNumber, o.date AS orderDate, t.label AS toClass
     FROM order_items i JOIN orders o ON o.id = i.order_id LEFT JOIN classes t ON t.id = i.to_class_id
     WHERE i.from_class_id = ? AND o.deleted = 0 AND o.kind IN ('promote', 'repeat', 'graduate', 'withdraw')
       AND NOT EXISTS (SELECT 1 FROM orders r WHERE r.revokes_order_id = o.id AND r.deleted = 0)
     ORDER BY o.date, o.number`,
  ).all(classId) as (ClassDecision & { studentId: string })[];
  return new Map(rows.map(({ studentId, ...decision }) => [studentId, decision]));
}

/** Finals of every journal of the class (period, year and exam grades), by student and subject. */
function gradesOfClass(db: Database.Database, classId: string): GradeRow[] {
  return prepared(
    db,
    `SELECT g.student_id AS studentId, a.subject_id AS subjectId, g.scope, g.period_id AS periodId, g.final
     FROM period_grades g JOIN assignments a ON a.id = g.assignment_id
     WHERE a.class_id = ? AND a.deleted = 0 AND g.deleted = 0 AND g.final IS NOT NULL`,
  ).all(classId) as GradeRow[];
}

/** The class's subjects as the school lists them (the order they were added in). */
function subjectsOfClass(db: Database.Database, classId: string): { id: string; shortName: string; name: string }[] {
  return prepared(
    db,
    `SELECT s.id, s.short_name AS shortName, s.name FROM subjects s
     WHERE s.deleted = 0 AND EXISTS (SELECT 1 FROM assignments a WHERE a.subject_id = s.id AND a.class_id = ? AND a.deleted = 0)
     ORDER BY s.rowid`,
  ).all(classId) as { id: string; shortName: string; name: string }[];
}

export function finalText(final: string, words: ArchiveDocumentText): string {
  return final === 'not_assessed' ? words.notAssessed : final === 'exempt' ? words.exempt : final;
}

export function decisionText(decision: ClassDecision | undefined, words: ArchiveDocumentText): [string, string] {
  if (!decision) return ['—', '—'];
  return [words.decisions[decision.kind](decision.toClass, displayDate(decision.orderDate)), words.orderRef(decision.orderNumber, displayDate(decision.orderDate))];
}

/** More subjects than this turn the page: an upright A4 holds the name, the totals and about eight grade columns. */
const portraitSubjects = 8;

/**
 * The class annual ledger (зведена відомість, DESIGN §8): one row per student who was in the class during the year,
 * alphabetically; a column per subject holding the period finals, the year grade and the exam grade; the lessons
 * missed and of them excused; the decision and the order behind it. Landscape when the subjects do not fit upright.
 */
export function classLedgerDocument(db: Database.Database, classId: string): DocumentDraft {
  const record = findClass(db, classId);
  const year = record && requireAcademicYear(db, record.academicYearId);
  const cls = year && classView(db, classId, year.end);
  if (!year || !cls) throw new AppError('NOT_FOUND', { entity: 'class', id: classId });
  const { school } = requireSchool(db);
  const words = archiveDocumentText[documentLanguage(school)];
  const periods = periodsOfYear(db, year.id);
  const subjects = subjectsOfClass(db, classId);
  const attendance = attendanceReport(db, classId, year.start, year.end).sort((a, b) => byName(a.name, b.name));
  const decisions = classDecisions(db, classId);
  const grades = new Map<string, string>();
  for (const g of gradesOfClass(db, classId)) grades.set(`${g.studentId} ${g.subjectId} ${g.scope} ${g.periodId ?? ''}`, g.final ?? '');
  const cell = (studentId: string, subjectId: string) => {
    const lines = periods.map((p) => grades.get(`${studentId} ${subjectId} period ${p.id}`) ?? '—').map((f) => (f === '—' ? f : finalText(f, words)));
    const yearGrade = grades.get(`${studentId} ${subjectId} year `);
    const exam = grades.get(`${studentId} ${subjectId} exam `);
    return [lines.join(' · '), `${words.yearGrade} ${yearGrade ? finalText(yearGrade, words) : '—'}`, ...(exam ? [`${words.examGrade} ${finalText(exam, words)}`] : [])].join('\n');
  };
  const landscape = subjects.length > portraitSubjects;
  const fixed = { number: 0.035, name: landscape ? 0.15 : 0.22, attendance: landscape ? 0.08 : 0.11, decision: landscape ? 0.11 : 0.13, order: 0.08 };
  const subjectWidth = (1 - Object.values(fixed).reduce((a, b) => a + b, 0)) / Math.max(subjects.length, 1);
  const title = words.ledgerTitle(cls.label, year.label);
  const homeroom = cls.homeroomTeacherName ? [{ type: 'text' as const, text: `${words.homeroomTeacher}: ${cls.homeroomTeacherName}`, align: 'center' as const }] : [];
  const blocks: DocumentBlock[] = [
    ...schoolHeader(school),
    { type: 'text', text: title, size: 13, bold: true, align: 'center' },
    ...homeroom,
    { type: 'text', text: words.gradeLegend(periods.map((p) => p.name)), size: 8, align: 'center' },
    { type: 'gap', points: 6 },
    {
      type: 'table',
      columns: [
        { header: words.number, width: fixed.number },
        { header: words.student, width: fixed.name },
        ...subjects.map((s) => ({ header: s.shortName, width: subjectWidth })),
        { header: words.missedExcused, width: fixed.attendance },
        { header: words.decision, width: fixed.decision },
        { header: words.order, width: fixed.order },
      ],
      rows: attendance.map((row, i) => [
        String(i + 1),
        row.name,
        ...subjects.map((s) => cell(row.studentId, s.id)),
        `${row.missed} / ${row.excused}`,
        ...decisionText(decisions.get(row.studentId), words),
      ]),
      size: 7,
    },
    { type: 'gap', points: 6 },
    { type: 'text', text: words.studentsCount(attendance.length), size: 9 },
    directorSignature(school),
  ];
  const content = { ...documentOf(school, 'class-ledger', title, blocks), ...(landscape ? { orientation: 'landscape' as const } : {}) };
  return { content, fileName: `відомість-${cls.label}-${year.label.replace('/', '-')}.pdf` };
}
