import { useSyncExternalStore } from 'react';

/**
 * Whether "Show variation between people" is on: one small store, so the chart, the switch and the export
 * (which lives in the document controls) agree without threading the flag through every component.
 */
let shown = false;
const listeners = new Set<() => void>();

export function isVariationShown(): boolean {
  return shown;
}

export function setVariationShown(value: boolean): void {
  if (value === shown) return;
  shown = value;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The switch's state for a component, re-rendered when it changes. */
export function useVariationShown(): [boolean, (value: boolean) => void] {
  return [useSyncExternalStore(subscribe, isVariationShown, isVariationShown), setVariationShown];
}
