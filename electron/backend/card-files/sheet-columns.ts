import { utcDate } from '../../../core/rules/calendar';
import { typedDate } from './sheet-cells';

/** One card of a sheet while it is read or written: the card as plain data, and a student's class by its label. */
export interface SheetRow {
  card: Record<string, unknown>;
  classLabel: string;
}

export type CellValue = string | number | Date | undefined;

/** A column of a card sheet: its Ukrainian header, the card field it holds, and how a cell is written and read. */
export interface SheetColumn {
  header: string;
  /** The card field an issue about this cell points at (`classId` for a student's class). */
  field: string;
  width: number;
  required?: boolean;
  date?: boolean;
  /** The values a cell may take, offered as a list in the template. */
  choices?: readonly string[];
  /** The cell of a card, for an export. */
  read(row: SheetRow): CellValue;
  /** Puts a cell's (non-empty) text into the card; false when the column takes no such value. */
  write(row: SheetRow, text: string): boolean;
}

function getPath(card: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), card);
}

/** Sets `documents.0.number` and the like, making the objects and arrays on the way. */
function setPath(card: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at: Record<string, unknown> = card;
  keys.slice(0, -1).forEach((key, i) => {
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = /^\d+$/.test(keys[i + 1] ?? '') ? [] : {};
    at = at[key] as Record<string, unknown>;
  });
  at[keys[keys.length - 1] ?? ''] = value;
}

export function textColumn(header: string, path: string, width = 20, required = false): SheetColumn {
  return {
    header,
    field: path,
    width,
    required,
    read: ({ card }) => {
      const value = getPath(card, path);
      return typeof value === 'string' || typeof value === 'number' ? value : undefined;
    },
    write: ({ card }, text) => {
      setPath(card, path, text);
      return true;
    },
  };
}

export function numberColumn(header: string, path: string, width = 10): SheetColumn {
  return {
    ...textColumn(header, path, width),
    write: ({ card }, text) => {
      const value = Number(text.replace(',', '.'));
      if (!Number.isFinite(value)) return false;
      setPath(card, path, value);
      return true;
    },
  };
}

/** A date: written as a date cell formatted as the screen shows dates; read from a date cell or DD.MM.YYYY text. */
export function dateColumn(header: string, path: string, required = false): SheetColumn {
  return {
    header,
    field: path,
    width: 16,
    required,
    date: true,
    read: ({ card }) => {
      const value = getPath(card, path);
      return typeof value === 'string' ? (utcDate(value) ?? value) : undefined;
    },
    // Text that is no date is kept as typed: the card's own date checks name it, as in the editor.
    write: ({ card }, text) => {
      setPath(card, path, typedDate(text));
      return true;
    },
  };
}

/** A code of a list shown by its Ukrainian label; a cell may also hold the code itself or another spelling in `aliases`. */
export function choiceColumn(header: string, path: string, labels: Readonly<Record<string, string>>, options: { width?: number; required?: boolean; aliases?: Readonly<Record<string, string>> } = {}): SheetColumn {
  const byText = new Map<string, string>();
  for (const [code, label] of Object.entries(labels)) {
    byText.set(code.toLocaleLowerCase('uk'), code);
    byText.set(label.toLocaleLowerCase('uk'), code);
  }
  for (const [alias, code] of Object.entries(options.aliases ?? {})) byText.set(alias, code);
  return {
    header,
    field: path,
    width: options.width ?? 18,
    required: options.required ?? false,
    choices: Object.values(labels),
    read: ({ card }) => {
      const value = getPath(card, path);
      return typeof value === 'string' ? (labels[value] ?? value) : undefined;
    },
    write: ({ card }, text) => {
      const code = byText.get(text.trim().toLocaleLowerCase('uk'));
      if (code === undefined) return false;
      setPath(card, path, code);
      return true;
    },
  };
}

/** Several codes of a list in one cell, separated by commas or semicolons. */
export function choiceListColumn(header: string, path: string, labels: Readonly<Record<string, string>>): SheetColumn {
  const one = choiceColumn(header, `${path}.0`, labels);
  return {
    header,
    field: path,
    width: 30,
    read: ({ card }) => {
      const value = getPath(card, path);
      return Array.isArray(value) && value.length > 0 ? value.map((code: string) => labels[code] ?? code).join('; ') : undefined;
    },
    write: (row, text) => {
      const codes: string[] = [];
      for (const part of text.split(/[;,]/).map((p) => p.trim()).filter(Boolean)) {
        const probe: SheetRow = { card: {}, classLabel: '' };
        if (!one.write(probe, part)) return false;
        const code = (probe.card[path] as string[] | undefined)?.[0];
        if (code !== undefined && !codes.includes(code)) codes.push(code);
      }
      setPath(row.card, path, codes);
      return true;
    },
  };
}
