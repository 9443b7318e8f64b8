import type { PkOverrides } from '../presets/compounds';
import type { CompoundId } from '../model/types';

/** A dosing schedule for one compound: regular doses plus any extra, irregular ones. */
export interface Regimen {
  compound: CompoundId;
  /** Amount per regular dose (µg). */
  doseUg: number;
  /** Time between regular doses (h). */
  intervalH: number;
  /** Time of the first regular dose (h). */
  firstDoseH: number;
  /** Number of regular doses; null means every dose that fits before the end of the horizon. */
  doseCount: number | null;
  /** Fat (g) in the meal taken with each regular dose; 0 means fasted. */
  fatG: number;
  /** 0-based indices of regular doses that were missed. */
  missedDoses: number[];
  /** Irregular doses, each with its own time, amount and meal fat. */
  extraDoses: ExtraDose[];
  /** Preset parameters replaced by the user. */
  overrides: PkOverrides;
}

export interface ExtraDose {
  timeH: number;
  amountUg: number;
  fatG: number;
}

/** One intake on the timeline. `index` is the regular dose number, or null for an extra dose. */
export interface DoseEvent {
  index: number | null;
  timeH: number;
  amountUg: number;
  fatG: number;
  missed: boolean;
}

/** A regimen with the usual defaults: daily, from t = 0, every dose that fits, no missed or extra doses. */
export function makeRegimen(partial: Partial<Regimen> & Pick<Regimen, 'compound' | 'doseUg'>): Regimen {
  return {
    intervalH: 24,
    firstDoseH: 0,
    doseCount: null,
    fatG: 0,
    missedDoses: [],
    extraDoses: [],
    overrides: {},
    ...partial,
  };
}

/**
 * Every intake of a regimen that falls before the horizon, in time order; missed doses are kept and flagged,
 * so a chart can draw them and a click can restore them.
 * @example doseEvents(makeRegimen({ compound: 'mk7', doseUg: 90 }), 72).map((d) => d.timeH) // => [0, 24, 48]
 */
export function doseEvents(regimen: Regimen, horizonH: number): DoseEvent[] {
  const events: DoseEvent[] = [];
  const missed = new Set(regimen.missedDoses);
  const fitting = Math.floor((horizonH - regimen.firstDoseH) / regimen.intervalH - 1e-9) + 1;
  const count = Math.max(0, Math.min(regimen.doseCount ?? fitting, fitting));
  for (let k = 0; k < count; k++) {
    events.push({
      index: k,
      timeH: regimen.firstDoseH + k * regimen.intervalH,
      amountUg: regimen.doseUg,
      fatG: regimen.fatG,
      missed: missed.has(k),
    });
  }
  for (const extra of regimen.extraDoses) {
    if (extra.timeH < horizonH) {
      events.push({
        index: null,
        timeH: extra.timeH,
        amountUg: extra.amountUg,
        fatG: extra.fatG,
        missed: false,
      });
    }
  }
  return events.sort((a, b) => a.timeH - b.timeH);
}
