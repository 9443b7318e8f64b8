import type { DoseEvent, Regimen } from '../regimen/regimen';
import { TISSUE_PRESET } from '../presets/compounds';
import { carboxylatedFraction } from '../readouts';
import type { SimulationResult } from '../simulate';
import { eliminationRatePerH, ngPerMlToNmolPerL } from '../units';
import { aucBetween, plasmaAt, refinePeak } from './exact';
import { steadyState, type SteadyState } from './steadyState';
import { PlasmaScan } from '../stream/plasmaScan';
import { formatNumberIn } from '../i18n/format';
import { ENGLISH, type Translator } from '../i18n/translator';

export interface RegimenMetrics {
  /** Highest plasma level over the horizon (ng/mL), refined between grid points. */
  cmaxNgPerMl: number;
  tmaxH: number;
  /** Lowest level in the last full dosing interval inside the horizon (ng/mL); null when there is none (one
   *  dose has none: its "trough" would be the 0 before it). */
  troughNgPerMl: number | null;
  /** AUC over the whole horizon (ng·h/mL), exact. */
  aucNgHPerMl: number;
  /** Mean level over the horizon (ng/mL). */
  averageNgPerMl: number;
  tHalfH: number;
  /** Steady state of the regular schedule continued forever; null when the regimen has no regular doses taken
   *  or only one regular dose (doseCount 1: nothing is repeated). */
  steadyState: SteadyState | null;
  /** The headline numbers with the caveats that qualify them (see MetricNote), for display next to each number. */
  qualified: {
    cmaxNgPerMl: Qualified<number>;
    troughNgPerMl: Qualified<number | null>;
    aucNgHPerMl: Qualified<number>;
    averageNgPerMl: Qualified<number>;
    /** AUCτ,ss / AUC(0-τ) of the regular schedule; null when no regular dose is taken. */
    accumulationRatio: Qualified<number | null>;
  };
  /** True when the horizon reaches 90% of steady state (time from the first regular dose); null without regular doses taken. */
  steadyStateReached: boolean | null;
  /** Share of the exposure from the doses taken that falls inside the horizon: AUC(0-T) / Σ F·D / CL. Null without doses taken. */
  aucWindowFraction: number | null;
  tissue: {
    boneAucNgHPerMl: number;
    arteryAucNgHPerMl: number;
    /** Carboxylated osteocalcin and MGP fractions at the end of the horizon (illustrative). */
    osteocalcinCarboxylatedAtEnd: number;
    mgpCarboxylatedAtEnd: number;
  };
}

/** Why a number should be read with care. */
export type MetricNoteCode =
  | 'steady-state-not-reached'
  | 'auc-window-incomplete'
  | 'no-doses-taken'
  | 'no-single-interval'
  | 'single-dose'
  | 'absorption-longer-than-interval';

export interface MetricNote {
  code: MetricNoteCode;
  /** A short sentence for display next to the number, in English (metricNoteText writes it in another language). */
  text: string;
  /** The numbers and choices the sentence is written from (so the page can write it in the UI's language). */
  values: Readonly<Record<string, number | string>>;
}

/**
 * A note's sentence in `tr`'s language, from its code and values; in English exactly the note's `text`.
 * @example metricNoteText({ code: 'auc-window-incomplete', values: { pct: 12 } }) // => 'AUC window incomplete: 12% of the exposure from these doses falls after the horizon.'
 */
