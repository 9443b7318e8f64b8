import { useCallback, useSyncExternalStore } from 'react';

// One MediaQueryList per query, kept (its `matches` is live): a new one per read cost a style lookup each time,
// four per slider step (the phone panels' snapshots in render and effect).
const lists = new Map<string, MediaQueryList | undefined>();

/** Whether a CSS media query matches now (false where matchMedia is missing: tests, old engines). */
export function matchesMedia(query: string): boolean {
  if (typeof window === 'undefined') return false;
  if (!lists.has(query)) lists.set(query, window.matchMedia?.(query));
  return lists.get(query)?.matches ?? false;
}

/** matchesMedia(query), re-rendering when the answer changes (a window resized, a system setting changed). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void): (() => void) => {
      const list = typeof window !== 'undefined' ? window.matchMedia?.(query) : undefined;
      if (!list) return () => {};
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => matchesMedia(query),
    () => false,
  );
}
