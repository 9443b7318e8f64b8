import { ENGLISH } from '../i18n/translator';
import { z } from 'zod';
import { builtOnFirstUse } from '../builtOnFirstUse';
import { COMPOUND_IDS } from '../model/types';
import { personalSchema } from '../fit/schema';
import { measuredLevelSchema } from '../measured/measured';
import { regimenScheduleSchema } from '../schedule/regimenSchedule';
import { scheduleSchema } from '../schedule/schema';
import {
  LIMITS,
  MAX_DOSES,
  MAX_LABEL_CHARS,
  MAX_MEASURED_LEVELS,
  MAX_NAME_CHARS,
  MAX_NOTES_CHARS,
  MAX_REGIMENS,
  type Limit,
} from './limits';
import { scenarioWork, workOverCap } from './work';

/** The name the app gives a scenario the user has not named (the schema's default). */
export const UNNAMED_SCENARIO = 'Untitled scenario';

/** The scenario format this version writes. Older versions are migrated on read (scenario/migrations.ts). */
export const SCENARIO_VERSION = 3;
export const SCENARIO_FORMAT = 'k2-kinetics-scenario';
/** Larger files are refused before parsing: a scenario is a few kB. */
export const MAX_SCENARIO_BYTES = 2_000_000;
/**
 * Deepest nesting of lists and objects a file may have; a real scenario reaches 5 (scenario, calendar,
 * regimens, a regimen, its schedule's edits and one edit). Deeper files are refused before JSON.parse, so
 * nothing that walks the value (zod, messages) can overflow the stack.
 */
export const MAX_SCENARIO_DEPTH = 16;
/** First and last calendar dates the date code handles (four-digit years; Date.UTC maps years 0-99 to 19xx). */
export const FIRST_CALENDAR_DATE = '1900-01-01';
export const LAST_CALENDAR_DATE = '9999-12-31';
export { MAX_DOSES, MAX_OUTPUT_POINTS } from './limits';

/** A number field from its row of the limits table (limits.ts): range, exclusive minimum, whole or not. */
const numberFrom = (rule: Limit) => {
  let n = z.number();
  n = rule.minExclusive ? n.gt(rule.min) : n.min(rule.min);
  n = n.max(rule.max);
  return rule.integer ? n.int() : n;
};

export const pkOverridesSchema = builtOnFirstUse(() =>
  z
    .object({
      kaPerH: numberFrom(LIMITS.kaPerH),
      tHalfH: numberFrom(LIMITS.tHalfH),
      volumeL: numberFrom(LIMITS.volumeL),
      lagH: numberFrom(LIMITS.lagH),
      f: numberFrom(LIMITS.f),
    })
    .partial()
    .strict(),
);

export const extraDoseSchema = builtOnFirstUse(() =>
  z
    .object({
      timeH: numberFrom(LIMITS.extraTimeH),
      amountUg: numberFrom(LIMITS.extraAmountUg),
      fatG: numberFrom(LIMITS.fatG),
    })
    .strict(),
);

export const regimenSchema = builtOnFirstUse(() =>
  z
    .object({
      label: z.string().max(MAX_LABEL_CHARS).optional(),
      compound: z.enum(COMPOUND_IDS),
      doseUg: numberFrom(LIMITS.doseUg),
      intervalH: numberFrom(LIMITS.intervalH),
      firstDoseH: numberFrom(LIMITS.firstDoseH).default(0),
      doseCount: numberFrom(LIMITS.doseCount).nullable().default(null),
      fatG: numberFrom(LIMITS.fatG).default(0),
      // List sizes are bounded by the dose cap (MAX_DOSES) of the whole scenario.
      missedDoses: z.array(numberFrom(LIMITS.missedDose)).max(MAX_DOSES).default([]),
      extraDoses: z.array(extraDoseSchema).max(MAX_DOSES).default([]),
      overrides: pkOverridesSchema.default({}),
      /** Version 3: the regimen's calendar schedule (pattern, single-dose edits, added doses); needs `calendar`. */
      schedule: regimenScheduleSchema.optional(),
    })
    .strict(),
);

export const displaySchema = builtOnFirstUse(() =>
  z
    .object({
      units: z.enum(['ng/mL', 'nmol/L']).default('ng/mL'),
      axis: z.enum(['linear', 'log']).default('linear'),
      /** Show each curve also with the meal fat set to 0 g. */
      compareFat: z.boolean().default(false),
      /** Compounds whose curves are shown. */
      visible: z.array(z.enum(COMPOUND_IDS)).default([...COMPOUND_IDS]),
      showTissue: z.boolean().default(true),
      /** Version 3: time axis in days since the start, or in calendar dates and clock times (needs `calendar`). */
      timeAxis: z.enum(['days', 'calendar']).optional(),
    })
    .strict(),
);

