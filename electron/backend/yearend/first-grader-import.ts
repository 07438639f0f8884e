import ExcelJS from 'exceljs';
import { gradeOfLabel } from '../../../core/academic/school-class';
import type { MethodOutput } from '../../../core/api/contract';
import type { CheckContext } from '../../../core/checks/check-context';
import { checkStudent } from '../../../core/checks/student-checks';
import { normaliseName } from '../../../core/normalise';
import { isRealDate } from '../../../core/rules/calendar';
import { studentCardSchema } from '../../../core/schemas/student';
import { firstGraderSchema, type FirstGrader } from '../../../core/yearend/year-end-input';
import { cellText, typedDate } from '../card-files/sheet-cells';

type ImportResult = MethodOutput<'yearEnd.importFirstGraders'>;
type Problem = ImportResult['problems'][number];
type Column = 'lastName' | 'firstName' | 'middleName' | 'birthDate' | 'sex' | 'classLabel';

/**
 * The columns of a first-grader list, found by their header in row 1 (English field names or the Ukrainian headers a
 * secretary writes), in any order: lastName / Прізвище, firstName / Ім'я, middleName / По батькові (optional),
 * birthDate / Дата народження (an Excel date, DD.MM.YYYY or YYYY-MM-DD), sex / Стать (M, F, Ч, Ж), classLabel / Клас.
 */
const headers: Readonly<Record<Column, readonly string[]>> = {
  lastName: ['lastname', 'прізвище'],
  firstName: ['firstname', 'імʼя', 'ім’я', "ім'я", 'имя'],
  middleName: ['middlename', 'по батькові', 'по-батькові'],
  birthDate: ['birthdate', 'дата народження'],
  sex: ['sex', 'стать'],
  classLabel: ['classlabel', 'клас'],
};
const required: readonly Column[] = ['lastName', 'firstName', 'birthDate', 'sex', 'classLabel'];

/** The header of the template: the README's, with the letters the sex column takes. */
const templateHeader: Readonly<Record<Column, string>> = {
  lastName: 'Прізвище',
  firstName: "Ім'я",
  middleName: 'По батькові',
  birthDate: 'Дата народження',
  sex: 'Стать (Ч/Ж)',
  classLabel: 'Клас',
};

const sexes: Readonly<Record<string, 'M' | 'F'>> = { m: 'M', f: 'F', ч: 'M', ж: 'F', чол: 'M', жін: 'F', чоловіча: 'M', жіноча: 'F' };

function columnsOf(sheet: ExcelJS.Worksheet): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  sheet.getRow(1).eachCell((cell, index) => {
    // "Стать (Ч/Ж)": a note in brackets says what the column takes, not which column it is.
    const header = cellText(cell.value).replace(/\(.*\)/g, '').trim().toLocaleLowerCase('uk').replace(/\s+/g, ' ');
    const column = (Object.keys(headers) as Column[]).find((c) => headers[c].includes(header) || headers[c].includes(header.replace(/ /g, '')));
    if (column && found[column] === undefined) found[column] = index;
  });
  return found;
}

/** The errors the card editor would show in the fields a row holds: the same checks, one code path. */
function checkProblems(row: FirstGrader, index: number, ctx: CheckContext): Problem[] {
  const card = studentCardSchema.parse({ lastName: row.lastName, firstName: row.firstName, middleName: row.middleName, birthDate: row.birthDate, sex: row.sex });
  const columns = new Set<string>(Object.keys(headers));
  return checkStudent(card, ctx)
    .filter((issue) => issue.severity === 'error' && issue.field !== undefined && columns.has(issue.field))
    .map((issue) => ({ row: index, column: issue.field, reason: 'CHECK', issue }));
}

/** An empty list to fill in: the header the import reads, dates as dates, the sex column offering Ч and Ж. */
export async function firstGraderTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Першокласники', { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = Object.keys(templateHeader) as Column[];
  sheet.columns = columns.map((c) => ({ header: templateHeader[c], key: c, width: c === 'birthDate' ? 18 : c === 'sex' || c === 'classLabel' ? 12 : 22 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('birthDate').numFmt = 'dd.mm.yyyy';
  for (let row = 2; row <= 500; row += 1) {
    sheet.getCell(row, columns.indexOf('sex') + 1).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Ч,Ж"'] };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads the list whole: every bad row is reported with its row number and reason, and then no row is returned. */
export async function importFirstGraders(file: Buffer, ctx: CheckContext): Promise<ImportResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return { firstGraders: [], problems: [{ row: 0, reason: 'FILE_UNREADABLE' }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { firstGraders: [], problems: [{ row: 0, reason: 'FILE_UNREADABLE' }] };
  const columns = columnsOf(sheet);
  const missing = required.filter((c) => columns[c] === undefined);
  if (missing.length > 0) return { firstGraders: [], problems: missing.map((column) => ({ row: 1, column, reason: 'COLUMN_MISSING' })) };

  const rows: FirstGrader[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (let index = 2; index <= sheet.rowCount; index += 1) {
    const row = sheet.getRow(index);
    const read = (c: Column) => (columns[c] === undefined ? '' : cellText(row.getCell(columns[c]).value).trim());
    const values = { lastName: read('lastName'), firstName: read('firstName'), middleName: read('middleName'), birthDate: typedDate(read('birthDate')), sex: read('sex'), classLabel: read('classLabel') };
    if (Object.values(values).every((v) => v === '')) continue;
    const rowProblems: Problem[] = [];
    for (const column of required) if (values[column] === '') rowProblems.push({ row: index, column, reason: 'REQUIRED' });
    if (values.birthDate !== '' && !isRealDate(values.birthDate)) rowProblems.push({ row: index, column: 'birthDate', reason: 'DATE_INVALID' });
    const sex = sexes[values.sex.toLocaleLowerCase('uk')];
    if (values.sex !== '' && !sex) rowProblems.push({ row: index, column: 'sex', reason: 'SEX_INVALID' });
    if (values.classLabel !== '' && gradeOfLabel(values.classLabel) !== 1) rowProblems.push({ row: index, column: 'classLabel', reason: 'CLASS_NOT_GRADE_1' });
    const parsed = firstGraderSchema.safeParse({ ...values, middleName: values.middleName || undefined, sex });
    if (rowProblems.length === 0 && !parsed.success) {
      for (const issue of parsed.error.issues) rowProblems.push({ row: index, column: issue.path.join('.'), reason: 'TOO_LONG' });
    }
    if (rowProblems.length === 0 && parsed.success) rowProblems.push(...checkProblems(parsed.data, index, ctx));
    if (rowProblems.length === 0 && parsed.success) {
      const key = [normaliseName(values.lastName), normaliseName(values.firstName), values.birthDate].join('|').toLocaleLowerCase('uk');
      const first = seen.get(key);
      if (first !== undefined) rowProblems.push({ row: index, reason: 'DUPLICATE', duplicateOf: first });
      else {
        seen.set(key, index);
        rows.push(parsed.data);
      }
    }
    problems.push(...rowProblems);
  }
  return { firstGraders: problems.length > 0 ? [] : rows, problems };
}
