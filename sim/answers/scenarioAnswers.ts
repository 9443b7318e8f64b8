import { simTranslator } from '../i18n/translator';
import { COMPOUND_PRESETS } from '../presets/compounds';
import type { Limit } from '../scenario/limits';
import type { Scenario } from '../scenario/schema';
import { formatTypedNumber } from '../text/parseTypedNumber';
import { unitFactor } from '../view/scenarioView';
import { describeCrossing, timeWords } from './answerWords';
import { scheduleAnswers, type ScheduleAnswers } from './scheduleAnswers';

/** What the Answers panel asks for: the scenario, and a threshold typed in the view's unit (or none). */
export interface AnswersRequest {
  scenario: Scenario;
  /** In the view's unit (scenario.display.units); null: no threshold. */
  threshold: number | null;
  /** BCP 47 tag of the sentences' language and of the threshold as written back ("0,5" in de-DE). */
  locale: string;
}

export interface AnswerRow {
  key: string;
  label: string;
  answers: ScheduleAnswers;
  /** "MK-7 first reaches 1 nmol/L at day 1.4 (32.4 h after the start).", or null without a threshold. */
  crossing: string | null;
}

/**
 * The answers for each visible regimen of a scenario, with times as its chart's axis labels them and the
 * threshold in the view's unit (converted per compound by its molar mass, as the chart converts).
 * @example scenarioAnswers({ scenario: defaultScenario(), threshold: 1, locale: 'en-US' })[0].crossing // => 'MK-4 does not reach 1 ng/mL in this run.'
 */
export function scenarioAnswers({ scenario, threshold, locale }: AnswersRequest): AnswerRow[] {
  const units = scenario.display.units;
  // The chart's rule (scenarioView): the calendar axis only when the scenario has a calendar.
  const timeAxis = scenario.calendar ? (scenario.display.timeAxis ?? 'days') : 'days';
  const tr = simTranslator(locale);
  const words = timeWords(timeAxis, scenario.calendar, tr);
  return scenario.regimens.flatMap((r, index) => {
    if (!scenario.display.visible.includes(r.compound)) return [];
    const label = r.label ?? COMPOUND_PRESETS[r.compound].label;
    const thresholdNgPerMl = threshold === null ? undefined : threshold / unitFactor(r.compound, units);
    const answers = scheduleAnswers(scenario, r, scenario.horizonDays, scenario.stepMin, {
      timeAxis,
      tr,
      ...(thresholdNgPerMl === undefined ? {} : { thresholdNgPerMl }),
    });
    const crossing =
      threshold === null || answers.thresholdCrossingH === undefined
        ? null
        : describeCrossing(
            label,
            formatTypedNumber(threshold, locale),
            units,
            answers.thresholdCrossingH,
            words,
          );
    return [{ key: `r${index}`, label, answers, crossing }];
  });
}

/**
 * The threshold box's rule, in the view's unit: above 0, at most 100,000 (far above any level the presets
 * reach, so a typo like 1e9 is refused rather than answered "does not reach").
 */
export function thresholdLimit(units: string): Limit {
  return { name: 'Threshold', unit: units, min: 0, minExclusive: true, max: 100_000, integer: false };
}
