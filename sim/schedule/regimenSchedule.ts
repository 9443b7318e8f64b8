import { z } from 'zod';
import { builtOnFirstUse } from '../builtOnFirstUse';
import type { CompoundId } from '../model/types';
import {
  addedDoseSchema,
  doseEditSchema,
  patternSchema,
  type CompoundSchedule,
  type MealKind,
  type Pattern,
} from './schema';
import { formatClock, parseClock } from './zonedTime';

/**
 * A regimen's own calendar schedule in a scenario file: the pattern and the single-dose edits. The compound
 * and the amount stay the regimen's (`compound`, `doseUg`), so the Dose slider keeps working and every
 * single-dose edit, keyed by date and slot, survives a change of amount.
 */
export const regimenScheduleSchema = builtOnFirstUse(() =>
  z
    .object({
      pattern: patternSchema,
      edits: z.array(doseEditSchema).max(100_000).default([]),
      added: z.array(addedDoseSchema).max(100_000).default([]),
    })
    .strict(),
);

export type RegimenSchedule = z.infer<typeof regimenScheduleSchema>;

/** The schedule a regimen's doses come from: its own pattern and edits with its compound and amount. */
export function compoundSchedule(
  regimen: { compound: CompoundId; doseUg: number },
  schedule: RegimenSchedule,
): CompoundSchedule {
  return { compound: regimen.compound, amountUg: regimen.doseUg, ...schedule };
}

/**
 * The calendar pattern a regular interval means, from the first dose's clock time: 12 h is twice a day
 * (that time and 12 h later), 24 h once a day, 48 h every other day. Null for any other interval, which has
 * no wall-clock equivalent (8 h doses drift against meals only if the clock changes, 36 h doses do always).
 * @example patternFromInterval(12, '08:00', 'breakfast') // => { days: 'daily', slots: [{ time: '08:00', meal: 'breakfast' }, { time: '20:00', meal: 'dinner' }] }
 */
export function patternFromInterval(intervalH: number, firstTime: string, meal: MealKind): Pattern | null {
  const minutes = parseClock(firstTime) ?? 480;
  if (intervalH === 24) return { days: 'daily', slots: [{ time: firstTime, meal }] };
  if (intervalH === 48) return { days: 'everyOtherDay', slots: [{ time: firstTime, meal }] };
  if (intervalH === 12) {
    return {
      days: 'daily',
      slots: [
        { time: firstTime, meal },
        { time: formatClock(minutes + 720), meal: minutes + 720 >= 17 * 60 ? 'dinner' : 'lunch' },
      ],
    };
  }
  return null;
}

/**
 * A regimen's schedule after the Interval slider moves: 12, 24 and 48 h become twice a day, once a day and
 * every other day at the first clock time, keeping every single-dose edit; any other interval has no
 * calendar pattern, so the regimen goes back to the sliders' regular interval (undo brings the schedule back).
 */
export function scheduleAfterInterval(schedule: RegimenSchedule, intervalH: number): RegimenSchedule | null {
  const first = schedule.pattern.slots[0];
  if (!first) return null;
  const pattern = patternFromInterval(intervalH, first.time, first.meal);
  if (!pattern) return null;
  // Keep a second clock time the user chose when staying twice a day.
  const second = schedule.pattern.slots[1];
  const slots = pattern.slots.length === 2 && second ? [first, second] : pattern.slots;
  return { ...schedule, pattern: { ...pattern, slots } };
}
