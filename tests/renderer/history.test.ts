import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  COALESCE_MS,
  createHistory,
  MAX_UNDO_STEPS,
  record,
  redo,
  undo,
} from '../../renderer/src/state/history';

describe('history', () => {
  it('undoes and redoes single edits in order', () => {
    let h = createHistory(0);
    h = record(h, 1, { atMs: 0 });
    h = record(h, 2, { atMs: 1000 });
    expect(h.present).toBe(2);
    h = undo(h);
    expect(h.present).toBe(1);
    h = undo(h);
    expect(h.present).toBe(0);
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    h = redo(h);
    expect(h.present).toBe(2);
    expect(canRedo(h)).toBe(false);
    expect(redo(h)).toBe(h);
  });

  it('makes no step for a no-op edit', () => {
    const h = record(createHistory('a'), 'b', { atMs: 0 });
    expect(record(h, 'b', { atMs: 10 })).toBe(h);
  });

  it('a new edit clears the redo future', () => {
    let h = record(record(createHistory(0), 1, { atMs: 0 }), 2, { atMs: 1000 });
    h = undo(h);
    h = record(h, 5, { atMs: 2000 });
    expect(h.future).toEqual([]);
    expect(h.past).toEqual([0, 1]);
  });

  it('merges a slider drag (same control, events within the window) into one undo step', () => {
    let h = createHistory(90);
    for (let i = 1; i <= 20; i++) h = record(h, 90 + i * 5, { coalesceKey: 'dose', atMs: i * 40 });
    expect(h.present).toBe(190);
    expect(h.past).toEqual([90]);
    h = undo(h);
    expect(h.present).toBe(90);
  });

  it('a long, slow drag stays one step as long as each event is within the window of the last', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 10; i++) h = record(h, i, { coalesceKey: 'dose', atMs: i * (COALESCE_MS - 10) });
    expect(h.past).toEqual([0]);
  });

  it('does not merge edits of the same control after a pause, nor edits of different controls', () => {
    let h = createHistory({ dose: 90, fat: 15 });
    h = record(h, { dose: 100, fat: 15 }, { coalesceKey: 'dose', atMs: 0 });
    h = record(h, { dose: 110, fat: 15 }, { coalesceKey: 'dose', atMs: COALESCE_MS + 1 });
    h = record(h, { dose: 110, fat: 20 }, { coalesceKey: 'fat', atMs: COALESCE_MS + 2 });
    expect(h.past.map((s) => s.dose)).toEqual([90, 100, 110]);
    expect(h.past[2]!.fat).toBe(15);
  });

  it('never merges edits without a key, nor the first edit after an undo', () => {
    let h = createHistory(0);
    h = record(h, 1, { atMs: 0 });
    h = record(h, 2, { atMs: 1 });
    expect(h.past).toEqual([0, 1]);
    h = record(h, 3, { coalesceKey: 'k', atMs: 2 });
    h = undo(h);
    h = record(h, 4, { coalesceKey: 'k', atMs: 3 });
    expect(h.past).toEqual([0, 1, 2]);
  });

  it('keeps at most MAX_UNDO_STEPS steps, dropping the oldest', () => {
    let h = createHistory(0);
    for (let i = 1; i <= MAX_UNDO_STEPS + 10; i++) h = record(h, i, { atMs: i * 1000 });
    expect(h.past.length).toBe(MAX_UNDO_STEPS);
    expect(h.past[0]).toBe(10);
  });
});

describe('history with a gesture key', () => {
  it('keeps one drag one step however long the user pauses mid-drag', () => {
    let h = createHistory(0);
    h = record(h, 1, { coalesceKey: 'dose#1', atMs: 0, windowMs: Infinity });
    h = record(h, 2, { coalesceKey: 'dose#1', atMs: 5000, windowMs: Infinity });
    h = record(h, 3, { coalesceKey: 'dose#2', atMs: 5001, windowMs: Infinity });
    expect(h.past).toEqual([0, 2]);
  });
});
