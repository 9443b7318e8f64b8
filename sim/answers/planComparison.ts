import { plasmaAt } from '../metrics/exact';
import type { DoseEvent } from '../regimen/regimen';
import { intakesOf, type SimulationResult } from '../simulate';

/**
 * The schedule as taken against the plan (the same regimen without the user's edits), in both directions:
 * where the level is more than 5% below the plan, where it is more than 5% above, by how much, because of
 * which change, and from when the two curves agree within 5% again.
 */

/** What one change did to one planned dose (or that a dose was added), for words. */
export type ChangeKind =
  | { kind: 'missed' }
  | { kind: 'removed' }
  | { kind: 'added' }
  | {
      kind: 'edited';
      /** Units taken at once (2: a double dose). */
      copies: number;
      /** Taken time minus planned time (h); 0 when not moved. */
      movedH: number;
      /** Wall-clock time it was moved to ('19:00'), or null without a calendar. */
      movedToClock: string | null;
      /** The new amount per unit (µg) when it differs from the plan's, else null. */
      amountUg: number | null;
      /** The meal it was moved to, when it changed, else null. */
      meal: string | null;
      /** The new meal fat (g) when it differs from the plan's, else null. */
      fatG: number | null;
    };

/** One change of the schedule as taken against the plan. */
export type ScheduleChange = ChangeKind & {
  /** The dose as planned (empty for an added dose). */
  planned: readonly DoseEvent[];
  /** The doses as taken (empty when missed or removed; two for a double dose). */
  taken: readonly DoseEvent[];
  /** The time that names it: when it was taken, or when it was due (missed, removed) (h after the start). */
  atH: number;
  /** Earliest and latest time of its planned and taken doses (h). */
  fromH: number;
  toH: number;
};

/** A stretch of the run where the level is more than the tolerance below (or above) the plan. */
export interface Stretch {
  direction: 'below' | 'above';
  /** First and last grid time out of tolerance (h). */
  fromH: number;
  toH: number;
  /** Largest relative difference, (taken - plan) / plan, where the plan is above its near-zero floor; null when
   *  the plan is near zero throughout the stretch. */
  extremeFraction: number | null;
  /** Time of that largest difference (h). */
  extremeAtH: number;
  /** Indices into the changes, the largest contributors in this direction at extremeAtH first. */
  causes: number[];
  /** Further changes that contribute as much (at least a quarter of the largest) but are not named. */
  moreCauses: number;
  /** Earlier changes were not weighed (only the 100 most recent are): they may add to the difference. */
  earlierUnweighed: boolean;
}

export interface DirectionSummary {
  /** How many stretches there are, and their total length (h). */
  count: number;
  totalH: number;
  /** The largest stretches (by size of the difference, at most MAX_NAMED_STRETCHES), in time order. */
  named: Stretch[];
  /** The largest difference in this direction and when (null fraction: only where the plan is near zero). */
  extremeFraction: number | null;
  extremeAtH: number;
}

export interface PlanComparison {
  tolerance: number;
  below: DirectionSummary | null;
  above: DirectionSummary | null;
  /** Latest time a change touches (h): the later of its planned and taken times. */
  lastChangeH: number;
  /** First grid time after which the two curves stay within the tolerance to the end, or null if they still
   *  differ at the end of the run. 0 when they never differ. */
  agreeFromH: number | null;
  horizonH: number;
}

/** Stretches named per direction; the rest are counted. */
export const MAX_NAMED_STRETCHES = 3;
/** Changes weighed per named stretch (the most recent before its largest difference); older ones have faded. */
const MAX_CANDIDATES = 100;
/** Causes named per stretch. */
const MAX_CAUSES = 3;
/** A cause is named when its share is at least this fraction of the largest one in the same direction. */
const CAUSE_SHARE = 0.25;
/** Below this fraction of the larger peak of the two curves, a level counts as near zero (differences are
 *  then measured against this floor, so a level of 1e-9 against 2e-9 is not "50% lower"). */
const NEAR_ZERO = 0.01;

/** Exact plasma level (ng/mL) at time t of a few doses alone, with the run's parameters (superposition). */
function levelOf(run: SimulationResult, doses: readonly DoseEvent[], tH: number): number {
  if (doses.length === 0) return 0;
  const gutInputs = intakesOf(run.input.pk, doses).map((i) => ({
    timeH: i.absorptionStartH,
    amountUg: i.absorbedUg,
  }));
  return plasmaAt({ chain: run.chain, gutInputs, input: run.input }, [tH])[0]!;
}

/**
 * What each change adds to the level at time t (ng/mL): its taken doses minus its planned ones. The model is
 * linear, so the difference between the two curves is the sum of these (Gibaldi & Perrier ch. 3).
 */
export function changeContributionNgPerMl(run: SimulationResult, change: ScheduleChange, tH: number): number {
  return levelOf(run, change.taken, tH) - levelOf(run, change.planned, tH);
}

