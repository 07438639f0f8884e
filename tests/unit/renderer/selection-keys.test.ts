import { describe, expect, it } from 'vitest';
import { movedSelection } from '../../../renderer/src/list/selection-keys';

describe('moving the selection in a list with the keyboard', () => {
  it('moves down one row with the down arrow', () => {
    expect(movedSelection('ArrowDown', 4, 10, 5)).toBe(5);
  });

  it('stops at the last row', () => {
    expect(movedSelection('ArrowDown', 9, 10, 5)).toBe(9);
  });

  it('selects the first row when nothing was selected', () => {
    expect(movedSelection('ArrowUp', -1, 10, 5)).toBe(0);
  });

  it('moves a page at a time', () => {
    expect(movedSelection('PageDown', 2, 100, 20)).toBe(22);
  });

  it('ignores keys that do not move', () => {
    expect(movedSelection('a', 2, 10, 5)).toBeNull();
  });

  it('does nothing in an empty list', () => {
    expect(movedSelection('ArrowDown', -1, 0, 5)).toBeNull();
  });
});
