import ExcelJS from 'exceljs';
import type { JournalGrid, PeriodGradeRow } from '../../../core/api/journals-api';
import type { Attendance } from '../../../core/journals/journal-entities';

/**
 * The layout of a journal in Excel, shared by the export and the import. Sheet «Журнал»: row 1 the journal's title,
 * row 2 the headers (№, student, one real date per lesson, average, suggested, final), row 3 each lesson's kind and
 * topic, then one row per student. A cell holds a mark as a real number, an attendance code (`н` absent, `нп`
 * excused, `зп` late) or both as text (`10 зп`). A hidden sheet «ids» holds, at the same cells, what the import
 * matches by: the journal and period (B1, B2), each lesson's id (row 2) and each student's id (column A).
 */
export const sheetName = 'Журнал';
export const idsSheetName = 'ids';
export const headerRow = 2;
export const topicRow = 3;
export const firstStudentRow = 4;
/** Column of the first lesson: after № and the student's name. */
export const firstLessonColumn = 3;

export const attendanceCode: Readonly<Record<Exclude<Attendance, 'present'>, string>> = { absent: 'н', excused: 'нп', late: 'зп' };

export interface JournalSheetInput {
  grid: JournalGrid;
  grades: PeriodGradeRow[];
  assignmentId: string;
  periodId: string;
  title: string;
}

/** A cell of the grid as Excel holds it: a number for a mark alone, text with an attendance code, empty for nothing. */
export function cellValue(cell: { value: number | null; attendance: Attendance } | null): ExcelJS.CellValue {
  if (!cell) return null;
  if (cell.attendance === 'present') return cell.value;
  const code = attendanceCode[cell.attendance];
  return cell.value === null ? code : `${cell.value} ${code}`;
}

const codeToAttendance = new Map<string, Attendance>(Object.entries(attendanceCode).map(([attendance, code]) => [code, attendance as Attendance]));

/** A cell read back: a mark and attendance, 'empty', or null when the text is none of the layout's. */
export function readCell(text: string): { value: number | null; attendance: Attendance } | null {
  const m = /^(\d{1,2})?\s*([\p{L}]{1,2})?$/u.exec(text.trim().toLocaleLowerCase('uk'));
  if (!m) return null;
  const value = m[1] === undefined ? null : Number(m[1]);
  if (m[2] === undefined) return { value, attendance: 'present' };
  const attendance = codeToAttendance.get(m[2]);
  return attendance ? { value, attendance } : null;
}

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function writeJournalSheet(input: JournalSheetInput): ExcelJS.Workbook {
  const { grid, grades } = input;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', xSplit: firstLessonColumn - 1, ySplit: topicRow }] });
  const ids = workbook.addWorksheet(idsSheetName, { state: 'veryHidden' });
  const lessons = grid.lessons.filter((l) => !l.cancelled);
  const afterLessons = firstLessonColumn + lessons.length;
  sheet.getCell(1, 1).value = input.title;
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(headerRow, 1).value = '№';
  sheet.getCell(headerRow, 2).value = 'Учень';
  sheet.getCell(topicRow, 2).value = 'Тема';
  ids.getCell(1, 2).value = input.assignmentId;
  ids.getCell(2, 2).value = input.periodId;
  lessons.forEach((lesson, i) => {
    const column = firstLessonColumn + i;
    const head = sheet.getCell(headerRow, column);
    head.value = dateOf(lesson.date);
    head.numFmt = 'dd.mm';
    sheet.getCell(topicRow, column).value = `${lesson.kind === 'control' ? 'К. ' : ''}${lesson.topic}`;
    ids.getCell(headerRow, column).value = lesson.id;
    sheet.getColumn(column).width = 6;
  });
  ['Середній', 'Рекомендовано', 'Підсумкова'].forEach((header, i) => {
    sheet.getCell(headerRow, afterLessons + i).value = header;
    sheet.getColumn(afterLessons + i).width = 13;
  });
  sheet.getRow(headerRow).font = { bold: true };
  sheet.getColumn(1).width = 4;
  sheet.getColumn(2).width = 32;
  const gradeOf = new Map(grades.map((g) => [g.studentId, g]));
  grid.rows.forEach((row, r) => {
    const at = firstStudentRow + r;
    sheet.getCell(at, 1).value = r + 1;
    sheet.getCell(at, 2).value = row.name;
    ids.getCell(at, 1).value = row.studentId;
    lessons.forEach((lesson, i) => {
      sheet.getCell(at, firstLessonColumn + i).value = cellValue(row.cells[grid.lessons.indexOf(lesson)] ?? null);
    });
    const grade = gradeOf.get(row.studentId);
    sheet.getCell(at, afterLessons).value = grade?.average ? Number(grade.average) : null;
    sheet.getCell(at, afterLessons).numFmt = '0.00';
    sheet.getCell(at, afterLessons + 1).value = grade?.suggested ?? null;
    const final = grade?.final ?? null;
    sheet.getCell(at, afterLessons + 2).value = typeof final === 'string' ? { not_assessed: 'н/а', exempt: 'звільнений' }[final] : final;
  });
  return workbook;
}
