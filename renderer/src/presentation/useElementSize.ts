import { useLayoutEffect, useRef, useState } from 'react';

/** Size of an element in CSS pixels, kept current with a ResizeObserver (the chart draws at real pixels). */
export function useElementSize<T extends HTMLElement>(fallback: { width: number; height: number }) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => {
      const box = el.getBoundingClientRect();
      setSize({ width: Math.max(300, Math.floor(box.width)), height: Math.max(200, Math.floor(box.height)) });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, size };
}
