import { formatNumberIn } from '../i18n/format';
import { ENGLISH, type Translator } from '../i18n/translator';
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
  /** The language of every sentence built with these words. */
  tr: Translator;
}

/**
 * Times as the axis shows them: days since the start (day 0 at the start, one decimal), or the calendar's
 * dates and clock times (timeTickLabel, the axis' own labels).
 * @example timeWords('days', null).at(84) // => 'day 3.5'
 */
export function timeWords(
  timeAxis: 'days' | 'calendar',
  calendar: Schedule | null | undefined,
  tr: Translator = ENGLISH,
): TimeWords {
  if (timeAxis === 'calendar' && calendar) {
    const at = (h: number) => timeTickLabel(h, 'calendar', calendar, tr.locale);
    return { at, day: (h) => at(h).replace(/ \d\d:\d\d$/, ''), tr };
  }
  return {
    at: (h) =>
      tr.t('time.dayAt', { day: formatNumberIn(tr.locale, h / 24, { fraction: 1, minFraction: 1 }) }),
    // The tolerance keeps a dose at exactly 48 h on day 2 despite float noise in wall-clock arithmetic.
    day: (h) => tr.t('time.dayOf', { day: Math.floor(h / 24 + 1e-9) }),
    tr,
  };
}

/** "1 h", "11 h", "30 min", "2 days". */
function duration(h: number, tr: Translator): string {
  const abs = Math.abs(h);
  if (abs < 1) return tr.t('duration.min', { n: tr.num(Math.round(abs * 60)) });
  if (abs >= 48) {
    const days = Math.round((abs / 24) * 10) / 10;
    return tr.t('duration.days', { n: days, text: tr.num(days) });
  }
  return tr.t('duration.h', { n: tr.num(Math.round(abs * 10) / 10) });
}

/**
 * A change by name: "the missed dose on day 1", "the double dose on day 2", "the dose moved 11 h later to
 * 19:00 with dinner on day 3", "the added dose on day 5".
 */
export function describeChange(change: ScheduleChange, words: TimeWords, count = 1): string {
  const { tr } = words;
  const day = words.day(change.atH);
  switch (change.kind) {
    case 'missed':
    case 'removed':
    case 'added':
      return tr.t(`change.${change.kind}`, { count, day });
    case 'edited': {
      const amount =
        change.amountUg !== null ? tr.t('change.amount', { amountUg: tr.num(change.amountUg) }) : '';
      const moved =
        change.movedH !== 0
          ? tr.t(change.movedH > 0 ? 'change.movedLater' : 'change.movedEarlier', {
              duration: duration(change.movedH, tr),
            }) + (change.movedToClock ? tr.t('change.movedTo', { clock: change.movedToClock }) : '')
          : '';
      const withWhat = [
        change.meal !== null ? tr.t('meal.name', { meal: change.meal }) : null,
        change.fatG !== null ? tr.t('change.fat', { fatG: tr.num(change.fatG) }) : null,
      ].filter((x): x is string => x !== null);
      const meal = withWhat.length > 0 ? tr.t('change.with', { what: withWhat.join(', ') }) : '';
      const details = `${amount}${moved}${meal}`;
      const copies = change.copies > 1 ? String(change.copies) : details ? '1' : 'changed';
      return tr.t('change.edited', { count, copies, details, day });
    }
  }
}

/**
 * Alike changes counted once: three "the missed dose on day 0" become "3 missed doses on day 0" (the count goes
 * into the message, whose plural the language decides).
 */
function grouped(changes: readonly ScheduleChange[], words: TimeWords): string[] {
  const counts = new Map<string, { change: ScheduleChange; k: number }>();
  for (const c of changes) {
    const name = describeChange(c, words);
    const seen = counts.get(name);
    counts.set(name, { change: c, k: (seen?.k ?? 0) + 1 });
  }
  return [...counts].map(([name, { change, k }]) => (k === 1 ? name : describeChange(change, words, k)));
}

/** "by up to 56%", or "up to 12 times the plan's level" for a rise of 1,000% and more. */
function size(fraction: number, direction: 'below' | 'above', tr: Translator): string {
  if (direction === 'above' && fraction >= 9)
    return tr.t('stretch.timesPlan', { times: tr.num(Math.round(fraction + 1)) });
  return tr.t('stretch.byPct', { pct: tr.num(Math.round(Math.abs(fraction) * 100)) });
}

function describeStretch(s: Stretch, changes: readonly ScheduleChange[], words: TimeWords): string {
  const { tr } = words;
  const when =
    s.toH - s.fromH < 1e-9
      ? tr.t('stretch.at', { time: words.at(s.fromH) })
      : tr.t('stretch.fromTo', { from: words.at(s.fromH), to: words.at(s.toH) });
  const how =
    s.extremeFraction === null
      ? tr.t('stretch.nearZero')
      : tr.t('stretch.how', { size: size(s.extremeFraction, s.direction, tr), time: words.at(s.extremeAtH) });
  const why =
    s.causes.length > 0
      ? tr.t('stretch.because', {
          causes: tr.list([
            ...grouped(
              s.causes.map((i) => changes[i]!),
              words,
            ),
            ...(s.moreCauses > 0 ? [tr.t('stretch.moreChanges', { n: s.moreCauses })] : []),
            ...(s.earlierUnweighed ? [tr.t('stretch.earlier')] : []),
          ]),
        })
      : '';
  return tr.t('stretch.whole', { when, how, why });
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
  const { tr } = words;
  const pct = tr.num(Math.round(c.tolerance * 100));
  const sentences: string[] = [];
  for (const direction of ['below', 'above'] as const) {
    const d = c[direction];
    if (!d) continue;
    const stretches = d.named
      .map((s) => describeStretch(s, changes, words))
      .reduce((first, next) => tr.t('comparison.stretchJoin', { first, next }));
    sentences.push(tr.t('comparison.direction', { direction, stretches, more: d.count - d.named.length }));
  }
  if (!c.below && !c.above) {
    sentences.push(tr.t('comparison.within', { pct }));
  } else if (c.agreeFromH === null) {
    sentences.push(tr.t('comparison.stillDiffer', { pct }));
  } else {
    const afterDays = (c.agreeFromH - c.lastChangeH) / 24;
    const time = words.at(c.agreeFromH);
    sentences.push(
      afterDays >= 0
        ? tr.t('comparison.againAfter', {
            pct,
            time,
            days: formatNumberIn(tr.locale, afterDays, { fraction: 1, minFraction: 1 }),
          })
        : tr.t('comparison.againLater', { pct, time }),
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
  const { tr } = words;
  if (timeH === null) return tr.t('crossing.never', { label, threshold, unit });
  const hours = formatNumberIn(tr.locale, timeH, { fraction: 1, minFraction: 1 });
  return tr.t('crossing.first', { label, threshold, unit, time: words.at(timeH), hours });
}
