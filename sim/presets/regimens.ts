import { makeRegimen, type Regimen } from '../regimen/regimen';
import type { SourcedValue } from './compounds';

/** Hours after the first (breakfast) dose of the day: 08:00, 13:00 and 19:00. */
export const CLINICAL_MK4_DOSE_TIMES_H = [0, 5, 11] as const;

/** Fat in each of the three meals the clinical MK-4 doses are taken after. */
export const CLINICAL_MK4_MEAL_FAT_G: SourcedValue = {
  value: 20,
  unit: 'g',
  basis: 'estimate',
  sources: ['uematsu1996'],
  note: 'Estimate: about 60 g of fat a day, a typical Japanese adult intake, over three meals; 20 g is also the middle meal of Uematsu 1996, so the dose sits inside the fat range that was studied.',
};

/**
 * The Japanese clinical menatetrenone regimen (menatetrenone label: 15 mg three times daily after meals,
 * 45 mg/day): 15 mg at 08:00, 13:00 and 19:00 (t = 0, 5, 11 h each day) with a 20 g-fat meal, for `days` days.
 * The breakfast dose is the regular dose (every 24 h); lunch and dinner doses are extra doses.
 * @example clinicalMk4Regimen(7).extraDoses.length // => 14
 */
export function clinicalMk4Regimen(days: number): Regimen {
  const fatG = CLINICAL_MK4_MEAL_FAT_G.value;
  const extraDoses = [];
  for (let day = 0; day < days; day++) {
    for (const offsetH of CLINICAL_MK4_DOSE_TIMES_H.slice(1)) {
      extraDoses.push({ timeH: day * 24 + offsetH, amountUg: 15_000, fatG });
    }
  }
  return makeRegimen({ compound: 'mk4', doseUg: 15_000, intervalH: 24, fatG, doseCount: days, extraDoses });
}

/** The clinical MK-4 regimen over 30 days (the app's default horizon). */
export const CLINICAL_MK4_REGIMEN: Regimen = clinicalMk4Regimen(30);
