import ExcelJS from 'exceljs';
import type { DocumentContent } from '../../../core/archive/document-content';

/**
 * The Excel copy of a ledger (DESIGN §8, "Excel copies of the ledgers"): its title, the school and the verification
 * code of the printed original above the table, the table's header and rows as the PDF shows them (a cell's lines
 * kept as lines), the header frozen.
 */
export async function ledgerWorkbook(content: DocumentContent, code: string): Promise<Buffer> {
  const table = content.blocks.find((b) => b.type === 'table');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(content.title.slice(0, 31).replace(/[[\]*?/\\:]/g, ' '));
  sheet.addRow([content.title]).font = { bold: true, size: 13 };
  sheet.addRow([`${content.school.name} (${content.school.code}) · ${code}`]);
  if (table) {
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    for (const cells of table.rows) sheet.addRow(cells).alignment = { wrapText: true, vertical: 'top' };
    sheet.views = [{ state: 'frozen', ySplit: 3 }];
    table.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.max(6, Math.round(c.width * 160))));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
