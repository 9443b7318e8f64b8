import type { Scenario } from '../../../sim';
import { scenarioWork } from '../../../sim/scenario/work';

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
  /** Doses of the visible regimens, as sim/scenario/work.ts counts them (regular, extra, missed entries). */
  doses: number;
  /** Curves simulated: visible regimens, twice when the fat comparison is on. */
  curves: number;
  /** Estimated scenarioView time in Node on the reference machine (ms). */
  estimatedMs: number;
}

const NS_PER_POINT = 120;
const NS_PER_DOSE = 4900;

/**
 * The work of the curves a view draws: the visible regimens, counted by the simulation's own work counter
 * (sim/scenario/work.ts, the one that enforces the dose and point caps), twice when the fat twins are on.
 * @example viewWork(defaultScenario()).estimatedMs // well under 1 ms
 */
export function viewWork(scenario: Scenario): ViewWork {
  const visible = scenario.regimens.filter((r) => scenario.display.visible.includes(r.compound));
  const twins = scenario.display.compareFat ? 2 : 1;
  const counted = scenarioWork({
    horizonDays: scenario.horizonDays,
    stepMin: scenario.stepMin,
    regimens: visible,
    // A calendar schedule's doses are its slots on every day, not the interval's (three daily slots were
    // counted as one dose a day: a third of the work, and of the doses the progress line named).
    calendar: scenario.calendar,
  });
  const points = visible.length === 0 ? 0 : counted.points / visible.length;
  const ns = twins * (counted.points * NS_PER_POINT + counted.doses * NS_PER_DOSE);
  return { points, doses: counted.doses, curves: twins * visible.length, estimatedMs: ns / 1e6 };
}

/**
 * Above this estimate the view is computed in a worker. 15 ms in Node is up to about 45 ms in the browser:
 * well inside the 100 ms the page may ever be blocked, with room for drawing.
 */
export const SYNC_VIEW_LIMIT_MS = 15;

/**
 * Above this estimate a restored session asks before loading. Set low on purpose: today's app draws far
 * more slowly than it simulates (42 s to show 263,520 hourly doses that scenarioView computes in about 1 s,
 * one dose marker each), so this is about 600 doses of the app's drawing per estimated ms.
 */
export const RESTORE_PROMPT_LIMIT_MS = 100;

export function isHeavy(work: ViewWork, limitMs: number = SYNC_VIEW_LIMIT_MS): boolean {
  return work.estimatedMs > limitMs;
}
