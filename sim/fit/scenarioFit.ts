import { ENGLISH, type Translator } from '../i18n/translator';
import type { MeasuredLevel } from '../measured/measured';
import type { DoseSource } from '../schedule/scenarioDoses';
import type { Schedule } from '../schedule/schema';
import { leftOutCounts, measuredLevelUses, type LevelUse, type PlacedLevel } from './levels';
import { fitExposureFactor, leftOutWords, type FactorFit } from './personalFactor';

export type ScenarioFitResult =
  { ok: true; fit: FactorFit; points: PlacedLevel[]; uses: LevelUse[] } | { ok: false; error: string };

/**
 * Fits the personal factor of a scenario to its measured levels: each level is compared with the typical
 * person's curve (factor 1) of the first regimen of the same compound, at the level's wall-clock time, and
 * one factor is fitted to all of them (fitExposureFactor). The fit counts the levels it left out by reason
 * (measuredLevelUses). Messages say what is missing in the user's words.
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
  const { uses, points } = measuredLevelUses({ ...scenario, calendar });
  const leftOut = leftOutCounts(uses);
  const fit = fitExposureFactor(points);
  if (!fit) {
    return {
      ok: false,
      error: tr.t('fit.noneUsed', { total: uses.length, reasons: leftOutWords(leftOut, tr) }),
    };
  }
  return { ok: true, fit: { ...fit, leftOut }, points, uses };
}