export function metricNoteText(note: Pick<MetricNote, 'code' | 'values'>, tr: Translator = ENGLISH): string {
  const v = note.values;
  // Numbers as the notes always wrote them ("12.3", "0.85"), in the reader's locale.
  const fixed = (x: number, digits: number) =>
    formatNumberIn(tr.locale, x, { fraction: digits, minFraction: digits, grouping: false });
  switch (note.code) {
    case 'steady-state-not-reached': {
      const hours = Number(v['hours']);
      const after =
        hours >= 48
          ? { unit: 'days', n: fixed(hours / 24, 1) }
          : { unit: 'h', n: fixed(Math.round(hours), 0) };
      // A schedule of n doses that stops inside the run says so: it is not the horizon that is too short.
      return v['doses'] !== undefined
        ? tr.t('metricNote.steadyStateStops', { ...after, doses: Number(v['doses']) })
        : tr.t('metricNote.steadyState', after);
    }
    case 'auc-window-incomplete':
      return tr.t('metricNote.aucWindow', { pct: Number(v['pct']) });
    case 'no-doses-taken':
      return tr.t('metricNote.noDoses', { what: String(v['what']) });
    case 'no-single-interval':
      return tr.t('metricNote.noInterval');
    case 'single-dose':
      return tr.t('metricNote.singleDose');
    case 'absorption-longer-than-interval': {
      const ratio = (x: number) => fixed(x, x >= 10 ? 0 : 2);
      return tr.t('metricNote.absorption', {
        observed: ratio(Number(v['observed'])),
        theoretical: ratio(Number(v['theoretical'])),
      });
    }
  }
}

/** A note with its English sentence. */
function note(code: MetricNoteCode, values: MetricNote['values'] = {}): MetricNote {
  return { code, text: metricNoteText({ code, values }), values };
}

/** A number and the notes that qualify it (empty when it can be read as is). */
export interface Qualified<T> {
  value: T;
  notes: MetricNote[];
}

/** Share of the exposure inside the horizon below which the AUC is flagged as incomplete. */
export const AUC_WINDOW_COMPLETE_FRACTION = 0.95;

/**
 * The numbers a user reads off a regimen: peak, trough, exposure, accumulation and approach to steady state,
 * tissue exposure. Everything is computed from the exact model, not from the drawn points.
 */
export function regimenMetrics(
  regimen: Regimen,
  result: SimulationResult,
  molarMassGPerMol: number,
): RegimenMetrics {
  const { timeH } = result;
  const scan = new PlasmaScan(lastFullInterval(regimen, result.doses, timeH[timeH.length - 1]!));
  scan.push(timeH, result.plasmaNgPerMl, result.boneNgPerMl, result.arteryNgPerMl, timeH.length);
  return metricsFromScan(regimen, result, scan, molarMassGPerMol);
}

/** The exact model of a run, without its output arrays (what `GridStepper.model` holds). */
export type RunModel = Pick<SimulationResult, 'chain' | 'gutInputs' | 'input' | 'doses' | 'intakes'>;

/**
 * `regimenMetrics` from a finished one-pass scan of the output grid (whole arrays or streamed blocks, see
 * stream/plasmaScan.ts) and the exact model: the grid only brackets the peak and bounds the trough; the
 * peak, AUC and interval ends are exact.
 */
