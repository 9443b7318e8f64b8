import type { CompoundId } from '../model/types';
import type { SourceId } from './sources';
import { BETWEEN_SUBJECT_VARIABILITY } from './variability';

/** The parameters a tornado chart varies. */
export type SensitivityParameter =
  'kaPerH' | 'tHalfH' | 'volumeL' | 'f' | 'lagH' | 'fat50G' | 'fatFastedFraction' | 'dose50Ug';

/**
 * How far one parameter moves: `factor` ranges multiply the typical value; `absolute` ranges replace it.
 */
export interface SensitivityRange {
  parameter: SensitivityParameter;
  label: string;
  unit: string;
  kind: 'factor' | 'absolute';
  low: number;
  high: number;
  /** Only for these compounds (default all). */
  compounds?: CompoundId[];
  basis: 'estimate';
  sources: SourceId[];
  note: string;
}

/** 5th and 95th percentiles of a log-normal factor with the given CV: e^(±1.645 ω), ω² = ln(1 + CV²). */
function ninetyPercentRange(cv: number): [number, number] {
  const omega = Math.sqrt(Math.log1p(cv * cv));
  return [Math.exp(-1.645 * omega), Math.exp(1.645 * omega)];
}

const bsv = (parameter: 'kaPerH' | 'tHalfH' | 'volumeL' | 'f', label: string): SensitivityRange => {
  const [low, high] = ninetyPercentRange(BETWEEN_SUBJECT_VARIABILITY[parameter].value);
  return {
    parameter,
    label,
    unit: '× typical',
    kind: 'factor',
    low,
    high,
    basis: 'estimate',
    sources: BETWEEN_SUBJECT_VARIABILITY[parameter].sources,
    note: `Derived: the 5th to 95th percentile of the between-subject distribution (CV ${(BETWEEN_SUBJECT_VARIABILITY[parameter].value * 100).toFixed(0)}%), e^(±1.645 ω).`,
  };
};

/**
 * The range each parameter moves across in the sensitivity (tornado) analysis, with where it comes from.
 */
export const SENSITIVITY_RANGES: SensitivityRange[] = [
  bsv('kaPerH', 'Absorption rate ka'),
  bsv('tHalfH', 'Half-life t½'),
  bsv('volumeL', 'Volume V'),
  bsv('f', 'Bioavailability F'),
  {
    parameter: 'lagH',
    label: 'Absorption lag',
    unit: 'h',
    kind: 'absolute',
    low: 1,
    high: 3,
    basis: 'estimate',
    sources: ['schurgers2007', 'knapen2014'],
    note: 'Estimate: 2 h ± 1 h; with the presets this keeps the K1 and MK-7 peaks within the 2-6 h reported (Schurgers 2007, Knapen 2014).',
  },
  {
    parameter: 'fat50G',
    label: 'Fat for half the rise',
    unit: 'g',
    kind: 'absolute',
    low: 26.2,
    high: 58.0,
    basis: 'estimate',
    sources: ['uematsu1996'],
    note: 'Derived: the fat50 values of the three leave-one-meal-out fits to Uematsu 1996 (39.5, 26.2 and 58.0 g; scripts/fit-fat-effect.ts).',
  },
  {
    parameter: 'fatFastedFraction',
    label: 'Fasted F / maximum F',
    unit: 'fraction',
    kind: 'absolute',
    low: 0.1,
    high: 0.3,
    basis: 'estimate',
    sources: ['uematsu1996'],
    note: 'Estimate: the range of b examined in scripts/fit-fat-effect.ts (the fit is nearly as good from 0.1 to 0.3).',
  },
  {
    parameter: 'dose50Ug',
    label: 'First pass: dose at which half escapes',
    unit: 'µg',
    kind: 'absolute',
    low: 17_000,
    high: 27_400,
    compounds: ['mk4'],
    basis: 'estimate',
    sources: ['uematsu1996'],
    note: 'Derived: the dose50 values that put AUC(0-24 h) of 15 mg with 20 g fat at the Uematsu 1996 mean ± 1 SD (635 and 335 ng·h/mL): 15,000 × ((1 - F) / F)^(1/2) with F = AUC / 1,451.',
  },
];
