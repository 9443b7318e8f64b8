import { savedScenarioText, type Scenario } from '../../../sim';

/**
 * The text a scenario is saved as (file and session): sim's savedScenarioText, built once per save.
 * Pretty-printed when small; compact when large, with numbers in their shortest exact form if even that would
 * pass the open limit (MAX_SCENARIO_BYTES). The parser refuses a file whose saved form would not fit, so
 * whatever opened also saves.
 */
export function scenarioText(scenario: Scenario): string {
  return savedScenarioText(scenario);
}
