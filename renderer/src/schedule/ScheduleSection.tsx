import { useCallback, useMemo, useState } from 'react';
import { COMPOUND_PRESETS, type Scenario } from '../../../sim';
import { fitDataKey, fitStaleness } from '../../../sim/fit/fitBasis';
import { measuredLevelUses } from '../../../sim/fit/levels';
import type { MeasuredLevel } from '../../../sim/measured/measured';
import { fitScenarioFactor } from '../../../sim/fit/scenarioFit';
import { DEFAULT_MEAL_FAT_G, type RegimenSchedule, type Schedule } from '../../../sim/schedule';
import { MeasuredPanel } from '../measured/MeasuredPanel';
import type { ScenarioAction } from '../state/scenarioReducer';
import { AnswersPanel } from './AnswersPanel';
import { defaultStart, type DoseRegimen } from './doseList';
import { DosesPanel } from './DosesPanel';
import { useAnswers } from './useAnswers';
import { useT } from '../i18n';

/**
 * The Doses editor, the answers and "My measured levels", connected to the scenario. Every edit is one
 * undoable scenario replacement, so undo, save and the session work for them as for the sliders.
 */
export function ScheduleSection({
  scenario,
  dispatch,
}: {
  scenario: Scenario;
  dispatch: (action: ScenarioAction, coalesceKey?: string) => void;
}) {
  // In the view's unit (the box says which); null: cleared, no threshold sentence.
  const [threshold, setThreshold] = useState<number | null>(1);
  const proposed = useMemo<Schedule>(
    () => ({ start: defaultStart(), mealFatG: { ...DEFAULT_MEAL_FAT_G } }),
    [],
  );
  const replace = (next: Scenario) => dispatch({ type: 'replaceScenario', scenario: next });
  const visible = scenario.regimens
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => scenario.display.visible.includes(r.compound));
  const regimens: DoseRegimen[] = visible.map(({ r, index }) => ({
    index,
    compound: r.compound,
    label: r.label ?? COMPOUND_PRESETS[r.compound].label,
    doseUg: r.doseUg,
    intervalH: r.intervalH,
    fatG: r.fatG,
    schedule: r.schedule ?? null,
    plainInterval:
      r.doseCount === null && r.firstDoseH === 0 && r.missedDoses.length === 0 && r.extraDoses.length === 0,
  }));

  // In a worker: two runs per regimen take seconds for files at the caps (issue 20).
  const answers = useAnswers(scenario, threshold);

  // Linear in the file's size (one hash), so it can run on every change.
  const tr = useT();
  const stale = useMemo(() => fitStaleness(scenario, tr), [scenario, tr]);
  // What a fit does with a page of levels, for the list's marks: the exact model at their times, no grid.
  const { calendar, horizonDays, stepMin } = scenario;
  const sources = scenario.regimens;
  const levelUses = useCallback(
    (measured: readonly MeasuredLevel[]) =>
      measuredLevelUses({ calendar: calendar ?? proposed, regimens: sources, measured, horizonDays, stepMin })
        .uses,
    [calendar, proposed, sources, horizonDays, stepMin],
  );
  const onDoses = (calendar: Schedule, regimen?: { index: number; schedule: RegimenSchedule | null }) => {
    const regimensNext = scenario.regimens.map((r, i) => {
      if (!regimen || i !== regimen.index) return r;
      const { schedule: _old, ...rest } = r;
      return regimen.schedule ? { ...rest, schedule: regimen.schedule } : rest;
    });
    replace({ ...scenario, calendar, regimens: regimensNext });
  };

  return (
    <>
      <DosesPanel
        calendar={scenario.calendar ?? null}
        proposedCalendar={proposed}
        regimens={regimens}
        horizonH={scenario.horizonDays * 24}
        timeAxis={scenario.calendar ? (scenario.display.timeAxis ?? 'days') : 'days'}
        onTimeAxis={(timeAxis) =>
          replace({
            ...scenario,
            calendar: scenario.calendar ?? proposed,
            display: { ...scenario.display, timeAxis },
          })
        }
        onChange={onDoses}
      />
      <AnswersPanel
        rows={answers.result}
        stale={answers.stale}
        error={answers.error}
        threshold={threshold}
        units={scenario.display.units}
        onThreshold={setThreshold}
      />
      <MeasuredPanel
        levels={scenario.measured ?? []}
        proposedDate={(scenario.calendar ?? proposed).start.date}
        timeZone={(scenario.calendar ?? proposed).start.timeZone}
        factor={scenario.personal?.factor ?? 1}
        fit={scenario.personal?.fit ?? null}
        onLevels={(measured) => replace({ ...scenario, calendar: scenario.calendar ?? proposed, measured })}
        onFit={() => {
          const result = fitScenarioFactor(
            {
              ...scenario,
              calendar: scenario.calendar ?? proposed,
              measured: scenario.measured ?? [],
            },
            tr,
          );
          if (!result.ok) return result.error;
          // The fit keeps the key of the data it came from, so a later change to them is told (fitBasis).
          const dataKey = fitDataKey(scenario);
          replace({ ...scenario, personal: { factor: result.fit.factor, fit: { ...result.fit, dataKey } } });
          return null;
        }}
        onReset={() => replace({ ...scenario, personal: { factor: 1, fit: null } })}
        stale={stale}
        levelUses={levelUses}
      />
    </>
  );
}
