import { defaultScenario, parseScenarioText, type ParseResult, type Scenario } from '../../../sim';
import { parseScenarioTextOffPage } from '../files/parseOffPage';
import { RESTORE_PROMPT_LIMIT_MS, viewWork, type ViewWork } from '../view/work';

export interface RestoredSession {
  scenario: Scenario;
  /** Why the saved session was not used, when it was not (for a console note, never a crash). */
  problem: string | null;
}

/** The saved session's scenario when it is valid, else the default scenario with the reason. */
export function restoreSession(text: string | null): RestoredSession {
  return text === null ? { scenario: defaultScenario(), problem: null } : sessionOf(parseScenarioText(text));
}

function sessionOf(parsed: ParseResult): RestoredSession {
  if (parsed.ok) return { scenario: parsed.scenario, problem: null };
  return { scenario: defaultScenario(), problem: `Saved session ignored: ${parsed.error}` };
}

/**
 * What to do with the saved session on start: nothing (none, or unusable: keep the default), load it, or
 * ask first because it is too heavy to restore quickly (renderer/src/view/work.ts).
 */
export type RestoreDecision =
  | { action: 'keep-default'; problem: string | null }
  | { action: 'load'; scenario: Scenario }
  | { action: 'ask'; scenario: Scenario; work: ViewWork };

export function restoreDecision(text: string | null): RestoreDecision {
  return text === null ? { action: 'keep-default', problem: null } : decisionOf(parseScenarioText(text));
}

/**
 * restoreDecision with a large session read in a worker (parseOffPage.ts): the same parser and words, without
 * blocking the page's start with the parse of 10,000 measured levels.
 */
export async function restoreDecisionOffPage(text: string | null): Promise<RestoreDecision> {
  return text === null
    ? { action: 'keep-default', problem: null }
    : decisionOf(await parseScenarioTextOffPage(text));
}

function decisionOf(parsed: ParseResult): RestoreDecision {
  const session = sessionOf(parsed);
  if (session.problem !== null) return { action: 'keep-default', problem: session.problem };
  const work = viewWork(session.scenario);
  return work.estimatedMs > RESTORE_PROMPT_LIMIT_MS
    ? { action: 'ask', scenario: session.scenario, work }
    : { action: 'load', scenario: session.scenario };
}
