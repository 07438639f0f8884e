/** One CSV record and the line it starts on (1-based, the header being line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Splits one record's text into fields (RFC 4180 quoting); null while a quoted field is still open. */
function splitFields(text: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

/** Records of a CSV read line by line, so a registry of millions of rows never sits in memory whole. */
export async function* csvRecords(lines: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let pending = '';
  let start = 0;
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo += 1;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (pending === '') start = lineNo;
    const text = pending === '' ? line : `${pending}\n${line}`;
    const fields = splitFields(text);
    if (fields === null) {
      pending = text;
      continue;
    }
    pending = '';
    if (text.trim() !== '') yield { line: start, fields };
  }
  if (pending !== '') throw new CsvError(start, 'a quoted field is not closed');
}

export class CsvError extends Error {
  override readonly name = 'CsvError';
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}
