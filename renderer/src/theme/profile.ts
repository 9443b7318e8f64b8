import { useSyncExternalStore } from 'react';
import { PROJECTOR_PROFILE_COLORS } from './palette';

/**
 * The display profile: 'standard', or 'projector' (darker text and colours, thicker lines, for a washed-out
 * projector). One setting for the main window and presentation mode, remembered in localStorage, and shown on
 * the root element as data-profile="projector" so the stylesheets (and a theme that follows the system, dark or
 * forced colours) can tell.
 */
export type DisplayProfile = 'standard' | 'projector';

export const PROFILE_STORAGE_KEY = 'k2.displayProfile';

function stored(): DisplayProfile {
  try {
    return globalThis.localStorage?.getItem(PROFILE_STORAGE_KEY) === 'projector' ? 'projector' : 'standard';
  } catch {
    // Storage refused (a sandboxed frame): the standard profile, not remembered.
    return 'standard';
  }
}

let current: DisplayProfile = stored();
const listeners = new Set<() => void>();

export function displayProfile(): DisplayProfile {
  return current;
}

export function setDisplayProfile(profile: DisplayProfile): void {
  if (profile === current) return;
  current = profile;
  try {
    globalThis.localStorage?.setItem(PROFILE_STORAGE_KEY, profile);
  } catch {
    // Not remembered, still applied.
  }
  applyProfile();
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The profile for a component, re-rendered when it changes. */
export function useDisplayProfile(): [DisplayProfile, (profile: DisplayProfile) => void] {
  return [useSyncExternalStore(subscribe, displayProfile, displayProfile), setDisplayProfile];
}

const STYLE_ID = 'k2-projector-profile-colors';

/**
 * The charts' colours in the projector profile, as one style rule per colour: the charts write colours as SVG
 * attributes, and a CSS fill or stroke outranks an attribute, so every chart (main window, presentation, legend
 * swatches and markers alike) takes the profile's colours from PROJECTOR_PROFILE_COLORS without a second drawing
 * path. Forced colours (Windows high contrast) win over the profile.
 */
export function profileColorCss(): string {
  const scope = ":root[data-profile='projector']";
  const rules = Object.entries(PROJECTOR_PROFILE_COLORS).flatMap(([from, to]) =>
    (['stroke', 'fill'] as const).map((prop) => `${scope} [${prop}="${from}" i] { ${prop}: ${to}; }`),
  );
  return `@media (forced-colors: none) {\n${rules.join('\n')}\n}\n`;
}

/** Marks the root element with the profile and puts the colour rules in the document once. */
export function applyProfile(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  if (current === 'projector') root.dataset['profile'] = 'projector';
  else delete root.dataset['profile'];
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = profileColorCss();
    document.head.append(style);
  }
}

applyProfile();
