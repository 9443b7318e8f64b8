import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Whether the first screen has been painted. Sections below the first chart wait for it, so a cold start paints
 * the chart without first building (and laying out) the schedule, tables, sensitivity chart and sources, about
 * 900 of the page's 1,300 elements. They follow in the next task, as an interruptible render.
 */
let painted = false;

/** Resolves after the browser has painted the current frame (or soon, in a hidden tab that paints nothing). */
function afterPaint(then: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  // rAF runs just before the paint; a task queued from it runs just after.
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(once, 0);
  });
  // A background tab runs no animation frames: don't wait for one.
  const fallback = window.setTimeout(once, 250);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
  };
}

/**
 * Whether the first screen is on it: false in the first render, true from a render after it was painted (at once
 * when it already was). For work the first chart need not wait for.
 */
export function useFirstPaintDone(): boolean {
  const [ready, setReady] = useState(painted);
  useEffect(() => {
    if (ready) return;
    return afterPaint(() => {
      painted = true;
      startTransition(() => setReady(true));
    });
  }, [ready]);
  return ready;
}

/** Its children, rendered once the first screen is on it (at once when it already is). */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  return useFirstPaintDone() ? children : null;
}
