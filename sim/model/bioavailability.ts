import type { Bioavailability, FatEffect, PkParameters, PresystemicSaturation } from './types';

/**
 * Relative rise of bioavailability with meal fat: (b + (1 - b) h) / b with h = fat^n / (fat50^n + fat^n).
 * Equals 1 fasted (0 g) and rises, then saturates at 1 / b (complete micellar solubilisation: the meal cannot
 * raise absorption further).
 * Reference: fit to Uematsu et al. 1996, J Pharm Sci 85:1012 (menatetrenone AUC at 8.8, 20, 34.9 g fat);
 * scripts/fit-fat-effect.ts.
 * @example fatMultiplier({ fastedFraction: 0.2, fat50G: 39, hill: 2 }, 0) // => 1
 */
export function fatMultiplier(effect: FatEffect, fatG: number): number {
  const fat = Math.max(0, fatG);
  const ratio = Math.pow(fat / effect.fat50G, effect.hill);
  const h = ratio / (1 + ratio);
  return (effect.fastedFraction + (1 - effect.fastedFraction) * h) / effect.fastedFraction;
}

/**
 * Bioavailability from the meal alone (no dose dependence) for a dose taken with `fatG` grams of fat.
 * @example bioavailabilityFor({ kind: 'fixed', f: 0.3 }, 40) // => 0.3
 */
export function bioavailabilityFor(bioavailability: Bioavailability, fatG: number): number {
  if (bioavailability.kind === 'fixed') return bioavailability.f;
  return Math.min(1, bioavailability.fFasted * fatMultiplier(bioavailability.fatEffect, fatG));
}

/**
 * Fraction of a dose escaping saturable first-pass extraction: D^h / (D50^h + D^h) (Rowland & Tozer,
 * Clinical Pharmacokinetics and Pharmacodynamics, 4th ed., ch. 20: saturable first-pass metabolism makes
 * exposure rise more than in proportion to the dose).
 * @example presystemicFraction({ dose50Ug: 1000, hill: 2 }, 1000) // => 0.5
 */
export function presystemicFraction(saturation: PresystemicSaturation | undefined, doseUg: number): number {
  if (!saturation) return 1;
  if (!(doseUg > 0)) return 0;
  const ratio = Math.pow(doseUg / saturation.dose50Ug, saturation.hill);
  return ratio / (1 + ratio);
}

/**
 * F applied to one dose: meal-driven absorption × escape from saturable first pass × the subject's factor,
 * capped at 1. A `fixed` F ignores meal and dose (a user override) but still takes the subject's factor.
 * @example doseBioavailability(presetParameters('mk4'), 15_000, 20).toFixed(2) // => '0.06'
 */
export function doseBioavailability(pk: PkParameters, doseUg: number, fatG: number): number {
  const factor = pk.fFactor ?? 1;
  if (pk.bioavailability.kind === 'fixed') return Math.min(1, pk.bioavailability.f * factor);
  const f = bioavailabilityFor(pk.bioavailability, fatG) * presystemicFraction(pk.presystemic, doseUg);
  return Math.min(1, f * factor);
}
