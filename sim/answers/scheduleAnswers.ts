import type { Translator } from '../i18n/translator';
import { doseEvents } from '../regimen/regimen';
import { expandSchedule, scheduleDoseEvents } from '../schedule/expand';
import { compoundSchedule } from '../schedule/regimenSchedule';
import {
  regimenDoses,
  simulateRegimenAsTaken,
  type DoseSource,
  type ScheduleContext,
} from '../schedule/scenarioDoses';
import {
  describeNoSteadyState,
  describeSteadyState,
  firstCrossingH,
  fractionOfSteadyState,
  steadyStateAverageNgPerMl,
  type NoSteadyState,
} from './answers';
import { describeComparison, timeWords } from './answerWords';
import { comparePlan, type PlanComparison } from './planComparison';
import { hasChanges, plannedSource, scheduleChanges } from './scheduleChanges';

/**
 * What the steady-state answer can say: a fraction of the plan's steady state ('fraction'), the same for a
 * plan that stops before that day, of the steady state it would reach if it continued ('stopped'), or why
 * there is no such fraction to give: no dose planned in the run ('noDose': a dose of 0, no doses), every dose
 * missed ('allMissed'), or doses that are not repeated ('notRepeated': one dose, or extra doses only).
 */
export type SteadyStateCase = 'fraction' | 'stopped' | NoSteadyState;

export interface ScheduleAnswers {
  /** Day the steady-state answer is about (14, or the last whole day of a shorter run). */
  day: number;
  steadyStateCase: SteadyStateCase;
  /** Mean level over the pattern's repeat period ending that day / steady-state mean of the plan (continued, for
   *  'stopped'); 0 when every dose is missed; null when there is no steady state ('noDose', 'notRepeated'). */
  fractionOfSteadyState: number | null;
  sentence: string;
  /** The schedule as taken against the plan without the user's changes, in both directions (comparePlan);
   *  null without changes within the run. */
  comparison: (PlanComparison & { changeCount: number; sentences: string[] }) | null;
  /** First time the level reaches the threshold (h), null when it does not; absent without a threshold. */
  thresholdCrossingH?: number | null;
}

/** Hours after which the plan repeats: 24 h (daily), 48 h (every other day), 168 h (weekdays), or the interval. */
export function repeatPeriodH(context: ScheduleContext, source: DoseSource): number {
  if (!(context.calendar && source.schedule)) return source.intervalH;
  const days = source.schedule.pattern.days;
  return days === 'daily' ? 24 : days === 'everyOtherDay' ? 48 : 168;
}

/**
 * The answers in words and numbers for one regimen, from its run: "Day 14: 87% of steady state" (see
 * fractionOfSteadyState), where the schedule as taken is below and above the plan without the user's changes
 * and why (comparePlan, describeComparison; times as the chart's `timeAxis` labels them), and when a
 * threshold (ng/mL) is first reached. Two runs (as taken, as planned) and one pass over them: linear in the
 * doses and grid points.
 */
