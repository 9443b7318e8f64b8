import { doseEvents } from '../regimen/regimen';
import { expandSchedule, scheduleDoseEvents } from '../schedule/expand';
import { compoundSchedule } from '../schedule/regimenSchedule';
import { simulateRegimenAsTaken, type DoseSource, type ScheduleContext } from '../schedule/scenarioDoses';
import {
  describeSteadyState,
  firstCrossingH,
  fractionOfSteadyState,
  perturbationImpact,
  steadyStateAverageNgPerMl,
  type PerturbationImpact,
} from './answers';

export interface ScheduleAnswers {
  /** Day the steady-state answer is about (14, or the last whole day of a shorter run). */
  day: number;
  /** Mean level over the pattern's repeat period ending that day / steady-state mean of the plan. */
  fractionOfSteadyState: number;
  sentence: string;
  /** What the missed, moved and double doses did, against the plan without those edits; null without edits. */
  perturbation: (PerturbationImpact & { sentence: string }) | null;
  /** First time the level reaches the threshold (h), null when it does not; absent without a threshold. */
  thresholdCrossingH?: number | null;
}

/** The plan without single-dose edits: the same pattern every day, nothing missed, moved or doubled. */
function planned(source: DoseSource): DoseSource {
  if (source.schedule) return { ...source, schedule: { ...source.schedule, edits: [] } };
  return { ...source, missedDoses: [] };
}

/** Time of the earliest edited dose (h): its planned time, or its moved time when moved earlier. */
function firstEditH(context: ScheduleContext, source: DoseSource, horizonH: number): number {
  if (context.calendar && source.schedule) {
    const edited = new Set(source.schedule.edits.map((e) => e.key));
    const doses = expandSchedule(context.calendar, compoundSchedule(source, source.schedule), horizonH);
    const times = doses
      .filter((d) => d.key !== null && edited.has(d.key))
      .map((d) => Math.min(d.timeH, d.plannedTimeH));
    return times.length > 0 ? Math.min(...times) : 0;
  }
  return source.firstDoseH + Math.min(...source.missedDoses) * source.intervalH;
}

/** Hours after which the plan repeats: 24 h (daily), 48 h (every other day), 168 h (weekdays), or the interval. */
export function repeatPeriodH(context: ScheduleContext, source: DoseSource): number {
  if (!(context.calendar && source.schedule)) return source.intervalH;
  const days = source.schedule.pattern.days;
  return days === 'daily' ? 24 : days === 'everyOtherDay' ? 48 : 168;
}

/**
 * The answers in words and numbers for one regimen, from its run: "Day 14: 87% of steady state" (see
 * fractionOfSteadyState), what its missed, late and double doses do to the troughs compared with the plan
 * without those edits (perturbationImpact), and when a threshold (ng/mL) is first reached.
 */
export function scheduleAnswers(
  context: ScheduleContext,
  source: DoseSource,
  horizonDays: number,
  stepMin: number,
  options: { thresholdNgPerMl?: number; day?: number } = {},
): ScheduleAnswers {
  const horizonH = horizonDays * 24;
  const stepH = stepMin / 60;
  const asTaken = simulateRegimenAsTaken(context, source, horizonH, stepH);
  const plan = planned(source);
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

  const hasEdits = source.schedule ? source.schedule.edits.length > 0 : source.missedDoses.length > 0;
  let perturbation: ScheduleAnswers['perturbation'] = null;
  if (hasEdits) {
    const unperturbed = simulateRegimenAsTaken(context, plan, horizonH, stepH);
    const plannedTimes = unperturbed.doses.map((d) => d.timeH);
    const firstH = firstEditH(context, source, horizonH);
    const impact = perturbationImpact(
      unperturbed,
      asTaken,
      plannedTimes,
      Number.isFinite(firstH) ? firstH : 0,
    );
    const pct = Math.round(impact.maxTroughDropFraction * 100);
    const sentence =
      impact.maxTroughDropNgPerMl <= 0
        ? 'Your changed doses do not lower any trough below the plan.'
        : `Your missed or late doses lower the trough by up to ${pct}% (${impact.maxTroughDropNgPerMl.toPrecision(2)} ng/mL); ` +
          (impact.recoveryDays === null
            ? 'it is not back within 5% of the plan by the end of the run.'
            : `back within 5% of the plan after ${impact.recoveryDays.toFixed(1)} days.`);
    perturbation = { ...impact, sentence };
  }
  const answers: ScheduleAnswers = {
    day,
    fractionOfSteadyState: fraction,
    sentence: describeSteadyState(day, fraction),
    perturbation,
  };
  if (options.thresholdNgPerMl !== undefined)
    answers.thresholdCrossingH = firstCrossingH(asTaken, options.thresholdNgPerMl);
  return answers;
}
