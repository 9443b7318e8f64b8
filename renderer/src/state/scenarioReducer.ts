import { COMPOUND_IDS, type CompoundId, type Scenario } from '../../../sim';

/** Everything the controls can do to a scenario. The shared sliders edit every regimen alike. */
export type ScenarioAction =
  | { type: 'setDose'; doseUg: number }
  | { type: 'setInterval'; intervalH: number }
  | { type: 'setDuration'; horizonDays: number }
  | { type: 'setFat'; fatG: number }
  | { type: 'toggleCompound'; compound: CompoundId }
  | { type: 'setCompareFat'; compareFat: boolean }
  | { type: 'setAxis'; axis: Scenario['display']['axis'] }
  | { type: 'setUnits'; units: Scenario['display']['units'] }
  | { type: 'toggleMissedDose'; index: number }
  | { type: 'replaceScenario'; scenario: Scenario };

/** Pure: returns a new scenario (or the same object when nothing changed, so history can skip no-ops). */
export function scenarioReducer(scenario: Scenario, action: ScenarioAction): Scenario {
  switch (action.type) {
    case 'setDose':
      return editRegimens(scenario, (r) =>
        r.doseUg === action.doseUg ? r : { ...r, doseUg: action.doseUg },
      );
    case 'setInterval':
      // Missed-dose indices refer to the old schedule's dose numbers; they would mark different times now.
      return editRegimens(scenario, (r) =>
        r.intervalH === action.intervalH ? r : { ...r, intervalH: action.intervalH, missedDoses: [] },
      );
    case 'setDuration':
      return scenario.horizonDays === action.horizonDays
        ? scenario
        : { ...scenario, horizonDays: action.horizonDays };
    case 'setFat':
      return editRegimens(scenario, (r) => (r.fatG === action.fatG ? r : { ...r, fatG: action.fatG }));
    case 'toggleCompound': {
      const visible = scenario.display.visible.includes(action.compound)
        ? scenario.display.visible.filter((c) => c !== action.compound)
        : COMPOUND_IDS.filter((c) => c === action.compound || scenario.display.visible.includes(c));
      return { ...scenario, display: { ...scenario.display, visible } };
    }
    case 'setCompareFat':
      return scenario.display.compareFat === action.compareFat
        ? scenario
        : { ...scenario, display: { ...scenario.display, compareFat: action.compareFat } };
    case 'setAxis':
      return scenario.display.axis === action.axis
        ? scenario
        : { ...scenario, display: { ...scenario.display, axis: action.axis } };
    case 'setUnits':
      return scenario.display.units === action.units
        ? scenario
        : { ...scenario, display: { ...scenario.display, units: action.units } };
    case 'toggleMissedDose': {
      const missedAnywhere = scenario.regimens.some((r) => r.missedDoses.includes(action.index));
      return editRegimens(scenario, (r) => {
        const rest = r.missedDoses.filter((i) => i !== action.index);
        return { ...r, missedDoses: missedAnywhere ? rest : [...rest, action.index].sort((a, b) => a - b) };
      });
    }
    case 'replaceScenario':
      return action.scenario;
  }
}

function editRegimens(
  scenario: Scenario,
  edit: (r: Scenario['regimens'][number]) => Scenario['regimens'][number],
): Scenario {
  const regimens = scenario.regimens.map(edit);
  return regimens.every((r, i) => r === scenario.regimens[i]) ? scenario : { ...scenario, regimens };
}

/**
 * The values the shared sliders show: taken from the first regimen (they are kept equal), so a scenario
 * file with differing regimens still displays something sensible.
 */
export function sharedSettings(scenario: Scenario): { doseUg: number; intervalH: number; fatG: number } {
  const first = scenario.regimens[0]!;
  return { doseUg: first.doseUg, intervalH: first.intervalH, fatG: first.fatG };
}
