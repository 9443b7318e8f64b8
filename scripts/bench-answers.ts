/**
 * How long the answers take per file for issue 20's freeze fixtures (scenarioAnswers: both runs, the
 * comparison with the plan, the words), in node. The app computes them in a worker (renderer/src/schedule/
 * useAnswers.ts); this prints why. Usage: npx tsx scripts/bench-answers.ts [fixture-name-part ...]
 */
import { parseScenarioText } from '../sim';
import { scenarioAnswers } from '../sim/answers/scenarioAnswers';
import { FREEZE_FIXTURES } from '../tests/fixtures/freezeFixtures';

const only = process.argv.slice(2);
for (const [name, make] of Object.entries(FREEZE_FIXTURES)) {
  if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
  const parsed = parseScenarioText(JSON.stringify(make()));
  if (!parsed.ok) {
    console.log(`${name.padEnd(36)} refused: ${parsed.error}`);
    continue;
  }
  const times: number[] = [];
  for (let k = 0; k < 2; k++) {
    const startMs = performance.now();
    scenarioAnswers({ scenario: parsed.scenario, threshold: 1, locale: 'en-US' });
    times.push(performance.now() - startMs);
  }
  console.log(`${name.padEnd(36)} first ${times[0]!.toFixed(0)} ms, again ${times[1]!.toFixed(0)} ms`);
}
