import { saveFile } from '../../files/save-file';

/**
 * Saves the report as an .xlsx workbook. exceljs is loaded only when the user exports: it is large
 * and nothing else on the page needs it.
 */
export async function downloadWorkbook(fileName: string, sheetName: string, header: string[], rows: ReadonlyArray<ReadonlyArray<string | Date>>): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const values of rows) {
    const row = sheet.addRow([...values]);
    // A date cell reads as the screen writes dates, whatever the PC's regional settings.
    values.forEach((value, i) => {
      if (value instanceof Date) row.getCell(i + 1).numFmt = 'dd.mm.yyyy';
    });
  }
  const widths = [34, 10, 18, 26, 60, 30];
  sheet.columns.forEach((column, i) => {
    column.width = widths[i] ?? 20;
    column.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  saveFile(fileName, new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
}
