import { z } from 'zod';
import { builtOnFirstUse } from '../builtOnFirstUse';
import { COMPOUND_IDS } from '../model/types';
import { molarMass } from '../presets/compounds';
import { clockSchema, dateSchema } from '../schedule/schema';
import { nmolPerLToNgPerMl } from '../units';

export const MEASURED_UNITS = ['ng/mL', 'nmol/L'] as const;
export type MeasuredUnit = (typeof MEASURED_UNITS)[number];

/** Highest level accepted (ng/mL or nmol/L): far above any plasma vitamin K level, so a typo is caught. */
export const MAX_MEASURED_VALUE = 10_000;

/** One lab result: wall-clock date and time in the schedule's zone, the value and its unit, and the compound. */
export const measuredLevelSchema = builtOnFirstUse(() =>
  z
    .object({
      date: dateSchema,
      time: clockSchema,
      value: z.number().min(0).max(MAX_MEASURED_VALUE),
      unit: z.enum(MEASURED_UNITS),
      compound: z.enum(COMPOUND_IDS),
    })
    .strict(),
);

export type MeasuredLevel = z.infer<typeof measuredLevelSchema>;

/**
 * A measured value in ng/mL: nmol/L × molar mass / 1000 (ng/mL = µg/L).
 * @example measuredNgPerMl({ value: 1, unit: 'nmol/L', compound: 'mk7' }) // => 0.649
 */
export function measuredNgPerMl(level: Pick<MeasuredLevel, 'value' | 'unit' | 'compound'>): number {
  return level.unit === 'ng/mL' ? level.value : nmolPerLToNgPerMl(level.value, molarMass(level.compound));
}

/** Reads a unit as people write it: ng/ml, ng/mL, µg/L, nmol/l, nM. Null when unknown. */
export function parseMeasuredUnit(text: string): MeasuredUnit | null {
  const t = text.trim().toLowerCase().replace('μ', 'µ');
  if (t === 'ng/ml' || t === 'µg/l' || t === 'ug/l') return 'ng/mL';
  if (t === 'nmol/l' || t === 'nm') return 'nmol/L';
  return null;
}
