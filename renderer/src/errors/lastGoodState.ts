import type { Scenario } from '../../../sim';

/**
 * The last scenario that rendered without error. Recorded from an effect (effects run only after a commit,
 * so a render that threw never records its scenario), read by the error boundary's "Go back to the last
 * good state": the remounted app starts from it instead of the saved session.
 */
let lastGood: Scenario | null = null;
let restorePending = false;

export function recordRenderedScenario(scenario: Scenario): void {
  lastGood = scenario;
}

export function lastGoodScenario(): Scenario | null {
  return lastGood;
}

/** Asks the next app mount to start from the last good scenario. */
export function requestRestoreOfLastGood(): void {
  restorePending = true;
}

/** The scenario to start from after a render error, once; null on a normal start. */
export function takeRestoreRequest(): Scenario | null {
  if (!restorePending) return null;
  restorePending = false;
  return lastGood;
}
