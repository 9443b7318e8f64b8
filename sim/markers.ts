import { ENGLISH, type Translator } from './i18n/translator';
import type { CompoundId, TissueModel, TissueParameters } from './model/types';
import { COMPOUND_PRESETS, presetParameters, TISSUE_PRESET } from './presets/compounds';
import { OBSERVATIONS } from './presets/observations';
import { SOURCES } from './presets/sources';
import { carboxylatedFraction } from './readouts';
import { simulate, type SimulationResult } from './simulate';

/** The circulating marker a tissue readout stands for: dp-ucMGP (arterial wall) or ucOC (bone). */
export type Marker = 'dp-ucMGP' | 'ucOC';

/** A trial design as a repeating week: dose times (h from the start of the week) and the study's length. */
export interface StudyDesign {
  compound: CompoundId;
  doseUg: number;
  /** Dose times within one week (h), e.g. [0, 48, 96] for three times a week. */
  weeklyDoseTimesH: readonly number[];
  weeks: number;
  /** Meal fat with each dose (g); the trials do not report it, so a standard 20 g breakfast is assumed. */
  fatG: number;
}

/**
 * Percent change of the uncarboxylated protein from its no-supplement baseline, as trials report dp-ucMGP and
 * ucOC: -100 × (f - f0) / (1 - f0), where f is the carboxylated fraction (Emax readout) and f0 its baseline.
 * Negative: the uncarboxylated form fell. Reference: Holford & Sheiner 1981 (Emax); Caluwé 2014 reports
 * dp-ucMGP this way.
 * @example undercarboxylatedChangePct({ ke0PerH: 0.01, baselineFraction: 0.5, maxFraction: 1, ec50NmolPerL: 2 }, 2) // => -50
 */
export function undercarboxylatedChangePct(tissue: TissueParameters, concNmolPerL: number): number {
  const f = carboxylatedFraction(tissue, concNmolPerL);
  return (-100 * (f - tissue.baselineFraction)) / (1 - tissue.baselineFraction);
}

/**
 * The model's marker change at the end of a trial: the design is simulated dose by dose, the tissue level is
 * averaged over the last week (a blood draw can fall on any day of the dosing week), converted to nmol/L and
 * read through the Emax curve of that tissue.
 * @example Math.round(studyMarkerChangePct({ compound: 'mk7', doseUg: 360, weeklyDoseTimesH: [0, 48, 96], weeks: 8, fatG: 20 }, 'dp-ucMGP')) // => -19
 */
export function studyMarkerChangePct(
  design: StudyDesign,
  marker: Marker,
  tissue: TissueModel = TISSUE_PRESET,
): number {
  const weekH = 168;
  const horizonH = design.weeks * weekH;
  const doses = [];
  for (let w = 0; w < design.weeks; w++) {
    for (const t of design.weeklyDoseTimesH) {
      doses.push({
        index: doses.length,
        timeH: w * weekH + t,
        amountUg: design.doseUg,
        fatG: design.fatG,
        missed: false,
      });
    }
  }
  const stepH = 1;
  const run = simulate({ pk: presetParameters(design.compound), tissue, doses, horizonH, stepH });
  return markerChangeAtPct(run, design.compound, marker, horizonH, tissue);
}

/** One week: a blood draw can fall on any day of a dosing week, so the tissue level is averaged over it. */
const WEEK_H = 168;

/**
 * The marker change a trial would report at `atH` for a simulated run: the tissue level averaged over the week
 * before `atH`, converted to nmol/L and read through that tissue's Emax curve (one implementation for the
 * published-trial check and the app's readouts). Null when the run does not cover that week.
 */
export function markerChangeAtPct(
  run: Pick<SimulationResult, 'timeH' | 'boneNgPerMl' | 'arteryNgPerMl'>,
  compound: CompoundId,
  marker: Marker,
  atH: number,
  tissue: TissueModel = TISSUE_PRESET,
): number {
  const series = marker === 'dp-ucMGP' ? run.arteryNgPerMl : run.boneNgPerMl;
  // The grid is in time order: only the week's points are read (a 250,000-point run is read 10 times a draw).
  const times = run.timeH;
  let i = firstAfter(times, atH - WEEK_H);
  let sum = 0;
  let count = 0;
  for (; i < times.length && times[i]! <= atH + 1e-9; i++) {
    sum += series[i]!;
    count++;
  }
  const nmolPerL =
    count === 0 ? 0 : ((sum / count) * 1000) / COMPOUND_PRESETS[compound].molarMassGPerMol.value;
  return undercarboxylatedChangePct(marker === 'dp-ucMGP' ? tissue.artery : tissue.bone, nmolPerL);
}

