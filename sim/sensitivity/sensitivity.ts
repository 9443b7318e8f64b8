import { regimenMetrics } from '../metrics/regimenMetrics';
import type { PkParameters } from '../model/types';
import { COMPOUND_PRESETS, TISSUE_PRESET, presetParameters } from '../presets/compounds';
import { SENSITIVITY_RANGES, type SensitivityParameter, type SensitivityRange } from '../presets/sensitivity';
import { doseEvents, type DoseEvent, type Regimen } from '../regimen/regimen';
import { simulate } from '../simulate';

/** The three numbers a tornado chart shows. Cmax and trough in ng/mL, AUC over the horizon in ng·h/mL. */
export interface SensitivityMetrics {
  cmaxNgPerMl: number;
  aucNgHPerMl: number;
  /** Null when the regimen has no full dosing interval inside the horizon. */
  troughNgPerMl: number | null;
}

/** One bar: the metric with the parameter at the low and at the high end of its range. */
export interface TornadoBar {
  parameter: SensitivityParameter;
  label: string;
  /** The parameter's value at each end, in `unit` (a factor for × typical). */
  lowInput: number;
  highInput: number;
  unit: string;
  atLow: number;
  atHigh: number;
  /** |atHigh - atLow|: bars are sorted by it, largest first. */
  swing: number;
  note: string;
}

export interface SensitivityResult {
  baseline: SensitivityMetrics;
  cmax: TornadoBar[];
  auc: TornadoBar[];
  /** Empty when the regimen has no trough inside the horizon. */
  trough: TornadoBar[];
}

/** The typical parameters with one parameter moved to `value` (a factor or an absolute value, per the range). */
export function withParameter(pk: PkParameters, range: SensitivityRange, value: number): PkParameters {
  const scale = (typical: number) => (range.kind === 'factor' ? typical * value : value);
  switch (range.parameter) {
    case 'kaPerH':
      return { ...pk, kaPerH: scale(pk.kaPerH) };
    case 'tHalfH':
      return { ...pk, tHalfH: scale(pk.tHalfH) };
    case 'volumeL':
      return { ...pk, volumeL: scale(pk.volumeL) };
    case 'lagH':
      return { ...pk, lagH: scale(pk.lagH) };
    case 'f':
      return { ...pk, fFactor: scale(pk.fFactor ?? 1) };
    case 'fat50G':
    case 'fatFastedFraction': {
      // A fixed F (user override) ignores the meal: nothing to move.
      if (pk.bioavailability.kind !== 'fat-dependent') return pk;
      const effect = pk.bioavailability.fatEffect;
      const fatEffect =
        range.parameter === 'fat50G'
          ? { ...effect, fat50G: scale(effect.fat50G) }
          : { ...effect, fastedFraction: scale(effect.fastedFraction) };
      return { ...pk, bioavailability: { ...pk.bioavailability, fatEffect } };
    }
    case 'dose50Ug':
      return pk.presystemic
        ? { ...pk, presystemic: { ...pk.presystemic, dose50Ug: scale(pk.presystemic.dose50Ug) } }
        : pk;
  }
}

/**
 * One-at-a-time sensitivity (the data of a tornado chart; Saltelli et al., Global Sensitivity Analysis: The
 * Primer, 2008, ch. 1): each parameter moves alone across its range (SENSITIVITY_RANGES, with sources), the others
 * stay typical, and Cmax (refined between grid points), AUC over the horizon (exact) and the last-interval trough
 * are recomputed. Bars come sorted by swing, largest first. With a personal factor, "typical" is the person's
 * own curve: the baseline and every bar include the factor.
 * @example sensitivity(makeRegimen({ compound: 'mk7', doseUg: 90, fatG: 15 }), 30 * 24, 1).auc[0].label // => 'Bioavailability F'
 */
export function sensitivity(
  regimen: Regimen,
  horizonH: number,
  stepH: number,
  ranges: readonly SensitivityRange[] = SENSITIVITY_RANGES,
  /** The doses as taken, when they do not come from the regimen's interval (a calendar pattern). */
  doses: readonly DoseEvent[] = doseEvents(regimen, horizonH),
  /**
   * The personal factor (1 = the typical person), applied as the curve applies it (regimenRunInput: the
   * subject's bioavailability factor), so the baseline is the curve on screen and every bar moves around it.
   */
  personalFactor = 1,
): SensitivityResult {
  const preset = presetParameters(regimen.compound, regimen.overrides);
  const typical =
    personalFactor === 1 ? preset : { ...preset, fFactor: (preset.fFactor ?? 1) * personalFactor };
  const mw = COMPOUND_PRESETS[regimen.compound].molarMassGPerMol.value;
  const measure = (pk: PkParameters): SensitivityMetrics => {
    const m = regimenMetrics(regimen, simulate({ pk, tissue: TISSUE_PRESET, doses, horizonH, stepH }), mw);
    return { cmaxNgPerMl: m.cmaxNgPerMl, aucNgHPerMl: m.aucNgHPerMl, troughNgPerMl: m.troughNgPerMl };
  };
  const baseline = measure(typical);
  const applicable = ranges.filter((r) => !r.compounds || r.compounds.includes(regimen.compound));
  const runs = applicable.map((range) => ({
    range,
    low: measure(withParameter(typical, range, range.low)),
    high: measure(withParameter(typical, range, range.high)),
  }));
  const bars = (pick: (m: SensitivityMetrics) => number | null): TornadoBar[] =>
    runs
      .flatMap(({ range, low, high }) => {
        const atLow = pick(low);
        const atHigh = pick(high);
        if (atLow === null || atHigh === null) return [];
        return [
          {
            parameter: range.parameter,
            label: range.label,
            lowInput: range.low,
            highInput: range.high,
            unit: range.unit,
            atLow,
            atHigh,
            swing: Math.abs(atHigh - atLow),
            note: range.note,
          },
        ];
      })
      .sort((a, b) => b.swing - a.swing);
  return {
    baseline,
    cmax: bars((m) => m.cmaxNgPerMl),
    auc: bars((m) => m.aucNgHPerMl),
    trough: bars((m) => m.troughNgPerMl),
  };
}
