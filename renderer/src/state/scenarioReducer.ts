import { scheduleAfterInterval } from '../../../sim/schedule';
import { COMPOUND_IDS, MAX_NAME_CHARS, UNNAMED_SCENARIO, type CompoundId, type Scenario } from '../../../sim';

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
  /** Marks dose `doseIndex` (0-based, as doseEvents numbers them) of regimen `regimenIndex` missed, or taken again. */
  | { type: 'toggleMissedDose'; regimenIndex: number; doseIndex: number }
  /**
   * Deprecated shape, kept only until App.tsx dispatches the one above: toggles the same dose number in every
   * regimen (the old behaviour).
   */
  | { type: 'toggleMissedDose'; index: number }
  /** The scenario's name: trimmed, cut to the schema's length; an empty name becomes "Untitled scenario". */
  | { type: 'setName'; name: string }
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
      return editRegimens(scenario, (r) => {
        if (r.intervalH === action.intervalH) return r;
        const { schedule, ...rest } = r;
        // A calendar schedule follows the slider (12/24/48 h) with its edits, or gives way to the interval.
        const next = schedule ? scheduleAfterInterval(schedule, action.intervalH) : null;
        return { ...rest, intervalH: action.intervalH, missedDoses: [], ...(next ? { schedule: next } : {}) };
      });
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
      if ('regimenIndex' in action) {
        const { regimenIndex, doseIndex } = action;
        const target = scenario.regimens[regimenIndex];
        if (!target || !Number.isInteger(doseIndex) || doseIndex < 0) return scenario;
        const missed = target.missedDoses.includes(doseIndex)
          ? target.missedDoses.filter((i) => i !== doseIndex)
          : [...target.missedDoses, doseIndex].sort((a, b) => a - b);
        const regimens = scenario.regimens.map((r, i) =>
          i === regimenIndex ? { ...r, missedDoses: missed } : r,
        );
        return { ...scenario, regimens };
      }
      const missedAnywhere = scenario.regimens.some((r) => r.missedDoses.includes(action.index));
      return editRegimens(scenario, (r) => {
        const rest = r.missedDoses.filter((i) => i !== action.index);
        return { ...r, missedDoses: missedAnywhere ? rest : [...rest, action.index].sort((a, b) => a - b) };
      });
    }
    case 'setName': {
      const name = action.name.trim().slice(0, MAX_NAME_CHARS).trimEnd() || UNNAMED_SCENARIO;
      return name === scenario.name ? scenario : { ...scenario, name };
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
