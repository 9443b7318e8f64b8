import { z } from 'zod';
import { builtOnFirstUse } from '../builtOnFirstUse';
import { COMPOUND_IDS } from '../model/types';
import { isValidTimeZone, parseClock, parseDate } from './zonedTime';

/** Meals a dose can be taken with. 'none' means fasted. */
export const MEAL_KINDS = ['breakfast', 'lunch', 'dinner', 'snack', 'none'] as const;
export type MealKind = (typeof MEAL_KINDS)[number];

/**
 * Default grams of fat per meal, editable by the user. Illustrative round numbers for a typical European
 * meal, not measured values: the fat-effect curve (Uematsu 1996) is what turns them into bioavailability.
 */
export const DEFAULT_MEAL_FAT_G: Record<MealKind, number> = {
  breakfast: 15,
  lunch: 20,
  dinner: 25,
  snack: 5,
  none: 0,
};

export const dateSchema = builtOnFirstUse(() =>
  z.string().refine((s) => parseDate(s) !== null, 'must be written as YYYY-MM-DD'),
);
export const clockSchema = builtOnFirstUse(() =>
  z.string().refine((s) => parseClock(s) !== null, 'must be written as HH:MM (00:00-23:59)'),
);
export const timeZoneSchema = builtOnFirstUse(() =>
  z.string().max(100).refine(isValidTimeZone, 'must be a time zone name such as Europe/Berlin or UTC'),
);
const fatSchema = builtOnFirstUse(() => z.number().min(0).max(500));
const amountSchema = builtOnFirstUse(() => z.number().min(0).max(1_000_000));

/** When the schedule starts: t = 0 of the simulation is this wall-clock time in this zone. */
export const scheduleStartSchema = builtOnFirstUse(() =>
  z.object({ date: dateSchema, time: clockSchema, timeZone: timeZoneSchema }).strict(),
);

/** One daily intake slot: a clock time and the meal it is taken with. */
export const doseSlotSchema = builtOnFirstUse(() =>
  z.object({ time: clockSchema, meal: z.enum(MEAL_KINDS) }).strict(),
);

/** Which days have doses: every day, every other day from the start date, or Monday-Friday. */
export const PATTERN_DAYS = ['daily', 'everyOtherDay', 'weekdays'] as const;

export const patternSchema = builtOnFirstUse(() =>
  z
    .object({
      days: z.enum(PATTERN_DAYS),
      /** One slot = once a day, two = twice, three = three times a day (clock times in the schedule's zone). */
      slots: z.array(doseSlotSchema).min(0).max(3),
    })
    .strict(),
);

/** Edits of one planned dose, keyed by its date and slot ("2026-03-24#0"); they survive a change of amount. */
export const doseEditSchema = builtOnFirstUse(() =>
  z
    .object({
      key: z.string().regex(/^\d{4}-\d{2}-\d{2}#\d$/, 'expected a dose key like 2026-03-24#0'),
      /** Removed from the schedule entirely (not drawn). */
      deleted: z.boolean().optional(),
      /** Drawn, but not taken. */
      missed: z.boolean().optional(),
      /** How many units are taken at once: 2 is a double dose. */
      copies: z.number().int().min(1).max(10).optional(),
      /** Taken this many minutes after (negative: before) the planned time. */
      moveMin: z
        .number()
        .int()
        .min(-7 * 1440)
        .max(7 * 1440)
        .optional(),
      /** Amount per unit, replacing the regimen's amount for this dose only (µg). */
      amountUg: amountSchema.optional(),
      meal: z.enum(MEAL_KINDS).optional(),
      /** Fat of this dose's meal, replacing the meal's default (g). */
      fatG: fatSchema.optional(),
    })
    .strict(),
);

/** A dose the user added by hand, at a wall-clock date and time in the schedule's zone. */
export const addedDoseSchema = builtOnFirstUse(() =>
  z
    .object({
      date: dateSchema,
      time: clockSchema,
      /** Amount (µg); absent means the regimen's amount. */
      amountUg: amountSchema.optional(),
      meal: z.enum(MEAL_KINDS),
      fatG: fatSchema.optional(),
      missed: z.boolean().optional(),
    })
    .strict(),
);

/** One compound's own schedule. */
export const compoundScheduleSchema = builtOnFirstUse(() =>
  z
    .object({
      compound: z.enum(COMPOUND_IDS),
      /** Amount per regular dose (µg). */
      amountUg: amountSchema,
      pattern: patternSchema,
      edits: z.array(doseEditSchema).max(100_000).default([]),
      added: z.array(addedDoseSchema).max(100_000).default([]),
    })
    .strict(),
);

export const mealFatSchema = builtOnFirstUse(() =>
  z
    .object({
      breakfast: fatSchema,
      lunch: fatSchema,
      dinner: fatSchema,
      snack: fatSchema,
      none: fatSchema,
    })
    .strict(),
);

export const scheduleSchema = builtOnFirstUse(() =>
  z
    .object({
      start: scheduleStartSchema,
      mealFatG: mealFatSchema.default({ ...DEFAULT_MEAL_FAT_G }),
    })
    .strict(),
);

export type ScheduleStart = z.infer<typeof scheduleStartSchema>;
export type Pattern = z.infer<typeof patternSchema>;
export type DoseEdit = z.infer<typeof doseEditSchema>;
export type AddedDose = z.infer<typeof addedDoseSchema>;
export type CompoundSchedule = z.infer<typeof compoundScheduleSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
