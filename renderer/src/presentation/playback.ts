import { formatNumberIn } from '../../../sim/i18n/format';
import { currentTranslator } from '../i18n/locale';

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

/** "Day 3.0" (hours under a day: "Day 0.2 (6 h)"), in the UI's language and locale ("Tag 3,0"). */
export function formatPlaybackTime(timeDays: number): string {
  const tr = currentTranslator();
  const day = formatNumberIn(tr.locale, timeDays, { fraction: 1, minFraction: 1 });
  return timeDays < 1
    ? tr.t('pres.playback.dayHours', { day, hours: tr.num(Math.round(timeDays * 24)) })
    : tr.t('pres.playback.day', { day });
}

/** With reduced motion, Play shows the curves grown by one of this many steps per press, without animation. */
export const REDUCED_MOTION_STEPS = 8;

/**
 * The time one Play press shows with reduced motion: the next whole step of the horizon after `timeDays`
 * (from the first step again at the end), so the curves grow in jumps instead of moving.
 */
export function playbackStepAfter(timeDays: number, horizonDays: number): number {
  const step = horizonDays / REDUCED_MOTION_STEPS;
  const from = playbackStart(timeDays, horizonDays);
  return Math.min(horizonDays, (Math.floor(from / step + 1e-9) + 1) * step);
}
