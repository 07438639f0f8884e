import { describe, expect, it } from 'vitest';
import { gridKey, type GridCursor } from '../../../renderer/src/screens/journals/grid-keys';

const at = (row: number, col: number, draft: string | null = null): GridCursor => ({ row, col, draft });
const press = (cursor: GridCursor, key: string, shiftKey = false) => gridKey(cursor, { key, shiftKey }, 3, 4);

describe('the journal grid’s keyboard', () => {
  it('types digits into the active cell without saving yet', () => {
    const outcome = press(at(0, 0, '1'), '1');
    expect(outcome).toEqual({ cursor: at(0, 0, '11'), edit: null, handled: true });
  });

  it('saves the typed mark and moves down on Enter', () => {
    expect(press(at(0, 1, '10'), 'Enter')).toEqual({ cursor: at(1, 1), edit: { row: 0, col: 1, change: { kind: 'mark', value: 10 } }, handled: true });
  });

  it('saves and moves right on Tab, left on Shift+Tab', () => {
    expect(press(at(0, 1, '7'), 'Tab').cursor).toEqual(at(0, 2));
    expect(press(at(0, 1, '7'), 'Tab', true)).toMatchObject({ cursor: at(0, 0), edit: { change: { kind: 'mark', value: 7 } } });
  });

  it('moves with the arrows, saving what was typed', () => {
    expect(press(at(1, 1, '5'), 'ArrowUp')).toMatchObject({ cursor: at(0, 1), edit: { row: 1, col: 1, change: { kind: 'mark', value: 5 } } });
    expect(press(at(1, 1), 'ArrowRight')).toEqual({ cursor: at(1, 2), edit: null, handled: true });
  });

  it('stays inside the grid at its edges', () => {
    expect(press(at(2, 3), 'ArrowDown').cursor).toEqual(at(2, 3));
    expect(press(at(0, 0), 'ArrowLeft').cursor).toEqual(at(0, 0));
  });

  it('marks absent with н and moves down', () => {
    expect(press(at(0, 2), 'н')).toEqual({ cursor: at(1, 2), edit: { row: 0, col: 2, change: { kind: 'absent' } }, handled: true });
  });

  it('clears the cell on Delete', () => {
    expect(press(at(1, 1, '9'), 'Delete')).toEqual({ cursor: at(1, 1), edit: { row: 1, col: 1, change: { kind: 'clear' } }, handled: true });
  });

  it('takes back a typed digit on Backspace before clearing the cell', () => {
    expect(press(at(1, 1, '12'), 'Backspace')).toEqual({ cursor: at(1, 1, '1'), edit: null, handled: true });
    expect(press(at(1, 1), 'Backspace').edit).toEqual({ row: 1, col: 1, change: { kind: 'clear' } });
  });

  it('drops what was typed on Escape', () => {
    expect(press(at(1, 1, '4'), 'Escape')).toEqual({ cursor: at(1, 1), edit: null, handled: true });
  });

  it('leaves other keys to the browser', () => {
    expect(press(at(1, 1), 'x').handled).toBe(false);
  });
});
