import type ExcelJS from 'exceljs';

/** What a cell holds as text: an Excel date as YYYY-MM-DD, rich text joined, a formula's result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

/** YYYY-MM-DD from a date typed DD.MM.YYYY; any other text as it is, for the date checks to judge. */
export function typedDate(text: string): string {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  return dotted ? `${dotted[3]}-${(dotted[2] ?? '').padStart(2, '0')}-${(dotted[1] ?? '').padStart(2, '0')}` : text;
}

/** A header as the import compares it: lower case, one space, without a required mark or a note in brackets. */
export function headerKey(text: string): string {
  return text
    .replace(/\(.*\)/g, '')
    .replace(/\*/g, '')
    .replace(/[’ʼ`]/g, "'")
    .trim()
    .toLocaleLowerCase('uk')
    .replace(/\s+/g, ' ');
}
