import type { Scenario } from '../../../sim';

/**
 * The last scenario that rendered without error. Recorded from an effect (effects run only after a commit,
 * so a render that threw never records its scenario), read by the error boundary's "Go back to the last
 * good state": the remounted app starts from it instead of the saved session.
 */
let lastGood: Scenario | null = null;
let restorePending = false;
/** Error boundaries now showing their message: while any is, a commit is not a good render. */
let failingBoundaries = 0;

/** Called by the app after each commit; ignored while some view shows an error instead of drawing. */
export function recordRenderedScenario(scenario: Scenario): void {
  if (failingBoundaries === 0) lastGood = scenario;
}

/** An error boundary started (+1) or stopped (-1) showing its message. */
export function boundaryFailing(delta: 1 | -1): void {
  failingBoundaries = Math.max(0, failingBoundaries + delta);
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
