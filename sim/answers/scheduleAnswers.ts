import type { Translator } from '../i18n/translator';
import { doseEvents } from '../regimen/regimen';
import { expandSchedule, scheduleDoseEvents } from '../schedule/expand';
import { compoundSchedule } from '../schedule/regimenSchedule';
import { simulateRegimenAsTaken, type DoseSource, type ScheduleContext } from '../schedule/scenarioDoses';
import {
  describeSteadyState,
  firstCrossingH,
  fractionOfSteadyState,
  steadyStateAverageNgPerMl,
} from './answers';
import { describeComparison, timeWords } from './answerWords';
import { comparePlan, type PlanComparison } from './planComparison';
import { hasChanges, plannedSource, scheduleChanges } from './scheduleChanges';

export interface ScheduleAnswers {
  /** Day the steady-state answer is about (14, or the last whole day of a shorter run). */
  day: number;
  /** Mean level over the pattern's repeat period ending that day / steady-state mean of the plan. */
  fractionOfSteadyState: number;
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
  // Steady state of the plan: the absorbed amount over four weeks (a multiple of every repeat period), or over
  // 1,000 periods when those are shorter: an interval of 1e-7 h would otherwise expand 6.7e9 doses (the page ran
  // out of memory). Any whole number of periods gives the same average.
  const windowH = Math.max(periodH, Math.min(28 * 24, periodH * 1000));
  const periodDoses =
    context.calendar && plan.schedule
      ? scheduleDoseEvents(expandSchedule(context.calendar, compoundSchedule(plan, plan.schedule), windowH))
      : doseEvents(plan, windowH).filter((d) => d.timeH < Math.floor(windowH / periodH) * periodH);
  const usedWindowH = context.calendar && plan.schedule ? windowH : Math.floor(windowH / periodH) * periodH;
  // The run's own parameters: preset, overrides and the personal factor (fFactor).
  const pk = asTaken.input.pk;
  const css = steadyStateAverageNgPerMl(
    pk,
    periodDoses.filter((d) => d.timeH >= 0),
    usedWindowH,
  );
  const day = Math.max(1, Math.min(options.day ?? 14, Math.floor(horizonDays)));
  const fraction = fractionOfSteadyState(asTaken, day, Math.min(periodH, day * 24), css);

  let comparison: ScheduleAnswers['comparison'] = null;
  if (hasChanges(context, source)) {
    const changes = scheduleChanges(context, source, horizonH);
    if (changes.length > 0) {
      const c = comparePlan(asTaken, simulateRegimenAsTaken(context, plan, horizonH, stepH), changes);
      const words = timeWords(options.timeAxis ?? 'days', context.calendar, options.tr);
      comparison = { ...c, changeCount: changes.length, sentences: describeComparison(c, changes, words) };
    }
  }
  const answers: ScheduleAnswers = {
    day,
    fractionOfSteadyState: fraction,
    sentence: describeSteadyState(day, fraction, options.tr),
    comparison,
  };
  if (options.thresholdNgPerMl !== undefined)
    answers.thresholdCrossingH = firstCrossingH(asTaken, options.thresholdNgPerMl);
  return answers;
}
