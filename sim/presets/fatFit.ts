import type { FatFitSettings } from '../model/fatEffectFit';

/**
 * What the fat-effect fit holds fixed (scripts/fit-fat-effect.ts, FAT_EFFECT):
 * - the level-off rule: from 36 g to 100 g of fat, absorption rises by at most 15%. Estimate: 36 g is the
 *   largest meal fat any study we found gave with a fat-soluble vitamin (Roodenburg 2000), and 15% is the largest
 *   gain that study saw across a 12-fold fat change (plasma vitamin E rose 20% with 3 g and 23% with 36 g of fat:
 *   23 / 20 = 1.15; alpha- and beta-carotene rose less with more fat);
 * - the Hill coefficient n = 5: the smallest integer whose leave-one-meal-out errors under this rule all lie
 *   within the smallest relative SD of Uematsu's meals (150 / 485 = 31%); n = 4 misses the 8.8 g meal by 75%.
 *   The choice is made on the same three meals, so those errors are somewhat optimistic;
 * - fat50 searched from the lowest meal studied (8.8 g, Uematsu 1996) to 200 g.
 */
export const FAT_FIT_SETTINGS: FatFitSettings = {
  hill: 5,
  fat50RangeG: [8.8, 200],
  levelOff: { fromG: 36, toG: 100, maxGain: 1.15 },
};
