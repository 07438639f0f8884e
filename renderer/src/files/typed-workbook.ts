import type ExcelJS from 'exceljs';
import { saveFile } from './save-file';

/** A cell as Excel should hold it: text, a real number, or a real date (YYYY-MM-DD, shown DD.MM.YYYY). */
export type TypedCell = { text: string } | { number: number } | { date: string } | null;

export interface SheetColumn {
  header: string;
  /** Width in characters, as Excel counts them. */
  width: number;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function cellValue(cell: TypedCell): ExcelJS.CellValue {
  if (cell === null) return null;
  if ('number' in cell) return cell.number;
  if ('text' in cell) return cell.text;
  const m = isoDate.exec(cell.date);
  // A date Excel cannot hold (a typo kept on a card) stays the text it is.
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : cell.date;
}

/** One sheet with a bold frozen header and a filter, each column its width, numbers and dates as Excel's own. */
export function typedWorkbook(workbook: ExcelJS.Workbook, sheetName: string, columns: readonly SheetColumn[], rows: readonly TypedCell[][]): ExcelJS.Workbook {
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row.map(cellValue));
    row.forEach((cell, i) => {
      if (cell && 'date' in cell && isoDate.test(cell.date)) added.getCell(i + 1).numFmt = 'dd.mm.yyyy';
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return workbook;
}

/** Builds the sheet and saves it; exceljs is loaded only when the user exports. */
export async function downloadTypedWorkbook(fileName: string, sheetName: string, columns: readonly SheetColumn[], rows: readonly TypedCell[][]): Promise<void> {
  const { default: ExcelJSModule } = await import('exceljs');
  const buffer = await typedWorkbook(new ExcelJSModule.Workbook(), sheetName, columns, rows).xlsx.writeBuffer();
  saveFile(fileName, new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
}
