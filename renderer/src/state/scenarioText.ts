import { savedScenarioText, UNNAMED_SCENARIO, type Scenario } from '../../../sim';
import { isUserNamed } from '../../../sim/scenario/describe';

/**
 * The saved text of a scenario, serialised once per scenario object: the unsaved-changes check, the session
 * autosave and Save all need it after every change, and for a file with 10,000 measured levels one
 * serialisation is a few hundred milliseconds of main-thread work. The app's scenarios are immutable (the
 * reducer returns new objects), so the object identifies the text; the cache lets go of old scenarios.
 */
const texts = new WeakMap<Scenario, string>();

export function scenarioTextOf(scenario: Scenario): string {
  let text = texts.get(scenario);
  if (text === undefined) {
    // Only a name the user typed is saved as the name: one the app gave (an old preset's or default's, from an
    // opened file) no longer describes a changed schedule, and the title already says what the file holds.
    const named = isUserNamed(scenario) ? scenario : { ...scenario, name: UNNAMED_SCENARIO };
    text = savedScenarioText(named);
    texts.set(scenario, text);
  }
  return text;
}
