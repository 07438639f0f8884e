import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { maxNamedProblems, maxPreviewRows, type CardFileProblem } from '../../../core/api/card-files-api';
import type { MethodOutput } from '../../../core/api/contract';
import { normaliseStaffCard, normaliseStudentCard } from '../../../core/normalise';
import { documentKeys } from '../../../core/rules/duplicates';
import type { Issue } from '../../../core/schemas/issue';
import { staffCardSchema, type StaffCard } from '../../../core/schemas/staff';
import { studentCardSchema, type StudentCard } from '../../../core/schemas/student';
import { currentAcademicYear } from '../classes/academic-years';
import { listCurrentClasses } from '../classes/class-service';
import { createOrder } from '../orders/order-service';
import { requireSchool } from '../school/school-service';
import { saveStaff, staffIssues } from '../cards/staff/staff-service';
import { saveStudent } from '../cards/students/student-service';
import { studentIssues } from '../cards/students/student-issues';
import { sheetColumns, type CardKind } from './card-sheets';
import { readCardWorkbook } from './card-workbook';
import type { SheetColumn, SheetRow } from './sheet-columns';

type ImportResult = MethodOutput<'studentFiles.import'>;
type Progress = (phase: string, done: number, total: number) => void;

/** A progress event every this many rows: one per row of ten thousand would cost more than the rows. */
const progressStep = 100;

/**
 * Missing data the editor saves a card without (a document, a class, a tax number): the card is imported and marked,
 * as a save marks it. Every other error of the checks stops the import, named by row and cell.
 */
const savedUnfinished = new Set(['documents', 'classId', 'taxId', 'pin']);

function stopsImport(issue: Issue): boolean {
  return issue.severity === 'error' && !(issue.code === 'REQUIRED' && savedUnfinished.has(issue.field ?? ''));
}

/** The column an issue's field is in: the same field, else the nearest one (`documents` → the document's number). */
function columnOf(columns: readonly SheetColumn[], field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  const column =
    columns.find((c) => c.field === field) ??
    columns.find((c) => field.startsWith(`${c.field}.`)) ??
    columns.find((c) => c.field === `${field}.0.number`) ??
    columns.find((c) => c.field.startsWith(`${field}.`));
  return column?.header;
}

interface Candidate {
  row: number;
  sheetRow: SheetRow;
  problems: CardFileProblem[];
}

/** A card as plain data, the way the schema expects it: empty document and representative columns make none. */
function tidyCard(kind: CardKind, card: Record<string, unknown>): Record<string, unknown> {
  const tidy: Record<string, unknown> = { lastName: '', firstName: '', birthDate: '', ...card };
  if (kind === 'staff') return tidy;
  const [doc] = (card.documents as Array<Record<string, unknown>> | undefined) ?? [];
  tidy.documents = doc ? [{ type: 'birth_certificate', number: '', ...doc }] : [];
  tidy.guardians = ((card.guardians as Array<Record<string, unknown> | undefined> | undefined) ?? [])
    .filter((g): g is Record<string, unknown> => g !== undefined && g !== null)
    .map((g) => ({ relation: 'other', lastName: '', firstName: '', ...g }));
  return tidy;
}

function readRow(index: number, cells: ReadonlyMap<SheetColumn, string>): Candidate {
  const sheetRow: SheetRow = { card: {}, classLabel: '' };
  const problems: CardFileProblem[] = [];
  for (const [column, text] of cells) if (!column.write(sheetRow, text)) problems.push({ row: index, column: column.header, reason: 'VALUE_UNKNOWN' });
  return { row: index, sheetRow, problems };
}

interface Checked {
  row: number;
  card: StudentCard | StaffCard;
  classId: string | null;
  detail: string;
  issues: Issue[];
}

/**
 * Reads a card sheet and checks every row as the editor's save would (the same checks, duplicates within the school
 * included), and within the file. Nothing is stored.
 */
