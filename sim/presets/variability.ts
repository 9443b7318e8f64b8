import type { SourcedValue } from './compounds';

/** Between-subject coefficients of variation (fractions) of the four parameters that vary between people. */
export interface BetweenSubjectCv {
  kaPerH: number;
  tHalfH: number;
  volumeL: number;
  f: number;
}

/**
 * Uematsu 1996 AUC(0-24 h) CVs (SD / mean) at the three meals, and the log-scale variance each implies:
 * ω² = ln(1 + CV²) for a log-normal quantity.
 */
export const UEMATSU_AUC_CV = [194 / 371, 150 / 485, 341 / 1024] as const;
/** Mean log-scale variance of AUC over the three meals: (0.2403 + 0.0913 + 0.1052) / 3 = 0.1456 (CV 40%). */
export const AUC_LOG_VARIANCE = UEMATSU_AUC_CV.reduce((s, cv) => s + Math.log(1 + cv * cv), 0) / 3;

/** CV of a log-normal quantity with log-scale variance ω²: sqrt(e^ω² - 1). */
function cvOf(logVariance: number): number {
  return Math.sqrt(Math.expm1(logVariance));
}

/**
 * Log-normal between-subject variability, the same for all three compounds (an assumption: only MK-4 AUC
 * spreads are published). Each value is a CV (fraction); a subject's parameter is typical × e^η, η ~ N(0, ω²),
 * ω² = ln(1 + CV²), so the typical value is the population median.
 */
export const BETWEEN_SUBJECT_VARIABILITY: Record<keyof BetweenSubjectCv, SourcedValue> = {
  f: {
    value: cvOf(AUC_LOG_VARIANCE / 2),
    unit: 'CV',
    basis: 'estimate',
    sources: ['uematsu1996'],
    note: 'Derived: Uematsu 1996 SDs give AUC CVs of 52%, 31% and 33% (log variances 0.240, 0.091, 0.105; mean 0.146, CV 40%). AUC = F·D/CL, so ω²(AUC) = ω²(F) + ω²(CL). Assumption: half to F, half to CL, so ω²(F) = 0.073, CV 27%. The SDs also hold within-subject noise, so this is an upper bound.',
  },
  tHalfH: {
    value: cvOf(AUC_LOG_VARIANCE / 4),
    unit: 'CV',
    basis: 'estimate',
    sources: ['uematsu1996'],
    note: 'Derived: the CL half of the Uematsu 1996 AUC variance (0.073, above) split equally between t½ and V (CL = ln 2 · V / t½): ω² = 0.036, CV 19%. An assumption.',
  },
  volumeL: {
    value: cvOf(AUC_LOG_VARIANCE / 4),
    unit: 'CV',
    basis: 'estimate',
    sources: ['uematsu1996'],
    note: 'Derived: the other half of the CL variance (see t½): ω² = 0.036, CV 19%. An assumption.',
  },
  kaPerH: {
    value: 0.5,
    unit: 'CV',
    basis: 'estimate',
    sources: ['knapen2014', 'schurgers2007', 'sato2012'],
    note: 'Estimate: no published CV (Knapen 2014 reports "high variability" without numbers). 50% puts the 5-95% range of ka at 0.46-2.2 × typical, so the MK-7 peak falls 3.6-7.6 h after intake, about the 2-6 h range reported across formulations (Knapen 2014) and the 4-6 h of Schurgers 2007 and Sato 2012.',
  },
};

/** The CVs as plain numbers, for simulatePopulation. */
export function presetVariability(): BetweenSubjectCv {
  return {
    kaPerH: BETWEEN_SUBJECT_VARIABILITY.kaPerH.value,
    tHalfH: BETWEEN_SUBJECT_VARIABILITY.tHalfH.value,
    volumeL: BETWEEN_SUBJECT_VARIABILITY.volumeL.value,
    f: BETWEEN_SUBJECT_VARIABILITY.f.value,
  };
}
