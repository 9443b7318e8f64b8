import { useState } from 'react';

/**
 * The top of a y axis that holds still while a slider moves: it grows to the next nice value when the data
 * passes it, and shrinks only when the data falls below `shrinkBelow` of it. So a drag visibly moves the curve
 * instead of only relabelling the axis (the model is linear: a rescaled axis would hide a dose change).
 */
export function useStickyTop(dataMax: number, nice: (x: number) => number, shrinkBelow: number): number {
  const [top, setTop] = useState(() => nice(dataMax));
  const next = dataMax > top || dataMax < top * shrinkBelow ? nice(dataMax) : top;
  // Adjusting state while rendering (React's documented pattern for values derived from changing props).
  if (next !== top) setTop(next);
  return next;
}
