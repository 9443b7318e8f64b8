import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentStateSender, TITLE_LAG_MS, type DocumentState } from '../../renderer/src/files/useDocument';

// The window title during a slider drag: written at most once per TITLE_LAG_MS, always ending on the newest
// title; the dirty flag (the close prompt) never waits.
describe('documentStateSender', () => {
  let sent: DocumentState[];
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
  });
  afterEach(() => vi.useRealTimers());
  const title = (doseUg: number) => `MK-7: ${doseUg} µg every 24 h — K2 Kinetics`;

  it('sends the first state at once', () => {
    const s = documentStateSender((x) => sent.push(x));
    s.update({ dirty: false, title: title(90) });
    expect(sent).toEqual([{ dirty: false, title: title(90) }]);
  });

  it('writes a drag of 20 steps as a few titles, the last one the newest', () => {
    const s = documentStateSender((x) => sent.push(x));
    s.update({ dirty: true, title: title(90) });
    sent = [];
    // 20 steps, one every 30 ms (600 ms of dragging).
    for (let i = 1; i <= 20; i++) {
      s.update({ dirty: true, title: title(90 + i) });
      vi.advanceTimersByTime(30);
    }
    // Nothing is written inside a step; at most one write per lag while the title keeps changing.
    expect(sent.length).toBeLessThanOrEqual(Math.ceil(600 / TITLE_LAG_MS));
    expect(sent.length).toBeGreaterThan(0);
    vi.advanceTimersByTime(TITLE_LAG_MS);
    expect(sent.at(-1)).toEqual({ dirty: true, title: title(110) });
    // Quiet: nothing more is written.
    const count = sent.length;
    vi.advanceTimersByTime(10 * TITLE_LAG_MS);
    expect(sent.length).toBe(count);
  });

  it('sends a change of the dirty flag at once, with the newest title', () => {
    const s = documentStateSender((x) => sent.push(x));
    s.update({ dirty: false, title: title(90) });
    s.update({ dirty: false, title: title(91) });
    expect(sent).toHaveLength(1);
    s.update({ dirty: true, title: title(92) });
    expect(sent.at(-1)).toEqual({ dirty: true, title: title(92) });
    vi.advanceTimersByTime(TITLE_LAG_MS);
    expect(sent).toHaveLength(2);
  });

  it('writes nothing when the title goes back to the one shown before its timer runs', () => {
    const s = documentStateSender((x) => sent.push(x));
    s.update({ dirty: true, title: title(90) });
    s.update({ dirty: true, title: title(91) });
    s.update({ dirty: true, title: title(90) });
    vi.advanceTimersByTime(TITLE_LAG_MS * 2);
    expect(sent).toEqual([{ dirty: true, title: title(90) }]);
  });

  it('flush writes a waiting title at once (the window closes or the page unmounts)', () => {
    const s = documentStateSender((x) => sent.push(x));
    s.update({ dirty: true, title: title(90) });
    s.update({ dirty: true, title: title(95) });
    s.flush();
    expect(sent.at(-1)).toEqual({ dirty: true, title: title(95) });
    vi.advanceTimersByTime(TITLE_LAG_MS);
    expect(sent).toHaveLength(2);
  });
});
