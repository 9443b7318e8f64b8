import { lastFullInterval } from '../metrics/regimenMetrics';
import type { PkParameters } from '../model/types';
import { TISSUE_PRESET, presetParameters } from '../presets/compounds';
import { presetVariability, type BetweenSubjectCv } from '../presets/variability';
import { mulberry32, normalGenerator } from '../random/mulberry32';
import { doseEvents, type Regimen } from '../regimen/regimen';
import { simulate, type SimulationInput, type SimulationResult } from '../simulate';
import { plasmaForSubjects } from './plasmaKernel';
import { percentileSelector, spreadOf, type Spread } from './percentiles';

const BAND_PERCENTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

export interface PopulationOptions {
  /** Number of virtual subjects (1 or more). */
  subjects: number;
  /** 32-bit seed of the generator: the same seed gives the same subjects. */
  seed: number;
  /** Between-subject CVs; default the preset's (BETWEEN_SUBJECT_VARIABILITY). */
  variability?: BetweenSubjectCv;
}

/** One virtual subject's parameters, as multiples of the typical values (e^η). */
export interface SubjectFactors {
  kaPerH: number;
  tHalfH: number;
  volumeL: number;
  f: number;
}

export interface PopulationBands {
  p05: Float64Array;
  p25: Float64Array;
  p50: Float64Array;
  p75: Float64Array;
  p95: Float64Array;
}

export interface PopulationResult {
  subjects: number;
  seed: number;
  variability: BetweenSubjectCv;
  timeH: Float64Array;
  /** The typical subject (every parameter at its preset value), as a plain simulation. */
  typical: SimulationResult;
  /** Plasma percentiles over subjects at each time (ng/mL; multiply by a unit factor for display). */
  plasmaNgPerMl: PopulationBands;
  /** Per-subject numbers, in subject order. Cmax is the highest grid value; AUC is exact over the horizon. */
  perSubject: {
    factors: SubjectFactors[];
    cmaxNgPerMl: Float64Array;
    aucNgHPerMl: Float64Array;
    /** Lowest level in the last full dosing interval; null when the regimen has none inside the horizon. */
    troughNgPerMl: Float64Array | null;
  };
  /** p05/p25/p50/p75/p95, mean and CV over subjects. */
  summary: { cmax: Spread; auc: Spread; trough: Spread | null };
}

/**
 * Draws subject factors e^η with η ~ N(0, ln(1 + CV²)) for ka, t½, V and F, in that order per subject, so the
 * n-th subject of a seed never changes when more subjects are asked for.
 * @example drawSubjects(2, 1, presetVariability()).length // => 2
 */
export function drawSubjects(count: number, seed: number, cv: BetweenSubjectCv): SubjectFactors[] {
  const normal = normalGenerator(mulberry32(seed));
  const sd = (c: number) => Math.sqrt(Math.log1p(c * c));
  const s = { ka: sd(cv.kaPerH), th: sd(cv.tHalfH), v: sd(cv.volumeL), f: sd(cv.f) };
  const out: SubjectFactors[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      kaPerH: Math.exp(s.ka * normal()),
      tHalfH: Math.exp(s.th * normal()),
      volumeL: Math.exp(s.v * normal()),
      f: Math.exp(s.f * normal()),
    });
  }
  return out;
}

/** A subject's parameters: the typical ones scaled by the subject's factors. */
export function subjectParameters(typical: PkParameters, factors: SubjectFactors): PkParameters {
  return {
    ...typical,
    kaPerH: typical.kaPerH * factors.kaPerH,
    tHalfH: typical.tHalfH * factors.tHalfH,
    volumeL: typical.volumeL * factors.volumeL,
    fFactor: (typical.fFactor ?? 1) * factors.f,
  };
}

/**
 * N virtual subjects on one regimen from t = 0 (its regular, missed and extra doses): simulatePopulationOf with
 * the regimen's own simulation input. A scenario's regimen (calendar doses, personal factor) goes through
 * regimenRunInput and simulatePopulationOf, as its curve does.
 * @example simulatePopulation(makeRegimen({ compound: 'mk7', doseUg: 90, fatG: 15 }), 240, 1, { subjects: 20, seed: 1 }).timeH.length // => 241
 */
export function simulatePopulation(
  regimen: Regimen,
  horizonH: number,
  stepH: number,
  options: PopulationOptions,
): PopulationResult {
  const input: SimulationInput = {
    pk: presetParameters(regimen.compound, regimen.overrides),
    tissue: TISSUE_PRESET,
    doses: doseEvents(regimen, horizonH),
    horizonH,
    stepH,
  };
  return simulatePopulationOf(input, regimen, options);
}

