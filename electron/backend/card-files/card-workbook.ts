import ExcelJS from 'exceljs';
import { cellText, headerKey } from './sheet-cells';
import type { SheetColumn, SheetRow } from './sheet-columns';

/** Rows the template offers the lists of choices in (Excel's list validation is set cell by cell). */
const templateRows = 1000;

/**
 * A card sheet: a bold, frozen header (required columns marked *), dates as date cells shown DD.MM.YYYY, and in the
 * template the columns of a list offering its values. `onRow` hears each row written.
 */
export async function writeCardWorkbook(sheetName: string, columns: readonly SheetColumn[], rows: readonly SheetRow[], onRow: (done: number) => void = () => undefined): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.required ? `${c.header} *` : c.header, width: c.width, ...(c.date ? { style: { numFmt: 'dd.mm.yyyy' } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((row, i) => {
    sheet.addRow(columns.map((c) => c.read(row) ?? null));
    onRow(i + 1);
  });
  if (rows.length === 0) {
    columns.forEach((c, i) => {
      if (!c.choices) return;
      const formulae = [`"${c.choices.join(',')}"`];
      // Excel allows 255 characters in a list typed into a validation; a longer list is left to the import's check.
      if (formulae[0] && formulae[0].length > 255) return;
      for (let r = 2; r <= templateRows; r += 1) sheet.getCell(r, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet as read: each row with data (Excel's number) and its cells' text by column; the headers it did not know. */
export interface ReadSheet {
  rows: Array<{ index: number; cells: Map<SheetColumn, string> }>;
  unknownHeaders: Array<{ index: number; header: string }>;
  missing: SheetColumn[];
}

/** Reads the first sheet, finding the columns by their header in row 1 in any order; null when it is no workbook. */
export async function readCardWorkbook(file: Buffer, columns: readonly SheetColumn[]): Promise<ReadSheet | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  const byHeader = new Map(columns.map((c) => [headerKey(c.header), c]));
  const found = new Map<number, SheetColumn>();
  const unknownHeaders: ReadSheet['unknownHeaders'] = [];
  sheet.getRow(1).eachCell((cell, index) => {
    const header = cellText(cell.value).trim();
    const column = byHeader.get(headerKey(header));
    if (column && ![...found.values()].includes(column)) found.set(index, column);
    else if (header !== '') unknownHeaders.push({ index, header });
  });
  const present = new Set(found.values());
  const rows: ReadSheet['rows'] = [];
  for (let index = 2; index <= sheet.rowCount; index += 1) {
    const row = sheet.getRow(index);
    const cells = new Map<SheetColumn, string>();
    for (const [at, column] of found) {
      const text = cellText(row.getCell(at).value).trim();
      if (text !== '') cells.set(column, text);
    }
    if (cells.size > 0) rows.push({ index, cells });
  }
  return { rows, unknownHeaders, missing: columns.filter((c) => c.required && !present.has(c)) };
}
