import type { Schedule } from '../schedule/schema';
import { timeTickLabel } from '../view/scenarioView';
import type { PlanComparison, ScheduleChange, Stretch } from './planComparison';

/**
 * The answers' words: times as the chart's time axis labels them, the changes by name, the comparison with
 * the plan in both directions, and the threshold crossing in the view's unit.
 */

/** Times in words, as the chart's time axis counts them. */
export interface TimeWords {
  /** A moment: "day 3.5" (days since the start, as the axis: the start is day 0) or "Thu 26 Mar 19:00". */
  at: (timeH: number) => string;
  /** The day a dose falls on: "day 3" (from tick 3 to tick 4) or "Thu 26 Mar". */
  day: (timeH: number) => string;
}

/**
 * Times as the axis shows them: days since the start (day 0 at the start, one decimal), or the calendar's
 * dates and clock times (timeTickLabel, the axis' own labels).
 * @example timeWords('days', null).at(84) // => 'day 3.5'
 */
export function timeWords(timeAxis: 'days' | 'calendar', calendar: Schedule | null | undefined): TimeWords {
  if (timeAxis === 'calendar' && calendar) {
    const at = (h: number) => timeTickLabel(h, 'calendar', calendar);
    return { at, day: (h) => at(h).replace(/ \d\d:\d\d$/, '') };
  }
  return {
    at: (h) => `day ${(h / 24).toFixed(1)}`,
    // The tolerance keeps a dose at exactly 48 h on day 2 despite float noise in wall-clock arithmetic.
    day: (h) => `day ${Math.floor(h / 24 + 1e-9)}`,
  };
}

const COPIES = ['', 'single', 'double', 'triple'];

/** "1 h", "11 h", "30 min", "2 days". */
function duration(h: number): string {
  const abs = Math.abs(h);
  if (abs < 1) return `${Math.round(abs * 60)} min`;
  if (abs >= 48) return `${Math.round((abs / 24) * 10) / 10} days`;
  return `${Math.round(abs * 10) / 10} h`;
}

/**
 * A change by name: "the missed dose on day 1", "the double dose on day 2", "the dose moved 11 h later to
 * 19:00 with dinner on day 3", "the added dose on day 5".
 */
export function describeChange(change: ScheduleChange, words: TimeWords): string {
  const on = `on ${words.day(change.atH)}`;
  switch (change.kind) {
    case 'missed':
      return `the missed dose ${on}`;
    case 'removed':
      return `the removed dose ${on}`;
    case 'added':
      return `the added dose ${on}`;
    case 'edited': {
      const copies = change.copies > 1 ? `${COPIES[change.copies] ?? `${change.copies}-fold`} ` : '';
      const amount = change.amountUg !== null ? ` of ${change.amountUg} µg` : '';
      const moved =
        change.movedH !== 0
          ? ` moved ${duration(change.movedH)} ${change.movedH > 0 ? 'later' : 'earlier'}` +
            (change.movedToClock ? ` to ${change.movedToClock}` : '')
          : '';
      const meal =
        change.meal !== null || change.fatG !== null
          ? ` with ${[change.meal, change.fatG !== null ? `${change.fatG} g fat` : null].filter(Boolean).join(', ')}`
          : '';
      const what = copies || amount || moved || meal ? '' : 'changed ';
      return `the ${what}${copies}dose${amount}${moved}${meal} ${on}`;
    }
  }
}

/** "a, b and c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/** Alike names counted once: three "the missed dose on day 0" become "3 missed doses on day 0". */
function grouped(names: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, k]) =>
    k === 1 ? n : n.replace(/^the /, `${k} `).replace(/\bdose\b/, 'doses'),
  );
}

/** "56%", or "12 times the plan's level" for a rise of 1,000% and more. */
function size(fraction: number, direction: 'below' | 'above'): string {
  if (direction === 'above' && fraction >= 9)
    return `up to ${Math.round(fraction + 1)} times the plan's level`;
  return `by up to ${Math.round(Math.abs(fraction) * 100)}%`;
}

function describeStretch(s: Stretch, changes: readonly ScheduleChange[], words: TimeWords): string {
  const when =
    s.toH - s.fromH < 1e-9 ? `at ${words.at(s.fromH)}` : `from ${words.at(s.fromH)} to ${words.at(s.toH)}`;
  const how =
    s.extremeFraction === null
      ? "while the plan's level is still near zero"
      : `${size(s.extremeFraction, s.direction)} (${words.at(s.extremeAtH)})`;
  const why =
    s.causes.length > 0
      ? `, because of ${list([
          ...grouped(s.causes.map((i) => describeChange(changes[i]!, words))),
          ...(s.moreCauses > 0 ? [`${s.moreCauses} more ${s.moreCauses === 1 ? 'change' : 'changes'}`] : []),
          ...(s.earlierUnweighed ? ['possibly earlier changes'] : []),
        ])}`
      : '';
  return `${when}, ${how}${why}`;
}

/**
 * The comparison with the plan in words, one sentence per direction and one for when the curves agree again.
 * Every part is computed (comparePlan); nothing is said about a direction the run does not go.
 * @example describeComparison(comparePlan(simulateRegimen(makeRegimen({ compound: 'mk7', doseUg: 90, missedDoses: [1] }), 120, 1), simulateRegimen(makeRegimen({ compound: 'mk7', doseUg: 90 }), 120, 1), []), [], timeWords('days', null))[0] // => 'Below the plan from day 1.1 to day 5.0, by up to 56% (day 2.0).'
 */
export function describeComparison(
  c: PlanComparison,
  changes: readonly ScheduleChange[],
  words: TimeWords,
): string[] {
  const pct = Math.round(c.tolerance * 100);
  const sentences: string[] = [];
  for (const direction of ['below', 'above'] as const) {
    const d = c[direction];
    if (!d) continue;
    const stretches = d.named.map((s) => describeStretch(s, changes, words));
    const more = d.count - d.named.length;
    const rest = more > 0 ? `; and ${more} more ${more === 1 ? 'stretch' : 'stretches'}` : '';
    sentences.push(
      `${direction === 'below' ? 'Below' : 'Above'} the plan ${stretches.join('; and ')}${rest}.`,
    );
  }
  if (!c.below && !c.above) {
    sentences.push(`Your changes keep the level within ${pct}% of the plan throughout the run.`);
  } else if (c.agreeFromH === null) {
    sentences.push(`The two curves still differ by more than ${pct}% at the end of the run.`);
  } else {
    const afterDays = (c.agreeFromH - c.lastChangeH) / 24;
    sentences.push(
      afterDays >= 0
        ? `Within ${pct}% of the plan again from ${words.at(c.agreeFromH)}, ${afterDays.toFixed(1)} days after the last change.`
        : `Within ${pct}% of the plan again from ${words.at(c.agreeFromH)}; the later changes stay within ${pct}%.`,
    );
  }
  return sentences;
}

/**
 * "MK-7 first reaches 1 nmol/L at day 1.4 (32.4 h after the start)." in the view's unit (the threshold as
 * the user's locale writes it), with the time as the axis labels it; or that it does not within the run.
 */
export function describeCrossing(
  label: string,
  threshold: string,
  unit: string,
  timeH: number | null,
  words: TimeWords,
): string {
  if (timeH === null) return `${label} does not reach ${threshold} ${unit} in this run.`;
  return `${label} first reaches ${threshold} ${unit} at ${words.at(timeH)} (${timeH.toFixed(1)} h after the start).`;
}
