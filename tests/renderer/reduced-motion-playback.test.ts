import { describe, expect, it } from 'vitest';
import { playbackStepAfter, REDUCED_MOTION_STEPS } from '../../renderer/src/presentation/playback';

describe('Play with reduced motion', () => {
  it('steps through the horizon in eighths, from the first step again at the end', () => {
    expect(REDUCED_MOTION_STEPS).toBe(8);
    const horizon = 16;
    const seen: number[] = [];
    let t = horizon; // a scene opens with the whole curve shown
    for (let press = 0; press < 9; press++) seen.push((t = playbackStepAfter(t, horizon)));
    expect(seen).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 2]);
    // From a time the scrubber set between steps: on to the next whole step, never back.
    expect(playbackStepAfter(4.5, horizon)).toBe(6);
    // A time a rounding error short of a step counts as that step.
    expect(playbackStepAfter(3.9999999999, horizon)).toBe(6);
  });
});
