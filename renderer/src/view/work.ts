import type { Scenario, ScenarioRegimen } from '../../../sim';

/**
 * How much work `scenarioView` has to do for a scenario, estimated before doing it, so the app can decide
 * to compute on the main thread (small) or in a worker with progress and Cancel (large), and so a session
 * too heavy to restore quickly can ask first.
 *
 * Measured with scenarioView under Node on this machine (`npx tsx` timing scenarioView over horizons,
 * steps and intervals): about 120 ns per output point and about 4.9 µs per dose, per simulated curve, so
 * the doses weigh as much as the points, not points x regimens alone. Three curves: 365 days with hourly
 * doses 128 ms; 3,660 days of daily doses at 10-minute steps 190 ms; 3,660 days of hourly doses (the heavy
 * fixture) 1.1 s; the same at 1-minute steps with the fat twins 7.8 s. Chromium took about 1.5x longer.
 */
export interface ViewWork {
  /** Output points per curve. */
  points: number;
  /** Doses over the horizon, all curves together (regular and extra, missed ones included). */
  doses: number;
  /** Curves simulated: visible regimens, twice when the fat comparison is on. */
  curves: number;
  /** Estimated scenarioView time in Node on the reference machine (ms). */
  estimatedMs: number;
}

const NS_PER_POINT = 120;
const NS_PER_DOSE = 4900;

/** Doses of one regimen inside the horizon. */
export function dosesInHorizon(regimen: ScenarioRegimen, horizonH: number): number {
  const span = horizonH - regimen.firstDoseH;
  const regular = span < 0 ? 0 : Math.floor(span / regimen.intervalH + 1e-9) + 1;
  const counted = regimen.doseCount === null ? regular : Math.min(regular, regimen.doseCount);
  return counted + regimen.extraDoses.filter((d) => d.timeH <= horizonH).length;
}

/** @example viewWork(defaultScenario()).estimatedMs // well under 1 ms */
export function viewWork(scenario: Scenario): ViewWork {
  const horizonH = scenario.horizonDays * 24;
  const points = Math.floor((horizonH * 60) / scenario.stepMin) + 1;
  const twins = scenario.display.compareFat ? 2 : 1;
  let doses = 0;
  let curves = 0;
  let ns = 0;
  for (const regimen of scenario.regimens) {
    if (!scenario.display.visible.includes(regimen.compound)) continue;
    const n = dosesInHorizon(regimen, horizonH);
    doses += n;
    curves += twins;
    ns += twins * (points * NS_PER_POINT + n * NS_PER_DOSE);
  }
  return { points, doses, curves, estimatedMs: ns / 1e6 };
}

/**
 * Above this estimate the view is computed in a worker. 15 ms in Node is up to about 45 ms in the browser:
 * well inside the 100 ms the page may ever be blocked, with room for drawing.
 */
export const SYNC_VIEW_LIMIT_MS = 15;

/**
 * Above this estimate a restored session asks before loading. Set low on purpose: drawing is slower than
 * simulating (the app took 42 s to draw the heavy fixture that scenarioView computes in about 1 s).
 */
export const RESTORE_PROMPT_LIMIT_MS = 500;

export function isHeavy(work: ViewWork, limitMs: number = SYNC_VIEW_LIMIT_MS): boolean {
  return work.estimatedMs > limitMs;
}
