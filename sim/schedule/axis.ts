import { wallTimeToH } from './expand';
import type { Schedule } from './schema';
import { addDays } from './zonedTime';

const DAY_STEPS = [1, 2, 7, 14, 28, 56, 91, 182, 364];

/**
 * Tick positions (h after the start) for a calendar time axis: local midnights in the schedule's zone (so a
 * day across a clock change is 23 or 25 h wide), every 1, 2, 7, 14, ... days, the smallest step that gives
 * at most `maxCount` ticks inside [0, horizonH].
 * @example calendarTickTimesH({ start: { date: '2026-03-23', time: '08:00', timeZone: 'UTC' }, mealFatG: { ...DEFAULT_MEAL_FAT_G } }, 72, 10) // => [16, 40, 64]
 */
export function calendarTickTimesH(calendar: Schedule, horizonH: number, maxCount: number): number[] {
  const days = Math.ceil(horizonH / 24) + 2;
  const midnights: number[] = [];
  for (let k = 0; k <= days; k++) {
    const t = wallTimeToH(calendar, addDays(calendar.start.date, k), '00:00');
    if (t >= 0 && t <= horizonH) midnights.push(t);
  }
  const step =
    DAY_STEPS.find((s) => Math.ceil(midnights.length / s) <= Math.max(1, maxCount)) ?? DAY_STEPS.at(-1)!;
  return midnights.filter((_, i) => i % step === 0);
}
