/** Where the cursor of the journal grid is and what has been typed into its cell but not saved yet. */
export interface GridCursor {
  row: number;
  col: number;
  /** Digits typed into the active cell; null: nothing typed. */
  draft: string | null;
}

/** What a key asks the cell at (row, col) to become. */
export type CellEdit = { kind: 'mark'; value: number } | { kind: 'absent' } | { kind: 'clear' };

export interface KeyOutcome {
  cursor: GridCursor;
  /** A change to save in the background, for the cell the cursor was on. */
  edit: { row: number; col: number; change: CellEdit } | null;
  /** The key belongs to the grid (the browser's default is prevented). */
  handled: boolean;
}

export interface KeyPress {
  key: string;
  shiftKey: boolean;
}

/** The letters that mark an absence: Cyrillic н as on paper, and n where the keyboard is Latin. */
const absentKeys = new Set(['н', 'Н', 'n', 'N']);

function clamp(value: number, count: number): number {
  return Math.max(0, Math.min(count - 1, value));
}

function moved(cursor: GridCursor, rows: number, cols: number, dRow: number, dCol: number): GridCursor {
  return { row: clamp(cursor.row + dRow, rows), col: clamp(cursor.col + dCol, cols), draft: null };
}

/** The draft as a mark, or null when it is not a whole number of the scale's length (at most two digits). */
function draftMark(draft: string | null): number | null {
  if (draft === null || !/^\d{1,2}$/.test(draft)) return null;
  return Number(draft);
}

/**
 * One key in the grid, as in a spreadsheet: digits type a mark; Enter (down), Tab (right, Shift+Tab left) and the arrows
 * save what was typed and move; н marks the student absent and moves down; Delete clears the cell (Backspace first
 * takes back a typed digit); Escape drops what was typed. Pure, so the grid's keyboard is tested without a browser.
 */
export function gridKey(cursor: GridCursor, press: KeyPress, rows: number, cols: number): KeyOutcome {
  if (rows === 0 || cols === 0) return { cursor, edit: null, handled: false };
  const typed = draftMark(cursor.draft);
  const commit = typed === null ? null : { row: cursor.row, col: cursor.col, change: { kind: 'mark', value: typed } as CellEdit };
  const move = (dRow: number, dCol: number): KeyOutcome => ({ cursor: moved(cursor, rows, cols, dRow, dCol), edit: commit, handled: true });
  const { key } = press;
  if (/^\d$/.test(key)) {
    const draft = `${cursor.draft ?? ''}${key}`.slice(-2);
    return { cursor: { ...cursor, draft }, edit: null, handled: true };
  }
  if (absentKeys.has(key)) {
    return { cursor: moved(cursor, rows, cols, 1, 0), edit: { row: cursor.row, col: cursor.col, change: { kind: 'absent' } }, handled: true };
  }
  switch (key) {
    case 'Enter':
      return move(press.shiftKey ? -1 : 1, 0);
    case 'Tab':
      return move(0, press.shiftKey ? -1 : 1);
    case 'ArrowDown':
      return move(1, 0);
    case 'ArrowUp':
      return move(-1, 0);
    case 'ArrowRight':
      return move(0, 1);
    case 'ArrowLeft':
      return move(0, -1);
    case 'Home':
      return move(0, -cursor.col);
    case 'End':
      return move(0, cols - 1 - cursor.col);
    case 'Escape':
      return { cursor: { ...cursor, draft: null }, edit: null, handled: cursor.draft !== null };
    case 'Backspace':
      if (cursor.draft) return { cursor: { ...cursor, draft: cursor.draft.slice(0, -1) || null }, edit: null, handled: true };
      return { cursor, edit: { row: cursor.row, col: cursor.col, change: { kind: 'clear' } }, handled: true };
    case 'Delete':
      return { cursor: { ...cursor, draft: null }, edit: { row: cursor.row, col: cursor.col, change: { kind: 'clear' } }, handled: true };
    default:
      return { cursor, edit: null, handled: false };
  }
}
