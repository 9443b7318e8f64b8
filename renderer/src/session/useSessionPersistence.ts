import { useEffect, useRef, useState } from 'react';
import { scenarioTextOf } from '../state/scenarioText';
import type { Scenario } from '../../../sim';
import { getBridge } from '../bridge';
import { currentTranslator } from '../i18n/locale';
import { recordRenderedScenario, takeRestoreRequest } from '../errors/lastGoodState';
import { doneWithLinkScenario, takeLinkScenario } from '../files/shareLink';
import { restoreDecisionOffPage } from './restoreSession';
import { setSessionNotices } from './sessionNotices';

/** Quiet time after the last change before the session is written (a drag writes once, at its end). */
export const SESSION_SAVE_DELAY_MS = 400;

/**
 * Restores the last scenario on start (validated; the default on any problem) and saves the scenario
 * after each change, debounced. `replace` must be a stable function. Returns true once the restore attempt
 * has finished.
 *
 * A session too heavy to restore quickly (renderer/src/view/work.ts) is not loaded until the user says so
 * (<SessionBanner>). Until then, and after "Start fresh" until the fresh scenario is changed, the session
 * file is not overwritten: the heavy work stays recoverable. A failed save is shown, not ignored.
 */
export function useSessionPersistence(
  scenario: Scenario,
  replace: (scenario: Scenario) => void,
  /**
   * Opens a scenario as an undoable edit (stable): a `#scenario=` link the page was opened with wins over
   * the restored session, and Undo returns to that session.
   */
  open?: (scenario: Scenario) => void,
): boolean {
  /** While set, autosave waits: null = free; 'asking' = prompt open; text = the fresh scenario's text. */
  const hold = useRef<'asking' | string | null>(null);
  const latest = useRef(scenario);
  // Read once, before any effect records the fresh default as "last good".
  const [afterError] = useState(takeRestoreRequest);
  const [restored, setRestored] = useState(afterError !== null);

  useEffect(() => {
    latest.current = scenario;
    // This effect runs only after the scenario rendered: it is the last good state for the error boundary.
    recordRenderedScenario(scenario);
  }, [scenario]);

  useEffect(() => {
    let alive = true;
    if (afterError) {
      // Remounted by the error boundary: the last scenario that rendered, not the session file.
      replace(afterError);
      return;
    }
    // Read (and removed from the address) before the session, applied after it.
    const link = open ? takeLinkScenario() : null;
    const openLink = () => {
      if (!link || !open) return;
      doneWithLinkScenario();
      if (!link.ok) return setSessionNotices({ linkError: link.message });
      open(link.scenario);
      setSessionNotices({ info: currentTranslator().t('session.undoReturns', { message: link.message }) });
    };
    getBridge()
      .loadSession()
      .then(async (result) => {
        if (alive && result.ok && result.data.notice) setSessionNotices({ info: result.data.notice });
        // A large session is read in a worker (files/parseOffPage.ts), not during the page's start.
        return restoreDecisionOffPage(result.ok ? result.data.text : null);
      })
      .then(
        (decision) => {
          if (!alive) return;
          if (decision.action === 'keep-default') {
            if (decision.problem) console.warn(decision.problem);
            return openLink();
          }
          if (decision.action === 'load') {
            replace(decision.scenario);
            return openLink();
          }
          // A heavy session is still asked about (and kept for recovery meanwhile); the link opens now.
          openLink();
          const { scenario: heavy, work } = decision;
          hold.current = 'asking';
          setSessionNotices({
            prompt: {
              doses: work.doses,
              points: work.points,
              load: () => {
                hold.current = null;
                setSessionNotices({ prompt: null });
                replace(heavy);
              },
              startFresh: () => {
                hold.current = scenarioTextOf(latest.current);
                setSessionNotices({ prompt: null });
              },
            },
          });
        },
        (e: unknown) => {
          console.warn('Could not load the last session:', e);
          if (alive) openLink();
        },
      )
      .finally(() => alive && setRestored(true));
    return () => {
      alive = false;
    };
    // `replace` must be stable (the store's reset is): restore runs once, on start.
  }, [replace, open, afterError]);

  useEffect(() => {
    // Never overwrite the saved session with the default before it has been read.
    if (!restored) return;
    const timer = setTimeout(() => {
      const text = scenarioTextOf(scenario);
      if (hold.current === 'asking' || hold.current === text) return;
      hold.current = null;
      getBridge()
        .saveSession({ text })
        .then(
          (result) =>
            setSessionNotices({
              saveError: result.ok
                ? null
                : currentTranslator().t('session.saveFailed', { error: result.error }),
            }),
          (e: unknown) =>
            setSessionNotices({
              saveError: currentTranslator().t('session.saveFailedWhy', { error: String(e) }),
            }),
        );
    }, SESSION_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [scenario, restored]);

  return restored;
}