async function readCards(db: Database.Database, kind: CardKind, file: Buffer, today: string, progress: Progress) {
  const country = requireSchool(db).school.country;
  const columns = sheetColumns(kind, country);
  progress('reading', 0, 0);
  const sheet = await readCardWorkbook(file, columns);
  const problems: CardFileProblem[] = [];
  const checked: Checked[] = [];
  if (!sheet) return { problems: [{ row: 0, reason: 'FILE_UNREADABLE' as const }], checked };
  for (const column of sheet.missing) problems.push({ row: 1, column: column.header, reason: 'COLUMN_MISSING' });
  for (const { header } of sheet.unknownHeaders) problems.push({ row: 1, column: header, reason: 'COLUMN_UNKNOWN' });
  if (problems.length > 0) return { problems, checked };
  if (sheet.rows.length === 0) return { problems: [{ row: 0, reason: 'FILE_EMPTY' as const }], checked };

  const classes = new Map(listCurrentClasses(db, today).map((c) => [c.label.toLocaleLowerCase('uk'), c]));
  const yearStart = currentAcademicYear(db, today)?.start ?? today;
  const seenKeys = new Map<string, number>();
  sheet.rows.forEach(({ index, cells }, i) => {
    if (i % progressStep === 0) progress('checking', i, sheet.rows.length);
    const candidate = readRow(index, cells);
    problems.push(...candidate.problems);
    if (candidate.problems.length > 0) return;
    const schema = kind === 'student' ? studentCardSchema : staffCardSchema;
    const parsed = schema.safeParse(tidyCard(kind, candidate.sheetRow.card));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ row: index, column: columnOf(columns, issue.path.join('.')), reason: 'VALUE_INVALID' });
      return;
    }
    const cls = candidate.sheetRow.classLabel ? classes.get(candidate.sheetRow.classLabel.toLocaleLowerCase('uk')) : undefined;
    if (candidate.sheetRow.classLabel && !cls) {
      problems.push({ row: index, column: columnOf(columns, 'classId'), reason: 'CLASS_UNKNOWN' });
      return;
    }
    // A placeholder id: the card is not stored, so every other card holding one of its numbers is another card.
    const id = randomUUID();
    const card = kind === 'student' ? normaliseStudentCard(parsed.data as StudentCard).card : normaliseStaffCard(parsed.data as StaffCard).card;
    const issues =
      kind === 'student'
        ? studentIssues(db, id, card as StudentCard, cls ? { grade: cls.grade, yearStart } : null, today)
        : staffIssues(db, id, card as StaffCard, today);
    for (const issue of issues.filter(stopsImport)) problems.push({ row: index, column: columnOf(columns, issue.field), reason: 'CHECK', issue });
    for (const { key, field } of documentKeys(card)) {
      const first = seenKeys.get(key);
      if (first === undefined) seenKeys.set(key, index);
      else problems.push({ row: index, column: columnOf(columns, field), reason: 'DUPLICATE', duplicateOf: first });
    }
    const detail = kind === 'student' ? (cls?.label ?? '') : (card as StaffCard).position;
    checked.push({ row: index, card, classId: cls?.id ?? null, detail, issues: issues.filter((issue) => !stopsImport(issue)) });
  });
  return { problems, checked };
}

function answer(problems: readonly CardFileProblem[], checked: readonly Checked[]): Omit<ImportResult, 'imported' | 'backupPath' | 'orderNumber'> {
  return {
    cards: checked.length,
    problems: problems.slice(0, maxNamedProblems),
    problemCount: problems.length,
    preview: checked.slice(0, maxPreviewRows).map(({ row, card, detail, issues }) => ({
      row,
      name: [card.lastName, card.firstName, card.middleName].filter(Boolean).join(' '),
      birthDate: card.birthDate,
      detail,
      issues,
    })),
    withIssues: checked.filter((c) => c.issues.length > 0).length,
    enrolled: checked.filter((c) => c.classId !== null).length,
  };
}

export interface ImportRun {
  db: Database.Database;
  user: User;
  now: Date;
  today: string;
  progress: Progress;
  /** Makes the backup before the cards are stored; answers its path. */
  backup(): Promise<string>;
}

/**
 * The preview (`apply` false) or the import: when the file has no problem, a backup, then every card saved as the
 * editor saves it and the students with a class admitted by one enrollment order, all in one transaction.
 */
export async function importCards(run: ImportRun, kind: CardKind, file: Buffer, apply: boolean): Promise<ImportResult> {
  const { problems, checked } = await readCards(run.db, kind, file, run.today, run.progress);
  const read = answer(problems, checked);
  if (!apply || problems.length > 0 || checked.length === 0) return { ...read, imported: 0, backupPath: null, orderNumber: null };
  const backupPath = await run.backup();
  const orderNumber = run.db
    .transaction(() => {
      const admitted: Array<{ studentId: string; toClassId: string }> = [];
      checked.forEach(({ card, classId }, i) => {
        if (i % progressStep === 0) run.progress('saving', i, checked.length);
        if (kind === 'staff') {
          saveStaff(run.db, run.user, { card: card as StaffCard }, run.now);
          return;
        }
        const { meta } = saveStudent(run.db, run.user, { card: card as StudentCard }, run.now);
        if (classId) admitted.push({ studentId: meta.id, toClassId: classId });
      });
      if (admitted.length === 0) return null;
      return createOrder(run.db, run.user, { date: run.today, kind: 'enroll', items: admitted }, run.now).number;
    })
    .immediate();
  return { ...read, imported: checked.length, backupPath, orderNumber };
}
