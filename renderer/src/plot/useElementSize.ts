import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

export interface SizePx {
  width: number;
  height: number;
}

/**
 * Width of an element's border box in CSS pixels, at least `minimumPx`, kept current with a ResizeObserver:
 * charts draw at real pixels. The first render uses `estimatePx` (see useObservedBox).
 */
export function useElementWidth<T extends HTMLElement>(estimatePx: () => number, minimumPx: number) {
  const { ref, value } = useObservedBox<T, number>(
    () => Math.max(minimumPx, Math.floor(estimatePx())),
    (box) => Math.max(minimumPx, Math.floor(box.inlineSize)),
    (a, b) => a === b,
  );
  return { ref, width: value };
}

/** Width and height of an element's border box, each at least `minimum`'s; as useElementWidth. */
export function useElementSize<T extends HTMLElement>(estimate: () => SizePx, minimum: SizePx) {
  const atLeast = (width: number, height: number): SizePx => ({
    width: Math.max(minimum.width, Math.floor(width)),
    height: Math.max(minimum.height, Math.floor(height)),
  });
  const { ref, value } = useObservedBox<T, SizePx>(
    () => {
      const { width, height } = estimate();
      return atLeast(width, height);
    },
    (box) => atLeast(box.inlineSize, box.blockSize),
    (a, b) => a.width === b.width && a.height === b.height,
  );
  return { ref, size: value };
}

/**
 * A value read from an element's border box, kept current with a ResizeObserver.
 *
 * The first render uses `initial` (what the layout is expected to give). The observer's first report arrives
 * after the browser's first layout and before its first paint, and a value that differs is rendered at once
 * (flushSync), so the first painted frame is drawn at the real size either way; a good estimate saves that
 * second render. Reading the box in a layout effect instead forced an extra layout of the whole page: both
 * together were about 40 ms of a cold start's 370 to the first chart (npm run bench, "cold start").
 */
function useObservedBox<T extends HTMLElement, V>(
  initial: () => V,
  fromBox: (box: ResizeObserverSize) => V,
  same: (a: V, b: V) => boolean,
) {
  const ref = useRef<T>(null);
  const [value, setValue] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.borderBoxSize[0];
      if (!box) return;
      const next = fromBox(box);
      flushSync(() => setValue((current) => (same(current, next) ? current : next)));
    });
    observer.observe(el);
    return () => observer.disconnect();
    // The readers are fixed for an element's life (each caller's minimum is a constant).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { ref, value };
}