export function metricsFromScan(
  regimen: Regimen,
  result: RunModel,
  scan: PlasmaScan,
  molarMassGPerMol: number,
): RegimenMetrics {
  const horizonH = scan.lastTimeH;
  const gridMax = scan.maxNgPerMl;
  const peak =
    gridMax > 0 ? refinePeak(result, scan.beforeMaxTimeH, scan.afterMaxTimeH) : { timeH: 0, conc: 0 };
  const auc = aucBetween(result, 0, horizonH);
  const regularTaken = result.intakes.filter((i) => i.dose.index !== null);
  // With every regular dose missed there is no schedule to accumulate: no steady state, no accumulation ratio;
  // nor with one dose (doseCount 1), which is not repeated (the app's presentation says "no plateau" there too).
  const single = regimen.doseCount === 1;
  const regular = regimen.doseCount !== 0 && !single && regimen.doseUg > 0 && regularTaken.length > 0;
  const ss = regular
    ? steadyState(result.input.pk, result.input.tissue, {
        doseUg: regimen.doseUg,
        intervalH: regimen.intervalH,
        fatG: regimen.fatG,
      })
    : null;
  const endBone = ngPerMlToNmolPerL(scan.lastBoneNgPerMl, molarMassGPerMol);
  const endArtery = ngPerMlToNmolPerL(scan.lastArteryNgPerMl, molarMassGPerMol);
  const cmax = Math.max(peak.conc, gridMax);
  const trough = troughFromScan(regimen, result, scan);

  // Steady state: reached when the horizon covers the time to 90% of it, counted from the first regular dose.
  // A loop, not Math.min(...doses): a spread of ~100k doses overflows the call stack.
  let firstRegularH = regularTaken.length > 0 ? Infinity : 0;
  for (const intake of regularTaken) firstRegularH = Math.min(firstRegularH, intake.dose.timeH);
  // A schedule of n doses (doseCount) stops at its n-th interval's end: the level never gets further than that.
  const scheduleEndH =
    regimen.doseCount === null
      ? horizonH
      : Math.min(horizonH, regimen.firstDoseH + regimen.doseCount * regimen.intervalH);
  const stops = scheduleEndH < horizonH - 1e-9;
  const steadyStateReached = ss ? scheduleEndH - firstRegularH >= ss.timeTo90PctH : null;
  const ssNote: MetricNote[] =
    steadyStateReached === false
      ? [
          stops
            ? note('steady-state-not-reached', { hours: ss!.timeTo90PctH, doses: regimen.doseCount ?? 0 })
            : note('steady-state-not-reached', { hours: ss!.timeTo90PctH }),
        ]
      : [];
  // AUC window: exposure of the doses taken, F·D/CL each (linear model), against what falls inside the horizon.
  const pk = result.input.pk;
  const clearanceLPerH = eliminationRatePerH(pk.tHalfH) * pk.volumeL;
  const totalExposure = result.intakes.reduce((sum, i) => sum + i.absorbedUg, 0) / clearanceLPerH;
  const aucWindowFraction = totalExposure > 0 ? Math.min(1, auc.plasma / totalExposure) : null;
  const aucNote: MetricNote[] =
    aucWindowFraction !== null && aucWindowFraction < AUC_WINDOW_COMPLETE_FRACTION
      ? [note('auc-window-incomplete', { pct: Math.round((1 - aucWindowFraction) * 100) })]
      : [];
  // Why none is taken, in the words that are true: missed doses, a dose of 0 µg, or no dose in the run.
  const noDoses: MetricNote[] =
    result.intakes.length === 0
      ? [
          note('no-doses-taken', {
            what: result.doses.some((d) => d.amountUg > 0)
              ? 'all'
              : result.doses.length > 0
                ? 'zero'
                : 'none',
          }),
        ]
      : [];
  // Doses taken but none on a regular schedule (a pattern of uneven times or meals): no interval to measure in.
  const noInterval: MetricNote[] =
    result.intakes.length > 0 && !result.doses.some((d) => d.index !== null)
      ? [note('no-single-interval')]
      : [];
  const singleNote: MetricNote[] = single && result.intakes.length > 0 ? [note('single-dose')] : [];
  const accumulation = ss ? ss.accumulationRatio : null;

  return {
    cmaxNgPerMl: cmax,
    tmaxH: peak.conc >= gridMax ? peak.timeH : scan.maxTimeH,
    troughNgPerMl: trough,
    aucNgHPerMl: auc.plasma,
    averageNgPerMl: auc.plasma / horizonH,
    tHalfH: result.input.pk.tHalfH,
    steadyState: ss,
    qualified: {
      cmaxNgPerMl: { value: cmax, notes: [...noDoses, ...ssNote] },
      troughNgPerMl: {
        value: trough,
        notes: [...noDoses, ...ssNote, ...(trough === null ? [...noInterval, ...singleNote] : [])],
      },
      aucNgHPerMl: { value: auc.plasma, notes: [...noDoses, ...aucNote] },
      averageNgPerMl: { value: auc.plasma / horizonH, notes: [...noDoses, ...ssNote, ...aucNote] },
      accumulationRatio: {
        value: accumulation,
        notes:
          accumulation === null
            ? noInterval.length > 0
              ? noInterval
              : singleNote.length > 0
                ? singleNote
                : [note('no-doses-taken', { what: 'ratio' })]
            : accumulationNotes(ss!),
      },
    },
    steadyStateReached,
    aucWindowFraction,
    tissue: {
      boneAucNgHPerMl: auc.bone,
      arteryAucNgHPerMl: auc.artery,
      osteocalcinCarboxylatedAtEnd: carboxylatedFraction(TISSUE_PRESET.bone, endBone),
      mgpCarboxylatedAtEnd: carboxylatedFraction(TISSUE_PRESET.artery, endArtery),
    },
  };
}

