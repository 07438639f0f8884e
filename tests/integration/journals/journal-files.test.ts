import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxJournalFileBytes } from '../../../core/api/journal-files-api';
import { student } from '../../fixtures/backend/cards';
import { openJournalOffice, type JournalOffice } from '../../fixtures/journals/journal-office';

/** The journal sheet's layout: headers in row 2, students from row 4, lessons from column C. */
const firstStudentRow = 4;

async function load(fileBase64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(fileBase64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

async function base64Of(workbook: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

// Today is Thursday 2025-11-20: Monday 17th's current marks are past their day (late), today's are on time.
describe('a journal in Excel', () => {
  let j: JournalOffice;
  let monday: string;
  let today: string;
  const journal = () => ({ assignmentId: j.assignmentId, periodId: j.periodIds[0] });
  const exported = async () => load((await j.office.call('journalFiles.export', journal())).fileBase64);
  const sheet = (workbook: ExcelJS.Workbook) => workbook.getWorksheet('Журнал')!;
  const importing = async (workbook: ExcelJS.Workbook) => j.office.call('journalFiles.import', { ...journal(), fileBase64: await base64Of(workbook) });
  const gridCell = async (row: number, lessonId: string) => {
    const grid = await j.office.call('journals.grid', { assignmentId: j.assignmentId, span: { periodId: j.periodIds[0] } });
    return grid.rows[row]!.cells[grid.lessons.findIndex((l) => l.id === lessonId)];
  };

  beforeEach(async () => {
    j = await openJournalOffice();
    monday = (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-17', lessonNumber: 3 })).lesson.id;
    today = (await j.office.call('lessons.add', { assignmentId: j.assignmentId, date: '2025-11-20', lessonNumber: 3 })).lesson.id;
    await j.office.call('journals.setMark', { lessonId: monday, studentId: j.studentIds[0], value: 10 });
    await j.office.call('journals.setMark', { lessonId: monday, studentId: j.studentIds[1], value: null, attendance: 'absent' });
    await j.office.call('periodGrades.set', { assignmentId: j.assignmentId, periodId: j.periodIds[0], studentId: j.studentIds[0], final: 10 });
  });
  afterEach(() => j.office.dispose());

  /** The column letter of a lesson in the exported sheet, found by its date in the header row. */
  const columnOf = (workbook: ExcelJS.Workbook, date: string) => {
    let letter = '';
    sheet(workbook).getRow(2).eachCell((cell, column) => {
      if (cell.value instanceof Date && cell.value.toISOString().startsWith(date)) letter = sheet(workbook).getColumn(column).letter;
    });
    return letter;
  };

  it('exports students × lessons with real dates and numbers, attendance codes, the average and the period grade', async () => {
    const workbook = await exported();
    const s = sheet(workbook);
    const col = columnOf(workbook, '2025-11-17');
    expect(s.getCell(`${col}2`).value).toEqual(new Date('2025-11-17T00:00:00Z'));
    expect(s.getCell(`B${firstStudentRow}`).value).toBe('Бондар Іван Петрович');
    expect(s.getCell(`${col}${firstStudentRow}`).value).toBe(10);
    expect(s.getCell(`${col}${firstStudentRow + 1}`).value).toBe('н');
    const headers = (s.getRow(2).values as unknown[]).filter(Boolean);
    expect(headers.slice(-3)).toEqual(['Середній', 'Рекомендовано', 'Підсумкова']);
    expect(s.getRow(firstStudentRow).values).toEqual(expect.arrayContaining([10, 10]));
  });

  it('imports the marks changed in the exported file, and only those', async () => {
    const workbook = await exported();
    const col = columnOf(workbook, '2025-11-20');
    sheet(workbook).getCell(`${col}${firstStudentRow}`).value = 9;
    sheet(workbook).getCell(`${col}${firstStudentRow + 2}`).value = '11 зп';
    expect(await importing(workbook)).toEqual({ saved: 2, problems: [], moreProblems: 0 });
    expect(await gridCell(0, today)).toEqual({ value: 9, attendance: 'present' });
    expect(await gridCell(2, today)).toEqual({ value: 11, attendance: 'late' });
    expect(await gridCell(0, monday)).toEqual({ value: 10, attendance: 'present' });
  });

  it('round-trips: a file imported unchanged saves nothing', async () => {
    expect(await importing(await exported())).toEqual({ saved: 0, problems: [], moreProblems: 0 });
  });

  it('names each bad cell by row and column and saves none of the file', async () => {
    const workbook = await exported();
    const col = columnOf(workbook, '2025-11-20');
    sheet(workbook).getCell(`${col}${firstStudentRow}`).value = 9;
    sheet(workbook).getCell(`${col}${firstStudentRow + 1}`).value = 15;
    sheet(workbook).getCell(`${col}${firstStudentRow + 2}`).value = 'добре';
    const result = await importing(workbook);
    expect(result.saved).toBe(0);
    expect(result.problems).toEqual([
      { code: 'MARK_OUT_OF_SCALE', params: { row: firstStudentRow + 1, column: col, mark: 15, min: 1, max: 12 } },
      { code: 'JOURNAL_CELL_UNREADABLE', params: { row: firstStudentRow + 2, column: col, text: 'добре' } },
    ]);
    expect(await gridCell(0, today)).toBeNull();
  });

  it('applies the closed period’s rule: nothing is saved', async () => {
    const workbook = await exported();
    await j.office.call('periods.close', { periodId: j.periodIds[0] });
    sheet(workbook).getCell(`${columnOf(workbook, '2025-11-20')}${firstStudentRow}`).value = 9;
    const result = await importing(workbook);
    expect(result).toMatchObject({ saved: 0, problems: [{ code: 'PERIOD_CLOSED', params: { row: firstStudentRow } }] });
  });

  it('applies the timeliness rules as the grid does: a current mark after its day is flagged as entered with the administration’s permission', async () => {
    const workbook = await exported();
    sheet(workbook).getCell(`${columnOf(workbook, '2025-11-17')}${firstStudentRow + 2}`).value = 8;
    await importing(workbook);
    const { entries } = await j.office.call('journals.lateEntries', journal());
    expect(entries.map((e) => [e.lessonDate, e.studentName, e.value, e.timeliness])).toContainEqual(['2025-11-17', 'Мельник Іван Петрович', 8, 'needs_permission']);
  });

  it('refuses a row of a student who is not in the class', async () => {
    const outsider = (await j.office.call('students.save', { card: student('Чужий', 'Петро', 'Іванович', '100009') })).meta.id;
    const workbook = await exported();
    workbook.getWorksheet('ids')!.getCell(`A${firstStudentRow}`).value = outsider;
    sheet(workbook).getCell(`${columnOf(workbook, '2025-11-20')}${firstStudentRow}`).value = 9;
    const result = await importing(workbook);
    expect(result.saved).toBe(0);
    // Every cell of the row with a value is the outsider's now: Monday's 10 and today's 9.
    expect(result.problems.map((p) => [p.code, p.params?.row])).toEqual([
      ['STUDENT_NOT_IN_CLASS', firstStudentRow],
      ['STUDENT_NOT_IN_CLASS', firstStudentRow],
    ]);
  });

  it('refuses another journal’s file', async () => {
    const workbook = await exported();
    const error = await j.office.refusal('journalFiles.import', { assignmentId: j.assignmentId, periodId: j.periodIds[1], fileBase64: await base64Of(workbook) });
    expect(error.code).toBe('JOURNAL_FILE_MISMATCH');
  });

  it('refuses a file larger than a journal can be', async () => {
    const tooLarge = Buffer.alloc(maxJournalFileBytes + 1, 1).toString('base64');
    expect(await j.office.refusal('journalFiles.import', { ...journal(), fileBase64: tooLarge })).toEqual({ code: 'JOURNAL_FILE_TOO_LARGE', params: { maxBytes: maxJournalFileBytes } });
  });
});
