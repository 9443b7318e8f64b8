import { MAX_SCENARIO_BYTES, serializeScenario, type Scenario } from '../../../sim';

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * The text a scenario is saved as (file and session). Pretty-printed as usual; compact JSON when the
 * pretty form would exceed the file limit, so whatever opened also saves: a 1.41 MB file with 190,000
 * missed doses is 2.9 million characters pretty-printed (one line per dose) but about 1.4 MB compact,
 * and both forms open the same way. The limit is the one used at open (MAX_SCENARIO_BYTES, bytes).
 */
export function scenarioText(scenario: Scenario): string {
  const pretty = serializeScenario(scenario);
  // Characters are a lower bound on bytes: a short text needs no encoding to be known to fit.
  if (pretty.length <= MAX_SCENARIO_BYTES / 3 || utf8Bytes(pretty) <= MAX_SCENARIO_BYTES) return pretty;
  return `${JSON.stringify(scenario)}\n`;
}
