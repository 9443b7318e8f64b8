import type { K2Bridge } from '../../../sim/ipc/contract';
import { createBrowserBridge } from './browserBridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    k2?: K2Bridge;
  }
}

let bridge: K2Bridge | null = null;

/** window.k2 in Electron, else the browser equivalents. One instance per page. */
export function getBridge(): K2Bridge {
  bridge ??= window.k2 ?? createBrowserBridge();
  return bridge;
}
