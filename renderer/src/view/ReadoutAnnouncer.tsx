import { useEffect, useRef, useState } from 'react';
import type { ScenarioView } from '../../../sim';
import { peaksText } from './readout';

/** Quiet time after the last change before it is said: a slider drag is said once, where it stops. */
const ANNOUNCE_DEBOUNCE_MS = 700;

/**
 * Says what a change did, in a polite live region: "MK-7 peak 2.41 ng/mL on day 27.2 (653 h)" a moment after
 * the view stops changing (never on every frame of a drag). Not on the first view: the page is read then.
 */
export function ReadoutAnnouncer({ view }: { view: ScenarioView }) {
  const [said, setSaid] = useState('');
  // The view the page opened with: not said (the page is read then). Any later view is, even when it came
  // before the first one's quiet time ran out (a change right after opening was said by no one).
  const initial = useRef(view);
  const last = useRef('');
  // The newest view and when it came. One timer waits out the quiet time and, when a newer view came meanwhile,
  // waits again for the rest of it: a slider step only notes its view (no timer cleared and set per step).
  const newest = useRef({ view, atMs: 0 });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    newest.current = { view, atMs: performance.now() };
    if (timer.current !== null) return;
    const wait = (ms: number) => {
      timer.current = setTimeout(() => {
        const quietMs = performance.now() - newest.current.atMs;
        if (quietMs < ANNOUNCE_DEBOUNCE_MS) return wait(ANNOUNCE_DEBOUNCE_MS - quietMs);
        timer.current = null;
        const shown = newest.current.view;
        const text = peaksText(shown);
        if (shown !== initial.current && text !== last.current) setSaid(text);
        last.current = text;
      }, ms);
    };
    wait(ANNOUNCE_DEBOUNCE_MS);
  }, [view]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="change-announce">
      {said}
    </p>
  );
}