/**
 * N virtual subjects around one simulation input (the typical subject: its parameters, personal factor
 * included in pk.fFactor, and its doses as taken): log-normal between-subject variability on ka, t½, V and F
 * (Sheiner & Beal's exponential model, the NONMEM convention: P_i = P_typical × e^η_i), each subject simulated
 * exactly on the same doses and grid, then plasma percentiles per time point (bucket selection on each time
 * column; Hyndman & Fan type 7) and the spread of Cmax, AUC and trough. `regimen` is the regular schedule the
 * trough is defined on (a calendar pattern's interval equivalent; its dose events carry their slot numbers).
 * Cost: subjects × (points + doses), plus two linear passes over one column of `subjects` per point.
 */
export function simulatePopulationOf(
  input: SimulationInput,
  regimen: Regimen,
  options: PopulationOptions,
): PopulationResult {
  const count = Math.floor(options.subjects);
  if (!(count >= 1)) throw new RangeError('the number of subjects must be at least 1');
  const variability = options.variability ?? presetVariability();
  const typicalPk = input.pk;
  const { doses, horizonH, stepH } = input;
  const run = (pk: PkParameters) => simulate({ ...input, pk });
  const typical = run(typicalPk);
  const points = typical.timeH.length;

  const factors = drawSubjects(count, options.seed, variability);
  const pks = factors.map((f) => subjectParameters(typicalPk, f));
  // Lag and meal are the same for everyone, so absorption times are shared; only F × dose differs (F scales).
  const typicalIntakes = typical.intakes;
  const amounts = new Float64Array(typicalIntakes.length * count);
  typicalIntakes.forEach((intake, j) => {
    const doseF = intake.f / (typicalPk.fFactor ?? 1);
    for (let s = 0; s < count; s++) {
      // As doseBioavailability: F capped at 1 after the subject's factor.
      amounts[j * count + s] = intake.dose.amountUg * Math.min(1, doseF * (pks[s]!.fFactor ?? 1));
    }
  });
  const troughInterval = lastFullInterval(regimen, doses, horizonH);
  // As lastIntervalTrough: exact levels at the interval's start, absorption start and end, and grid points inside.
  const queries = troughInterval
    ? [
        troughInterval.startH,
        troughInterval.startH + Math.min(typicalPk.lagH, regimen.intervalH),
        troughInterval.endH,
      ]
    : [];
  // Time-major: each time point's column of subjects is contiguous, ready for the percentiles (no transpose).
  const all = new Float64Array(count * points);
  const kernel = plasmaForSubjects(
    pks,
    typicalIntakes.map((i) => i.absorptionStartH),
    amounts,
    typical.timeH,
    stepH,
    all,
    queries,
  );
  let trough: Float64Array | null = null;
  if (troughInterval) {
    trough = new Float64Array(count);
    for (let s = 0; s < count; s++) trough[s] = Math.min(...kernel.queried.map((q) => q[s]!));
    const first = lowerBound(typical.timeH, troughInterval.startH - 1e-9);
    const last = lowerBound(typical.timeH, troughInterval.endH + 1e-9);
    for (let i = first; i < last; i++) {
      for (let s = 0; s < count; s++) trough[s] = Math.min(trough[s]!, all[i * count + s]!);
    }
  }

  const bands: PopulationBands = {
    p05: new Float64Array(points),
    p25: new Float64Array(points),
    p50: new Float64Array(points),
    p75: new Float64Array(points),
    p95: new Float64Array(points),
  };
  const percentilesOf = percentileSelector(count, BAND_PERCENTILES);
  for (let i = 0; i < points; i++) {
    const [p05, p25, p50, p75, p95] = percentilesOf(all.subarray(i * count, (i + 1) * count));
    bands.p05[i] = p05!;
    bands.p25[i] = p25!;
    bands.p50[i] = p50!;
    bands.p75[i] = p75!;
    bands.p95[i] = p95!;
  }

  return {
    subjects: count,
    seed: options.seed,
    variability,
    timeH: typical.timeH,
    typical,
    plasmaNgPerMl: bands,
    perSubject: {
      factors,
      cmaxNgPerMl: kernel.cmaxNgPerMl,
      aucNgHPerMl: kernel.aucNgHPerMl,
      troughNgPerMl: trough,
    },
    summary: {
      cmax: spreadOf(kernel.cmaxNgPerMl),
      auc: spreadOf(kernel.aucNgHPerMl),
      trough: trough ? spreadOf(trough) : null,
    },
  };
}

/** First index with sorted[i] >= value (binary search). */
function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