export function scheduleAnswers(
  context: ScheduleContext,
  source: DoseSource,
  horizonDays: number,
  stepMin: number,
  options: {
    thresholdNgPerMl?: number;
    day?: number;
    timeAxis?: 'days' | 'calendar';
    /** The language of the sentences (English by default, as the command line prints them). */
    tr?: Translator;
  } = {},
): ScheduleAnswers {
  const horizonH = horizonDays * 24;
  const stepH = stepMin / 60;
  const asTaken = simulateRegimenAsTaken(context, source, horizonH, stepH);
  const plan = plannedSource(source);
  const periodH = repeatPeriodH(context, source);
  const onCalendar = Boolean(context.calendar && plan.schedule);
  const planned = regimenDoses(context, plan, horizonH).events.filter((d) => d.amountUg > 0);
  // Steady state of the plan: the absorbed amount over four weeks (a multiple of every repeat period), or over
  // 1,000 periods when those are shorter: an interval of 1e-7 h would otherwise expand 6.7e9 doses (the page ran
  // out of memory). Any whole number of periods gives the same average. An interval plan of n doses (the
  // clinical MK-4 preset: n days, lunch and dinner as extra doses) repeats over its own n periods at most, and
  // its window starts at its first dose: counted over four weeks, 5 daily doses read as 5/28 of their steady state.
  const windowH = Math.max(periodH, Math.min(28 * 24, periodH * 1000));
  const periods = Math.min(Math.floor(windowH / periodH), plan.doseCount ?? Infinity);
  const usedWindowH = onCalendar ? windowH : Math.max(1, periods) * periodH;
  const periodDoses = onCalendar
    ? scheduleDoseEvents(expandSchedule(context.calendar!, compoundSchedule(plan, plan.schedule!), windowH))
    : doseEvents(plan, plan.firstDoseH + usedWindowH).filter(
        (d) => d.timeH >= plan.firstDoseH && d.timeH < plan.firstDoseH + usedWindowH,
      );
  // The run's own parameters: preset, overrides and the personal factor (fFactor).
  const pk = asTaken.input.pk;
  const css = steadyStateAverageNgPerMl(
    pk,
    periodDoses.filter((d) => d.timeH >= 0),
    usedWindowH,
  );
  const day = Math.max(1, Math.min(options.day ?? 14, Math.floor(horizonDays)));
  const words = timeWords(options.timeAxis ?? 'days', context.calendar, options.tr);
  // The last regular dose of an interval plan that stops (doseCount) before the period ending that day.
  const lastRegularH = onCalendar || plan.doseCount === null ? null : lastRegularDoseH(planned);
  const stopped = lastRegularH !== null && lastRegularH + periodH < day * 24 - 1e-9;
  // A calendar pattern repeats; an interval plan repeats when its regular dose is given at least twice (a run
  // too short for the second dose still has a schedule that continues: its steady state is the plan's).
  const repeats = onCalendar || (plan.doseUg > 0 && (plan.doseCount === null || plan.doseCount >= 2));
  const taken = asTaken.intakes.length;
  const steadyStateCase: SteadyStateCase =
    taken === 0
      ? planned.length === 0
        ? 'noDose'
        : 'allMissed'
      : planned.length === 0 || !(css > 0) || !repeats
        ? 'notRepeated'
        : stopped
          ? 'stopped'
          : 'fraction';
  const fraction =
    steadyStateCase === 'noDose' || steadyStateCase === 'notRepeated'
      ? null
      : steadyStateCase === 'allMissed'
        ? 0
        : fractionOfSteadyState(asTaken, day, Math.min(periodH, day * 24), css);
  const sentence =
    steadyStateCase === 'fraction' || steadyStateCase === 'stopped'
      ? describeSteadyState(day, fraction!, options.tr, stopped ? words.day(lastRegularH!) : null)
      : describeNoSteadyState(
          steadyStateCase,
          steadyStateCase === 'allMissed' ? planned.length : taken,
          options.tr,
        );

  let comparison: ScheduleAnswers['comparison'] = null;
  // No dose planned and none taken (a dose of 0 µg, marked missed): both curves are 0, nothing to compare.
  if (hasChanges(context, source) && steadyStateCase !== 'noDose') {
    const changes = scheduleChanges(context, source, horizonH);
    if (changes.length > 0) {
      const c = comparePlan(asTaken, simulateRegimenAsTaken(context, plan, horizonH, stepH), changes);
      const sentences = describeComparison(c, changes, words);
      // Every dose missed: one direction, "below", because of all of them; the stretches would name only the
      // largest cause at each extreme (the first missed dose), which reads as if the rest were taken.
      if (steadyStateCase === 'allMissed') sentences.splice(0, c.below ? 1 : 0);
      comparison = { ...c, changeCount: changes.length, sentences };
    }
  }
  const answers: ScheduleAnswers = {
    day,
    steadyStateCase,
    fractionOfSteadyState: fraction,
    sentence,
    comparison,
  };
  if (options.thresholdNgPerMl !== undefined)
    answers.thresholdCrossingH = firstCrossingH(asTaken, options.thresholdNgPerMl);
  return answers;
}

/** Time of the last regular (scheduled, not extra) dose, or null without one. */
function lastRegularDoseH(doses: readonly { index: number | null; timeH: number }[]): number | null {
  let last: number | null = null;
  for (const d of doses) if (d.index !== null && (last === null || d.timeH > last)) last = d.timeH;
  return last;
}
