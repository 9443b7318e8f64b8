import type { FatFitSettings } from '../model/fatEffectFit';

/**
 * What the fat-effect fit holds fixed (scripts/fit-fat-effect.ts, FAT_EFFECT): n = 2, b = 0.2, and fat50 searched
 * from the lowest meal studied (8.8 g, Uematsu 1996) to 200 g.
 */
export const FAT_FIT_SETTINGS: FatFitSettings = { hill: 2, fastedFraction: 0.2, fat50RangeG: [8.8, 200] };
