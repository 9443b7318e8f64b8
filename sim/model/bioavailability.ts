import type { Bioavailability, FatEffect } from './types';

/**
 * Relative rise of bioavailability with meal fat: (b + (1 - b) h) / b with h = fat^n / (fat50^n + fat^n).
 * Equals 1 fasted (0 g) and rises steeply, then saturates at 1 / b.
 * Reference: Hill-type fit to Uematsu et al. 1996, J Pharm Sci 85:1012 (menatetrenone AUC at 8.8, 20, 34.9 g fat).
 * @example fatMultiplier({ fastedFraction: 0.2, fat50G: 36.75, hill: 4 }, 0) === 1
 */
export function fatMultiplier(effect: FatEffect, fatG: number): number {
  const fat = Math.max(0, fatG);
  const ratio = Math.pow(fat / effect.fat50G, effect.hill);
  const h = ratio / (1 + ratio);
  return (effect.fastedFraction + (1 - effect.fastedFraction) * h) / effect.fastedFraction;
}

/**
 * Bioavailability applied to a dose taken with `fatG` grams of fat.
 * @example bioavailabilityFor({ kind: 'fixed', f: 0.3 }, 40) === 0.3
 */
export function bioavailabilityFor(bioavailability: Bioavailability, fatG: number): number {
  if (bioavailability.kind === 'fixed') return bioavailability.f;
  return Math.min(1, bioavailability.fFasted * fatMultiplier(bioavailability.fatEffect, fatG));
}
