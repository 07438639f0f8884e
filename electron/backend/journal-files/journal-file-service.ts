import ExcelJS from 'exceljs';
import type Database from 'better-sqlite3';
import type { User } from '../../../core/api/auth-api';
import { maxJournalFileBytes, maxJournalFileProblems } from '../../../core/api/journal-files-api';
import { AppError, type AppErrorValue } from '../../../core/errors';
import { cellText } from '../card-files/sheet-cells';
import { journalOf } from '../journals/journal-access';
import { journalGrid } from '../journals/journal-grid';
import { requirePeriod } from '../journals/journal-periods';
import { findMark } from '../journals/mark-repository';
import { setMark } from '../journals/mark-service';
import { listPeriodGrades } from '../journals/period-grades';
import { firstLessonColumn, firstStudentRow, headerRow, idsSheetName, readCell, sheetName, writeJournalSheet } from './journal-sheet';

interface Clock {
  now: Date;
  today: string;
}

export async function exportJournal(db: Database.Database, user: User, assignmentId: string, periodId: string, clock: Clock) {
  const journal = journalOf(db, user, assignmentId, 'read');
  const period = requirePeriod(db, periodId);
  const grid = journalGrid(db, user, { assignmentId, span: { periodId } }, clock.now);
  const { rows: grades } = listPeriodGrades(db, user, assignmentId, periodId, clock.now);
  const title = `${journal.classLabel} · ${journal.subjectName}${journal.groupLabel ? ` (${journal.groupLabel})` : ''} · ${journal.teacherName} · ${period.name}`;
  const workbook = writeJournalSheet({ grid, grades, assignmentId, periodId, title });
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const fileName = `журнал-${journal.classLabel}-${journal.subjectName}-${period.name}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, '-');
  return { fileBase64: buffer.toString('base64'), fileName };
}

/** Thrown inside the import's transaction to undo every cell saved once a problem was found. */
class ImportUndone extends Error {}

const mismatch = (row: number, column: string) => new AppError('JOURNAL_FILE_MISMATCH', { row, column });

interface CellChange {
  row: number;
  column: string;
  lessonId: string;
  studentId: string;
  value: number | null;
  attendance: 'present' | 'absent' | 'excused' | 'late';
}

/** Reads the file into the cells that differ from the journal as stored; unreadable cells become problems. */
async function changedCells(db: Database.Database, user: User, input: { assignmentId: string; periodId: string; fileBase64: string }, now: Date) {
  const bytes = Buffer.from(input.fileBase64, 'base64');
  if (bytes.length > maxJournalFileBytes) throw new AppError('JOURNAL_FILE_TOO_LARGE', { maxBytes: maxJournalFileBytes });
  journalOf(db, user, input.assignmentId, 'write');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw mismatch(1, 'A');
  }
  const sheet = workbook.getWorksheet(sheetName);
  const ids = workbook.getWorksheet(idsSheetName);
  if (!sheet || !ids) throw mismatch(1, 'A');
  if (cellText(ids.getCell(1, 2).value) !== input.assignmentId || cellText(ids.getCell(2, 2).value) !== input.periodId) throw mismatch(1, 'A');
  const grid = journalGrid(db, user, { assignmentId: input.assignmentId, span: { periodId: input.periodId } }, now);
  const lessonIndex = new Map(grid.lessons.map((lesson, i) => [lesson.id, i]));
  const columns: Array<{ column: number; lessonId: string }> = [];
  for (let column = firstLessonColumn; cellText(ids.getCell(headerRow, column).value) !== ''; column += 1) {
    const lessonId = cellText(ids.getCell(headerRow, column).value);
    if (!lessonIndex.has(lessonId) || columns.length >= grid.lessons.length) throw mismatch(headerRow, sheet.getColumn(column).letter);
    columns.push({ column, lessonId });
  }
  const rowOf = new Map(grid.rows.map((row) => [row.studentId, row]));
  const changes: CellChange[] = [];
  const problems: AppErrorValue[] = [];
  for (let row = firstStudentRow; row <= Math.max(sheet.rowCount, ids.rowCount); row += 1) {
    const studentId = cellText(ids.getCell(row, 1).value);
    const texts = columns.map(({ column }) => cellText(sheet.getCell(row, column).value).trim());
    if (studentId === '') {
      if (texts.some((text) => text !== '') || cellText(sheet.getCell(row, 2).value).trim() !== '') throw mismatch(row, 'A');
      continue;
    }
    if (row - firstStudentRow >= grid.rows.length + 200) throw mismatch(row, 'A');
    const stored = rowOf.get(studentId);
    columns.forEach(({ column, lessonId }, i) => {
      const text = texts[i] ?? '';
      const letter = sheet.getColumn(column).letter;
      const cell = readCell(text);
      if (!cell) {
        problems.push({ code: 'JOURNAL_CELL_UNREADABLE', params: { row, column: letter, text: text.slice(0, 40) } });
        return;
      }
      const before = stored?.cells[lessonIndex.get(lessonId) ?? -1] ?? null;
      const same = before ? before.value === cell.value && before.attendance === cell.attendance : cell.value === null && cell.attendance === 'present';
      if (!same) changes.push({ row, column: letter, lessonId, studentId, ...cell });
    });
  }
  return { changes, problems };
}

/**
 * Imports the marks of a journal file laid out as the export writes it: each changed cell is saved as the grid saves
 * it (setMark: scale, class, lesson day, deadlines, closed period and unlock, audit), all in one transaction; any
 * problem, of reading or of saving, undoes them all and each is named by its row and column.
 */
export async function importJournal(db: Database.Database, user: User, input: { assignmentId: string; periodId: string; fileBase64: string }, clock: Clock) {
  const { changes, problems } = await changedCells(db, user, input, clock.now);
  let saved = 0;
  try {
    db.transaction(() => {
      for (const change of changes) {
        try {
          const note = findMark(db, change.lessonId, change.studentId)?.note ?? '';
          setMark(db, user, { lessonId: change.lessonId, studentId: change.studentId, value: change.value, attendance: change.attendance, note }, clock.now, clock.today);
          saved += 1;
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          problems.push({ code: err.code, params: { ...err.params, row: change.row, column: change.column } });
        }
      }
      if (problems.length > 0) throw new ImportUndone();
    })();
  } catch (err) {
    if (!(err instanceof ImportUndone)) throw err;
    saved = 0;
  }
  problems.sort((a, b) => Number(a.params?.row) - Number(b.params?.row));
  return { saved, problems: problems.slice(0, maxJournalFileProblems), moreProblems: Math.max(0, problems.length - maxJournalFileProblems) };
}
