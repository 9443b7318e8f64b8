import { useEffect, useState, type RefObject } from 'react';

/** Controls fade after this long without pointer movement or a key press, as a video player's do. */
export const IDLE_AFTER_MS = 3000;

/** The control bar's selector inside the presentation: while it holds keyboard focus or the pointer, it stays. */
const CONTROLS = '.pres-controls';

/** Page Up/Down (a clicker's arrows) and B or "." (its blank-screen button). */
const CLICKER_KEYS = new Set(['PageUp', 'PageDown', 'b', 'B', '.']);

/**
 * Whether the presentation's controls are idle (faded, so the chart has the screen): true after IDLE_AFTER_MS
 * with no pointer movement, touch, wheel or key, false again at the next one (a clicker's keys aside). Never while a control has
 * keyboard focus (a presenter tabbing through them) or the pointer rests on the bar. A mouse click leaves focus
 * on a button without a focus ring; that alone does not keep the bar (else one click on Next would pin it).
 */
export function useIdleControls(rootRef: RefObject<HTMLElement | null>): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = 0;
    const held = (): boolean => {
      const bar = rootRef.current?.querySelector(CONTROLS);
      if (!bar) return false;
      const active = document.activeElement;
      const focused =
        active instanceof HTMLElement && bar.contains(active) && active.matches(':focus-visible');
      return focused || bar.matches(':hover') || bar.querySelector('details[open]') !== null;
    };
    const arm = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        if (held()) arm();
        else setIdle(true);
      }, IDLE_AFTER_MS);
    };
    const wake = (event: Event): void => {
      // A clicker's scene keys keep the room's view clean: the bar does not pop up on every scene.
      if (event instanceof KeyboardEvent && CLICKER_KEYS.has(event.key)) return;
      setIdle(false);
      arm();
    };
    const events = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart', 'focusin'] as const;
    for (const e of events) window.addEventListener(e, wake, { capture: true, passive: true });
    arm();
    return () => {
      window.clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, wake, { capture: true });
    };
  }, [rootRef]);
  return idle;
}
