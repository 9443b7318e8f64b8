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
  useEffect(() => {
    const timer = setTimeout(() => {
      const text = peaksText(view);
      if (view !== initial.current && text !== last.current) setSaid(text);
      last.current = text;
    }, ANNOUNCE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [view]);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="change-announce">
      {said}
    </p>
  );
}