export const scenarioSchema = builtOnFirstUse(() =>
  z
    .object({
      format: z.literal(SCENARIO_FORMAT),
      version: z.literal(SCENARIO_VERSION),
      name: z.string().max(MAX_NAME_CHARS).default(UNNAMED_SCENARIO),
      horizonDays: numberFrom(LIMITS.horizonDays),
      stepMin: numberFrom(LIMITS.stepMin),
      regimens: z.array(regimenSchema).min(1).max(MAX_REGIMENS),
      display: displaySchema.default(displaySchema.parse({})),
      notes: z.string().max(MAX_NOTES_CHARS).optional(),

      /** Version 3: start date, time and IANA zone of the simulation, and the fat of each meal. */
      calendar: scheduleSchema.optional(),
      /** Version 3: the user's own lab results, placed with `calendar`. */
      measured: z.array(measuredLevelSchema).max(MAX_MEASURED_LEVELS).optional(),
      /** Version 3: the personal exposure factor (1 = the typical person) and the fit it came from. */
      personal: personalSchema.optional(),
    })
    .strict()
    .superRefine((s, ctx) => {
      // Calendar schedules and measured levels are placed in time by the calendar's start.
      if (!s.calendar) {
        s.regimens.forEach((r, i) => {
          if (r.schedule) {
            ctx.addIssue({
              code: 'custom',
              path: ['regimens', i, 'schedule'],
              message: 'needs a start date and time (calendar)',
            });
          }
        });
        if ((s.measured ?? []).length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['measured'],
            message: 'need a start date and time (calendar)',
          });
        }
      }
      // Every date the schedule's expansion reads must be one the date code writes.
      if (s.calendar) {
        const reach = calendarReach(s.calendar.start.date, s.horizonDays);
        if (reach !== null)
          ctx.addIssue({ code: 'custom', path: ['calendar', 'start', 'date'], message: reach });
      }
      // A calendar schedule's doses: at most its slots every day plus extra units and added doses.
      const scheduled = s.regimens.reduce((sum, r) => {
        if (!r.schedule) return sum;
        const extraUnits = r.schedule.edits.reduce((n, e) => n + (e.copies ?? 1) - 1, 0);
        return (
          sum +
          r.schedule.pattern.slots.length * (Math.ceil(s.horizonDays) + 1) +
          extraUnits +
          r.schedule.added.length
        );
      }, 0);
      if (scheduled > MAX_DOSES) {
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `the dose schedules need ${ENGLISH.num(scheduled)} doses; the limit is ${ENGLISH.num(MAX_DOSES)} doses: use a shorter duration or fewer added doses`,
        });
      }
      // Bound the work, not only the fields: a valid file must never need minutes or gigabytes.
      const over = workOverCap(scenarioWork(s));
      if (over !== null) ctx.addIssue({ code: 'custom', path: [], message: over });
    }),
);

/**
 * Why a calendar starting on startDate cannot run horizonDays, or null. The expansion reads 8 days past the
 * horizon (a dose moved up to 7 days late) and the zone's offset a day beyond that: 10 days in all. Its
 * dates must stay between FIRST_CALENDAR_DATE and LAST_CALENDAR_DATE.
 * @example calendarReach('9999-12-01', 30) // => 'the schedule runs to 10000-01-10, past 9999-12-31, the last date the app handles: choose an earlier start date or a shorter duration'
 * @example calendarReach('2026-03-01', 3660) // => null
 */
export function calendarReach(startDate: string, horizonDays: number): string | null {
  const ymd = (d: string) => d.split('-').map(Number) as [number, number, number];
  const [y, m, d] = ymd(startDate);
  if (startDate < FIRST_CALENDAR_DATE) {
    return `must be ${FIRST_CALENDAR_DATE} or later, got ${startDate}`;
  }
  const lastMs = Date.UTC(y, m - 1, d) + (Math.ceil(horizonDays) + 10) * 86_400_000;
  const [ly, lm, ld] = ymd(LAST_CALENDAR_DATE);
  if (lastMs <= Date.UTC(ly, lm - 1, ld)) return null;
  const last = new Date(lastMs);
  const reached = `${last.getUTCFullYear()}-${String(last.getUTCMonth() + 1).padStart(2, '0')}-${String(last.getUTCDate()).padStart(2, '0')}`;
  return `the schedule runs to ${reached}, past ${LAST_CALENDAR_DATE}, the last date the app handles: choose an earlier start date or a shorter duration`;
}

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioRegimen = z.infer<typeof regimenSchema>;
export type DisplaySettings = z.infer<typeof displaySchema>;
