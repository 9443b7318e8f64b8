import { defaultScenario, parseScenarioText, type Scenario } from '../../../sim';

export interface RestoredSession {
  scenario: Scenario;
  /** Why the saved session was not used, when it was not (for a console note, never a crash). */
  problem: string | null;
}

/** The saved session's scenario when it is valid, else the default scenario with the reason. */
export function restoreSession(text: string | null): RestoredSession {
  if (text === null) return { scenario: defaultScenario(), problem: null };
  const parsed = parseScenarioText(text);
  if (parsed.ok) return { scenario: parsed.scenario, problem: null };
  return { scenario: defaultScenario(), problem: `Saved session ignored: ${parsed.error}` };
}