/** The first index whose time is above `t` in an ascending grid (its length when none). */
function firstAfter(times: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Study-like time points (weeks from the start) at which trials report marker changes. */
export const MARKER_READOUT_WEEKS = [4, 8, 12, 26, 52] as const;

/** Marker changes are shown to the nearest 5 percentage points: the calibration holds to about 2-fold. */
export const MARKER_ROUNDING_PCT = 5;

/** Where a marker readout stands for a compound: fitted to a published trial, or only illustrative. */
export interface MarkerBasis {
  calibrated: boolean;
  /** In the app's words: which trial it is calibrated to, or why it is illustrative. */
  words: string;
  /** The words after "calibrated" or "illustrative:", for a table whose badge already says which. */
  detail: string;
}

/**
 * A trial's population (as observations.ts names it, in English) in the reader's language; one no catalog knows
 * stays as it is.
 * @example populationName('postmenopausal women with osteoporosis', simTranslator('ja-JP')) // => '骨粗鬆症の閉経後女性'
 */
export function populationName(population: string, tr: Translator): string {
  const key = population.replace(/[^A-Za-z]/g, '_');
  const name = tr.t('marker.population', { p: key });
  return name === key ? population : name;
}

/**
 * Calibrated where the model was fitted to a published change of that marker with that compound
 * (sim/presets/observations.ts); otherwise illustrative, naming a predicted miss when there is one.
 */
export function markerBasis(compound: CompoundId, marker: Marker, tr: Translator = ENGLISH): MarkerBasis {
  const of = OBSERVATIONS.flatMap((o) =>
    o.kind === 'markerChange' && o.compound === compound && o.marker === marker ? [o] : [],
  );
  const fitted = of.filter((o) => o.role === 'fitted');
  if (fitted.length > 0) {
    const sources = [...new Set(fitted.map((o) => SOURCES[o.source].short))].join(', ');
    const detail = tr.t('marker.calibratedDetail', {
      sources,
      population: populationName(fitted[0]!.population, tr),
    });
    return { calibrated: true, words: tr.t('marker.calibrated', { detail }), detail };
  }
  const missed = of.find((o) => o.knownMiss);
  const detail = missed
    ? tr.t('marker.missedDetail', {
        source: SOURCES[missed.source].short,
        pct: tr.num(Math.abs(missed.changePct)),
      })
    : tr.t('marker.noneDetail');
  return { calibrated: false, words: tr.t('marker.illustrative', { detail }), detail };
}

export interface MarkerReadout {
  marker: Marker;
  weeks: number;
  /** Unrounded model change (percent; negative = the uncarboxylated form fell). */
  changePct: number;
  /** Rounded to MARKER_ROUNDING_PCT, as shown. */
  shownPct: number;
}

/**
 * The readouts the app shows for a simulated regimen: the change of ucOC (bone) and dp-ucMGP (arterial wall)
 * from the no-supplement baseline at each study-like week the run reaches.
 * @example markerReadouts(simulateRegimen(makeRegimen({ compound: 'mk7', doseUg: 180 }), 8 * 7 * 24, 1), 'mk7').map((r) => `${r.marker} ${r.weeks} weeks ${r.shownPct}%`) // => ['ucOC 4 weeks -15%', 'ucOC 8 weeks -15%', 'dp-ucMGP 4 weeks -15%', 'dp-ucMGP 8 weeks -15%']
 */
export function markerReadouts(
  run: Pick<SimulationResult, 'timeH' | 'boneNgPerMl' | 'arteryNgPerMl'>,
  compound: CompoundId,
  tissue: TissueModel = TISSUE_PRESET,
): MarkerReadout[] {
  const endH = run.timeH.length > 0 ? run.timeH[run.timeH.length - 1]! : 0;
  const out: MarkerReadout[] = [];
  for (const marker of ['ucOC', 'dp-ucMGP'] as const) {
    for (const weeks of MARKER_READOUT_WEEKS) {
      if (weeks * WEEK_H > endH + 1e-9) break;
      const changePct = markerChangeAtPct(run, compound, marker, weeks * WEEK_H, tissue);
      out.push({ marker, weeks, changePct, shownPct: roundMarkerPct(changePct) });
    }
  }
  return out;
}

/** To the nearest 5 percentage points, without a negative zero. */
export function roundMarkerPct(changePct: number): number {
  const r = Math.round(changePct / MARKER_ROUNDING_PCT) * MARKER_ROUNDING_PCT;
  return r === 0 ? 0 : r;
}