/** The changes that explain a difference of sign `sign` at time t, largest first (bounded work: see MAX_CANDIDATES). */
function causesAt(
  run: SimulationResult,
  changes: readonly ScheduleChange[],
  byFrom: readonly number[],
  tH: number,
  sign: 1 | -1,
): Pick<Stretch, 'causes' | 'moreCauses' | 'earlierUnweighed'> {
  // byFrom: change indices sorted by fromH. The candidates started before t; the most recent ones first.
  let hi = byFrom.length;
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changes[byFrom[mid]!]!.fromH <= tH) lo = mid + 1;
    else hi = mid;
  }
  const shares: { index: number; share: number }[] = [];
  for (let k = lo - 1; k >= 0 && k >= lo - MAX_CANDIDATES; k--) {
    const index = byFrom[k]!;
    const share = sign * changeContributionNgPerMl(run, changes[index]!, tH);
    if (share > 0) shares.push({ index, share });
  }
  shares.sort((a, b) => b.share - a.share);
  const top = shares[0]?.share ?? 0;
  const large = shares.filter((s) => s.share >= CAUSE_SHARE * top);
  return {
    causes: large.slice(0, MAX_CAUSES).map((s) => s.index),
    moreCauses: Math.max(0, large.length - MAX_CAUSES),
    earlierUnweighed: lo > MAX_CANDIDATES,
  };
}

/**
 * Compares the run as taken with the run of the plan, point by point on their common output grid, in one
 * pass (cost: grid points + the named stretches × at most 100 changes each, never doses × anything).
 * A point is below (above) the plan when (taken - plan) / max(plan, floor) < -tolerance (> tolerance); the
 * floor is 1% of the larger peak, so near-zero levels do not make huge percentages. Runs of such points are
 * stretches. Each named stretch's causes are the changes whose own curve (taken doses minus planned ones,
 * exact, by superposition) pushes the level that way at the stretch's largest difference.
 * @example comparePlan(simulateRegimen(makeRegimen({ compound: 'mk7', doseUg: 90 }), 120, 1), simulateRegimen(makeRegimen({ compound: 'mk7', doseUg: 90, missedDoses: [1] }), 120, 1), []).above?.extremeFraction.toFixed(2) // => '1.28'
 */
export function comparePlan(
  taken: SimulationResult,
  plan: SimulationResult,
  changes: readonly ScheduleChange[],
  tolerance = 0.05,
): PlanComparison {
  const t = taken.timeH;
  const a = taken.plasmaNgPerMl;
  const p = plan.plasmaNgPerMl;
  if (plan.timeH.length !== t.length) throw new RangeError('the two runs must share one output grid');
  const n = t.length;
  const horizonH = n > 0 ? t[n - 1]! : 0;
  let peak = 0;
  for (let i = 0; i < n; i++) peak = Math.max(peak, a[i]!, p[i]!);
  const floor = NEAR_ZERO * peak;

  const stretches: { below: Stretch[]; above: Stretch[] } = { below: [], above: [] };
  let open: Stretch | null = null;
  let lastOut = -1;
  for (let i = 0; i < n; i++) {
    const plan_i = p[i]!;
    const diff = a[i]! - plan_i;
    const rel = peak > 0 ? diff / Math.max(plan_i, floor) : 0;
    const direction = rel < -tolerance ? 'below' : rel > tolerance ? 'above' : null;
    if (open !== null && open.direction !== direction) {
      stretches[open.direction].push(open);
      open = null;
    }
    if (direction === null) continue;
    lastOut = i;
    if (open === null) {
      open = {
        direction,
        fromH: t[i]!,
        toH: t[i]!,
        extremeFraction: null,
        extremeAtH: t[i]!,
        causes: [],
        moreCauses: 0,
        earlierUnweighed: false,
      };
    }
    open.toH = t[i]!;
    // Percentages only where the plan is above its near-zero floor.
    if (
      plan_i >= floor &&
      (open.extremeFraction === null || Math.abs(rel) > Math.abs(open.extremeFraction))
    ) {
      open.extremeFraction = diff / plan_i;
      open.extremeAtH = t[i]!;
    }
  }
  if (open !== null) stretches[open.direction].push(open);

  const byFrom = changes.map((_, i) => i).sort((x, y) => changes[x]!.fromH - changes[y]!.fromH);
  const summarise = (list: Stretch[], sign: 1 | -1): DirectionSummary | null => {
    if (list.length === 0) return null;
    const size = (s: Stretch) => (s.extremeFraction === null ? 0 : Math.abs(s.extremeFraction));
    const largest = list.reduce((m, s) => (size(s) > size(m) ? s : m), list[0]!);
    const named = [...list]
      .sort((x, y) => size(y) - size(x) || x.fromH - y.fromH)
      .slice(0, MAX_NAMED_STRETCHES)
      .sort((x, y) => x.fromH - y.fromH)
      .map((s) => ({ ...s, ...causesAt(taken, changes, byFrom, s.extremeAtH, sign) }));
    return {
      count: list.length,
      totalH: list.reduce((sum, s) => sum + (s.toH - s.fromH), 0),
      named,
      extremeFraction: largest.extremeFraction,
      extremeAtH: largest.extremeAtH,
    };
  };
  const lastChangeH = changes.reduce((m, c) => Math.max(m, c.toH), 0);
  return {
    tolerance,
    below: summarise(stretches.below, -1),
    above: summarise(stretches.above, 1),
    lastChangeH,
    agreeFromH: lastOut < 0 ? 0 : lastOut + 1 < n ? t[lastOut + 1]! : null,
    horizonH,
  };
}
