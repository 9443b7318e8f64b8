/** Seconds a full playback takes, whatever the horizon: long enough to talk over, short enough to watch. */
export const PLAYBACK_SECONDS = 12;

/** Scrubber resolution: steps across the horizon. */
export const SCRUBBER_STEPS = 400;

/** The playback time after `elapsedS` seconds of play, stopping at the horizon. */
export function advancePlayback(timeDays: number, elapsedS: number, horizonDays: number): number {
  return Math.min(horizonDays, timeDays + (elapsedS * horizonDays) / PLAYBACK_SECONDS);
}

/** Pressing play at the end starts again from zero. */
export function playbackStart(timeDays: number, horizonDays: number): number {
  return timeDays >= horizonDays - 1e-9 ? 0 : timeDays;
}

/** "Day 3.0" (hours under a day: "Day 0.25 (6 h)"). */
export function formatPlaybackTime(timeDays: number): string {
  const day = `Day ${timeDays.toFixed(1)}`;
  return timeDays < 1 ? `${day} (${Math.round(timeDays * 24)} h)` : day;
}
