import { useEffect, useRef } from 'react';
import type { BridgeResult } from '../../../sim/ipc/contract';
import { getBridge } from '.';

/**
 * Files the system gave the desktop app (a double-click on a scenario or lesson file, a second launch with a
 * file: main/launch-file.ts) wait in main until taken. This takes them, one by one, once `ready` (the
 * restored session must not land on top of an opened file) and again on each signal from main. `take` and
 * `onFile` are read at call time, so they need not be stable. The browser version is never given files.
 */
export function useLaunchedFiles<F>(
  take: () => Promise<BridgeResult<{ file: F | null }>>,
  onFile: (file: F) => void,
  ready = true,
): void {
  const latest = useRef({ take, onFile });
  useEffect(() => {
    latest.current = { take, onFile };
  });
  useEffect(() => {
    if (!ready) return;
    let alive = true;
    const drain = async (): Promise<void> => {
      for (;;) {
        const result = await latest.current.take();
        if (!result.ok || result.data.file === null) return;
        // A file taken is applied even if this effect was cleaned up meanwhile (StrictMode runs it twice):
        // main has handed it over and will not give it again.
        latest.current.onFile(result.data.file);
        if (!alive) return;
      }
    };
    void drain();
    const unsubscribe = getBridge().onFileLaunched(() => void drain());
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [ready]);
}
