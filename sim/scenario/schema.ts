import { z } from 'zod';
import { COMPOUND_IDS } from '../model/types';
import { personalSchema } from '../fit/schema';
import { measuredLevelSchema } from '../measured/measured';
import { regimenScheduleSchema } from '../schedule/regimenSchedule';
import { scheduleSchema } from '../schedule/schema';

/** The scenario format this version writes. Older versions are migrated on read (scenario/migrations.ts). */
export const SCENARIO_VERSION = 3;
export const SCENARIO_FORMAT = 'k2-kinetics-scenario';
/** Larger files are refused before parsing: a scenario is a few kB. */
export const MAX_SCENARIO_BYTES = 2_000_000;
/** Output points one simulation may produce (10 years at 1-minute resolution is 5.3 million). */
export const MAX_OUTPUT_POINTS = 6_000_000;

const positive = (max: number) => z.number().positive().max(max);

export const pkOverridesSchema = z
  .object({
    kaPerH: positive(1000),
    tHalfH: positive(100_000),
    volumeL: positive(100_000),
    lagH: z.number().min(0).max(1000),
    f: positive(1),
  })
  .partial()
  .strict();

export const extraDoseSchema = z
  .object({
    timeH: z.number().min(0),
    amountUg: z.number().min(0).max(1_000_000),
    fatG: z.number().min(0).max(500),
  })
  .strict();

export const regimenSchema = z
  .object({
    label: z.string().max(200).optional(),
    compound: z.enum(COMPOUND_IDS),
    doseUg: z.number().min(0).max(1_000_000),
    intervalH: positive(24 * 366),
    firstDoseH: z.number().min(0).default(0),
    doseCount: z.number().int().min(0).nullable().default(null),
    fatG: z.number().min(0).max(500).default(0),
    missedDoses: z.array(z.number().int().min(0)).max(200_000).default([]),
    extraDoses: z.array(extraDoseSchema).max(200_000).default([]),
    overrides: pkOverridesSchema.default({}),

    /** Version 3: the regimen's calendar schedule (pattern, single-dose edits, added doses); needs `calendar`. */
    schedule: regimenScheduleSchema.optional(),
  })
  .strict();

export const displaySchema = z
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
  .strict();

export const scenarioSchema = z
  .object({
    format: z.literal(SCENARIO_FORMAT),
    version: z.literal(SCENARIO_VERSION),
    name: z.string().max(200).default('Untitled scenario'),
    horizonDays: positive(3660),
    stepMin: z
      .number()
      .min(0.01)
      .max(60 * 24 * 7),
    regimens: z.array(regimenSchema).min(1).max(24),
    display: displaySchema.default(displaySchema.parse({})),
    notes: z.string().max(10_000).optional(),

    /** Version 3: start date, time and IANA zone of the simulation, and the fat of each meal. */
    calendar: scheduleSchema.optional(),
    /** Version 3: the user's own lab results, placed with `calendar`. */
    measured: z.array(measuredLevelSchema).max(10_000).optional(),
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
            message: 'a dose schedule needs a start date and time (calendar)',
          });
        }
      });
      if ((s.measured ?? []).length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['measured'],
          message: 'measured levels need a start date and time (calendar)',
        });
      }
    }
    const points = (s.horizonDays * 24 * 60) / s.stepMin;
    if (points > MAX_OUTPUT_POINTS) {
      ctx.addIssue({
        code: 'custom',
        path: ['stepMin'],
        message: `${Math.round(points).toLocaleString('en')} output points is more than the ${MAX_OUTPUT_POINTS.toLocaleString('en')} allowed; use a coarser step or a shorter horizon`,
      });
    }
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioRegimen = z.infer<typeof regimenSchema>;
export type DisplaySettings = z.infer<typeof displaySchema>;
