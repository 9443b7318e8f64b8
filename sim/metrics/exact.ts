import { statesAt } from '../model/propagate';
import { centralAmount, DYNAMIC_STATE_SIZE, STATE } from '../model/vitaminKModel';
import type { SimulationResult } from '../simulate';

/** The parts of a run that exact evaluation needs: the chain, its inputs and the parameters (no arrays). */
export type ExactModel = Pick<SimulationResult, 'chain' | 'gutInputs' | 'input'>;

/** Exact plasma concentration (ng/mL) at each sorted time, from the model rather than the output grid. */
export function plasmaAt(result: ExactModel, sortedTimesH: readonly number[]): number[] {
  const invV = 1 / result.input.pk.volumeL;
  return statesAt(result.chain, result.gutInputs, sortedTimesH).map((s) => centralAmount(s) * invV);
}

export interface ExposureIntegrals {
  /** ∫ plasma concentration dt (ng·h/mL). */
  plasma: number;
  /** ∫ bone effect-compartment concentration dt (ng·h/mL, illustrative). */
  bone: number;
  /** ∫ arterial-wall effect-compartment concentration dt (ng·h/mL, illustrative). */
  artery: number;
}

/**
 * Exact areas under the curves between two times: the model carries their running integrals as states,
 * so AUC(t1, t2) = I(t2) - I(t1) with no quadrature error.
 * @example aucBetween(simulateRegimen(makeRegimen({ compound: 'mk7', doseUg: 90 }), 48, 1), 0, 24).plasma.toFixed(2) // => '6.93'
 */
export function aucBetween(result: ExactModel, t1H: number, t2H: number): ExposureIntegrals {
  const [a, b] = statesAt(result.chain, result.gutInputs, [t1H, t2H]) as [Float64Array, Float64Array];
  return {
    plasma: b[STATE.aucPlasma]! - a[STATE.aucPlasma]!,
    bone: b[STATE.aucBone]! - a[STATE.aucBone]!,
    artery: b[STATE.aucArtery]! - a[STATE.aucArtery]!,
  };
}

/**
 * Peak of the exact curve near a grid maximum, by golden-section search on [t0, t1] (the curve is unimodal
 * between neighbouring grid points around a peak). The state at t0 is computed once; each probe then moves it
 * forward exactly through any inputs inside the window, so the cost does not grow with the number of doses.
 */
export function refinePeak(result: ExactModel, t0H: number, t1H: number): { timeH: number; conc: number } {
  const dynamic = result.chain.slice(0, DYNAMIC_STATE_SIZE);
  const start = statesAt(result.chain, result.gutInputs, [t0H])[0]!.slice(0, DYNAMIC_STATE_SIZE);
  const inside = result.gutInputs.filter((input) => input.timeH > t0H && input.timeH <= t1H);
  const invV = 1 / result.input.pk.volumeL;
  const concAt = (t: number): number =>
    centralAmount(statesAt(dynamic, inside, [t], { state: start, timeH: t0H })[0]!) * invV;
  const golden = (Math.sqrt(5) - 1) / 2;
  let lo = t0H;
  let hi = t1H;
  // At a peak the curve is flat: 1e-4 h in time is far below 1e-9 in concentration.
  for (let i = 0; i < 60 && hi - lo > 1e-4; i++) {
    const m1 = hi - golden * (hi - lo);
    const m2 = lo + golden * (hi - lo);
    if (concAt(m1) < concAt(m2)) lo = m1;
    else hi = m2;
  }
  const timeH = (lo + hi) / 2;
  return { timeH, conc: concAt(timeH) };
}
