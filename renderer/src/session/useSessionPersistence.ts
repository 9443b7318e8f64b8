import { useEffect, useState } from 'react';
import { serializeScenario, type Scenario } from '../../../sim';
import { getBridge } from '../bridge';
import { restoreSession } from './restoreSession';

/** Quiet time after the last change before the session is written (a drag writes once, at its end). */
export const SESSION_SAVE_DELAY_MS = 400;

/**
 * Restores the last scenario on start (validated; the default on any problem) and saves the scenario
 * after each change, debounced. `replace` must be a stable function. Returns true once the restore attempt has finished.
 */
export function useSessionPersistence(scenario: Scenario, replace: (scenario: Scenario) => void): boolean {
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    let alive = true;
    getBridge()
      .loadSession()
      .then(
        (result) => {
          if (!alive) return;
          const session = restoreSession(result.ok ? result.data.text : null);
          if (session.problem) console.warn(session.problem);
          if (result.ok && result.data.text !== null && session.problem === null) replace(session.scenario);
        },
        (e: unknown) => console.warn('Could not load the last session:', e),
      )
      .finally(() => alive && setRestored(true));
    return () => {
      alive = false;
    };
    // `replace` must be stable (the store's reset is): restore runs once, on start.
  }, [replace]);

  useEffect(() => {
    // Never overwrite the saved session with the default before it has been read.
    if (!restored) return;
    const timer = setTimeout(() => {
      void getBridge().saveSession({ text: serializeScenario(scenario) });
    }, SESSION_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [scenario, restored]);

  return restored;
}