/**
 * Minimum over the last full dosing interval [t_k, t_k + τ] that ends inside the horizon: the smaller of the
 * exact levels at its start, at the start of absorption (after the lag) and at its end, and every grid point inside.
 */
export function lastIntervalTrough(regimen: Regimen, result: SimulationResult): number | null {
  const { timeH } = result;
  const scan = new PlasmaScan(lastFullInterval(regimen, result.doses, timeH[timeH.length - 1]!));
  scan.push(timeH, result.plasmaNgPerMl, result.boneNgPerMl, result.arteryNgPerMl, timeH.length);
  return troughFromScan(regimen, result, scan);
}

/** The last-interval trough from a scan made with that interval as its window, and the exact interval ends. */
function troughFromScan(regimen: Regimen, model: RunModel, scan: PlasmaScan): number | null {
  const interval = lastFullInterval(regimen, model.doses, scan.lastTimeH);
  if (!interval) return null;
  const lag = Math.min(model.input.pk.lagH, regimen.intervalH);
  const exact = plasmaAt(model, [interval.startH, interval.startH + lag, interval.endH]);
  return Math.min(scan.windowMinNgPerMl, ...exact);
}

/**
 * The last full dosing interval [t_k, t_k + τ] of the regular schedule that ends inside the horizon, or null.
 * A dosing interval runs from one dose to the next: one dose has none, and a schedule of n doses (doseCount)
 * that stops inside the run has none after its last dose (one that stops with the run keeps it: the two look
 * alike from inside).
 * @example lastFullInterval(makeRegimen({ compound: 'mk7', doseUg: 90 }), doseEvents(makeRegimen({ compound: 'mk7', doseUg: 90 }), 72), 72) // => { startH: 48, endH: 72 }
 */
export function lastFullInterval(
  regimen: Regimen,
  doses: readonly DoseEvent[],
  horizonH: number,
): { startH: number; endH: number } | null {
  const regular = doses.filter((d) => d.index !== null);
  const count = regimen.doseCount;
  if (count === 1) return null;
  const last = [...regular]
    .reverse()
    .find(
      (d) =>
        d.timeH + regimen.intervalH <= horizonH + 1e-9 &&
        (count === null || d.index! < count - 1 || d.timeH + regimen.intervalH >= horizonH - 1e-9),
    );
  return last ? { startH: last.timeH, endH: last.timeH + regimen.intervalH } : null;
}

/**
 * Hours the plasma level spends at or above a threshold, from the output grid with linear interpolation
 * at each crossing.
 */
export function timeAboveThresholdH(result: SimulationResult, thresholdNgPerMl: number): number {
  const { timeH, plasmaNgPerMl: c } = result;
  let total = 0;
  for (let i = 1; i < timeH.length; i++) {
    const c0 = c[i - 1]! - thresholdNgPerMl;
    const c1 = c[i]! - thresholdNgPerMl;
    const dt = timeH[i]! - timeH[i - 1]!;
    if (c0 >= 0 && c1 >= 0) total += dt;
    else if (c0 >= 0 || c1 >= 0) total += (dt * Math.max(c0, c1)) / Math.abs(c1 - c0);
  }
  return total;
}

/** Observed over elimination-only accumulation above which the difference is explained next to the number. */
const ABSORPTION_NOTE_RATIO = 1.25;

/**
 * The observed accumulation ratio (AUCτ at steady state / AUC(0-τ) of the first dose) equals the textbook
 * 1/(1 − e^(−ke·τ)) only when a dose is absorbed well within one interval. With an interval shorter than
 * absorption (e.g. hourly dosing, a 2 h lag) the first interval catches little of the first dose, so the
 * observed ratio is much larger: correct by its definition, but not what a reader expects without a word.
 */
function accumulationNotes(ss: NonNullable<RegimenMetrics['steadyState']>): MetricNote[] {
  if (ss.accumulationRatio <= ABSORPTION_NOTE_RATIO * ss.accumulationRatioTheoretical) return [];
  return [
    note('absorption-longer-than-interval', {
      observed: ss.accumulationRatio,
      theoretical: ss.accumulationRatioTheoretical,
    }),
  ];
}
