import { describe, expect, it } from 'vitest';
import { keyboardTarget, moveTo } from './agenda-move';

const ids = (items: Array<{ id: number }>) => items.map((i) => i.id);
const agenda = [{ id: 10 }, { id: 20 }, { id: 30 }];

describe('agenda reordering on screen', () => {
  it('Alt+↑/↓ moves one place, never past either end', () => {
    expect(keyboardTarget(2, 'ArrowUp', 3)).toBe(1);
    expect(keyboardTarget(2, 'ArrowDown', 3)).toBe(3);
    expect(keyboardTarget(1, 'ArrowUp', 3)).toBeNull();
    expect(keyboardTarget(3, 'ArrowDown', 3)).toBeNull();
    expect(keyboardTarget(2, 'Enter', 3)).toBeNull();
  });

  it('moves an item to a place and shifts the others', () => {
    expect(ids(moveTo(agenda, 30, 1))).toEqual([30, 10, 20]);
    expect(ids(moveTo(agenda, 10, 3))).toEqual([20, 30, 10]);
    expect(ids(moveTo(agenda, 20, 2))).toEqual([10, 20, 30]);
    expect(ids(moveTo(agenda, 10, 9))).toEqual([20, 30, 10]);
    expect(ids(moveTo(agenda, 99, 1))).toEqual([10, 20, 30]);
  });
});
