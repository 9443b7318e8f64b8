import { doseBioavailability } from '../model/bioavailability';
import { applyTransition, transitionMatrix } from '../model/linearChain';
import type { PkParameters, TissueModel } from '../model/types';
import { disposition } from '../model/disposition';
import { centralAmount, DYNAMIC_STATE_SIZE, STATE, STATE_SIZE, vitaminKChain } from '../model/vitaminKModel';

export interface SteadyState {
  /** AUC over one dosing interval at steady state (ng·h/mL). */
  aucTauNgHPerMl: number;
  /** Average concentration at steady state: AUCτ / τ (ng/mL). */
  averageNgPerMl: number;
  /** Lowest level at steady state, just before the next dose starts to be absorbed (ng/mL). */
  troughNgPerMl: number;
  /** Highest level at steady state (ng/mL). */
  peakNgPerMl: number;
  /** AUCτ,ss / AUC(0-τ) after the first dose. */
  accumulationRatio: number;
  /** 1 / (1 - e^(-ke τ)), the textbook accumulation ratio for a one-compartment drug (terminal rate β for K1). */
  accumulationRatioTheoretical: number;
  /** Time from the first dose until pre-dose troughs reach 90% of the steady-state trough (h), interpolated between doses. */
  timeTo90PctH: number;
  /** ln(10) / ke: the same for instant absorption (h; terminal rate β for K1). */
  timeTo90PctTheoreticalH: number;
  /** Steady-state averages of the tissue effect compartments (ng/mL, illustrative). */
  boneAverageNgPerMl: number;
  arteryAverageNgPerMl: number;
}

export interface RegularDosing {
  doseUg: number;
  intervalH: number;
  fatG: number;
}

/**
 * Steady state of an endless regular regimen, exactly: the pre-dose state x satisfies x = Phi(τ)(x + d),
 * so (I - Phi(τ)) x = Phi(τ) d, solved by forward substitution (Phi is lower triangular). Gibaldi & Perrier,
 * Pharmacokinetics, 2nd ed., ch. 3 (multiple dosing; accumulation ratio 1 / (1 - e^(-ke τ))).
 */
export function steadyState(pk: PkParameters, tissue: TissueModel, dosing: RegularDosing): SteadyState {
  const tau = dosing.intervalH;
  const chain = vitaminKChain(pk, tissue);
  const dynamic = chain.slice(0, DYNAMIC_STATE_SIZE);
  const phi = transitionMatrix(dynamic, tau);
  const n = DYNAMIC_STATE_SIZE;
  const absorbed = doseBioavailability(pk, dosing.doseUg, dosing.fatG) * dosing.doseUg;
  const dose = new Float64Array(n);
  dose[STATE.gut] = absorbed;
  const rhs = Float64Array.from(dose);
  applyTransition(phi, rhs);
  const xss = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let sum = rhs[j]!;
    for (let i = 0; i < j; i++) sum += phi[j * n + i]! * xss[i]!;
    xss[j] = sum / (1 - phi[j * n + j]!);
  }

  // One interval from steady state, and the first interval from zero, through the full chain with integrators.
  const fullPhi = transitionMatrix(chain, tau);
  const fromSteady = new Float64Array(STATE_SIZE);
  fromSteady.set(xss);
  fromSteady[STATE.gut] = fromSteady[STATE.gut]! + absorbed;
  const startSs = Float64Array.from(fromSteady);
  applyTransition(fullPhi, fromSteady);
  const first = new Float64Array(STATE_SIZE);
  first[STATE.gut] = absorbed;
  applyTransition(fullPhi, first);

  const aucTau = fromSteady[STATE.aucPlasma]!;
  const invV = 1 / pk.volumeL;
  const troughSs = centralAmount(xss) * invV;
  // The textbook formulas with the terminal rate (β; ke itself with one compartment).
  const ke = disposition(pk).betaPerH;

  return {
    aucTauNgHPerMl: aucTau,
    averageNgPerMl: aucTau / tau,
    troughNgPerMl: troughSs,
    peakNgPerMl: peakWithinInterval(dynamic, startSs.slice(0, n), tau) * invV,
    accumulationRatio: aucTau / first[STATE.aucPlasma]!,
    accumulationRatioTheoretical: 1 / -Math.expm1(-ke * tau),
    timeTo90PctH: timeTo90Pct(phi, dose, troughSs / invV, tau),
    timeTo90PctTheoreticalH: Math.LN10 / ke,
    boneAverageNgPerMl: fromSteady[STATE.aucBone]! / tau,
    arteryAverageNgPerMl: fromSteady[STATE.aucArtery]! / tau,
  };
}

/**
 * Highest central amount within one interval starting from `start`: samples with one fixed step matrix, then a
 * golden-section search on the best bracket. At a peak the curve is flat, so 1e-4 h in time is far below 1e-9
 * in concentration.
 */
function peakWithinInterval(
  dynamic: ReturnType<typeof vitaminKChain>,
  start: Float64Array,
  tau: number,
): number {
  const samples = 64;
  const h = tau / samples;
  const step = transitionMatrix(dynamic, h);
  const x = Float64Array.from(start);
  let best = 0;
  let bestValue = centralAmount(x);
  let previousState = Float64Array.from(x);
  for (let i = 1; i <= samples; i++) {
    const before = Float64Array.from(x);
    applyTransition(step, x);
    if (centralAmount(x) > bestValue) {
      best = i;
      bestValue = centralAmount(x);
      previousState = before;
    }
  }
  if (best === 0) return bestValue;
  // Bracket [t_(best-1), t_(best+1)], searched from the state at t_(best-1).
  const origin = previousState;
  const centralAt = (dt: number): number => {
    const y = Float64Array.from(origin);
    applyTransition(transitionMatrix(dynamic, dt), y);
    return centralAmount(y);
  };
  const golden = (Math.sqrt(5) - 1) / 2;
  let lo = 0;
  let hi = Math.min(2 * h, tau - (best - 1) * h);
  for (let i = 0; i < 60 && hi - lo > 1e-4; i++) {
    const m1 = hi - golden * (hi - lo);
    const m2 = lo + golden * (hi - lo);
    if (centralAt(m1) < centralAt(m2)) lo = m1;
    else hi = m2;
  }
  return Math.max(centralAt((lo + hi) / 2), bestValue);
}

/** Dose-by-dose troughs until they pass 90% of the steady-state trough; linear interpolation between doses. */
function timeTo90Pct(phi: Float64Array, dose: Float64Array, troughSsAmount: number, tau: number): number {
  if (!(troughSsAmount > 0)) return 0;
  const x = new Float64Array(dose.length);
  let previous = 0;
  for (let k = 1; k <= 10_000_000; k++) {
    for (let i = 0; i < x.length; i++) x[i] = x[i]! + dose[i]!;
    applyTransition(phi, x);
    const fraction = centralAmount(x) / troughSsAmount;
    if (fraction >= 0.9) return tau * (k - 1 + (0.9 - previous) / (fraction - previous));
    previous = fraction;
  }
  return Infinity;
}
