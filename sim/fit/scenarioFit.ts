import { ENGLISH, type Translator } from '../i18n/translator';
import type { MeasuredLevel } from '../measured/measured';
import { simulateRegimenAsTaken, type DoseSource, type ScheduleContext } from '../schedule/scenarioDoses';
import type { Schedule } from '../schedule/schema';
import { placeLevels, type PlacedLevel } from './levels';
import { fitExposureFactor, type FactorFit } from './personalFactor';

export type ScenarioFitResult =
  { ok: true; fit: FactorFit; points: PlacedLevel[] } | { ok: false; error: string };

/**
 * Fits the personal factor of a scenario to its measured levels: each level is compared with the typical
 * person's curve (factor 1) of the first regimen of the same compound, at the level's wall-clock time, and
 * one factor is fitted to all of them (fitExposureFactor). Messages say what is missing in the user's words.
 */
export function fitScenarioFactor(
  scenario: {
    calendar?: Schedule | undefined;
    regimens: DoseSource[];
    measured: MeasuredLevel[];
    horizonDays: number;
    stepMin: number;
  },
  tr: Translator = ENGLISH,
): ScenarioFitResult {
  const calendar = scenario.calendar;
  if (!calendar) return { ok: false, error: tr.t('fit.noStart') };
  if (scenario.measured.length === 0) return { ok: false, error: tr.t('fit.noLevels') };
  const typical: ScheduleContext = { calendar, personal: { factor: 1 } };
  const horizonH = scenario.horizonDays * 24;
  const points: PlacedLevel[] = [];
  const compounds = [...new Set(scenario.measured.map((l) => l.compound))];
  for (const compound of compounds) {
    const regimen = scenario.regimens.find((r) => r.compound === compound);
    if (!regimen) continue;
    const result = simulateRegimenAsTaken(typical, regimen, horizonH, scenario.stepMin / 60);
    const levels = scenario.measured.filter((l) => l.compound === compound);
    points.push(...placeLevels(result, levels, calendar));
  }
  if (points.length === 0) {
    return {
      ok: false,
      error: tr.t('fit.noneInside'),
    };
  }
  const fit = fitExposureFactor(points);
  if (!fit) {
    return {
      ok: false,
      error: tr.t('fit.allZero'),
    };
  }
  return { ok: true, fit, points };
}
