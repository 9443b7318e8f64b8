/**
 * Minimal stand-in written by the renderer engineer so the shared e2e suite can ask whether Electron is
 * available; the Electron engineer owns this file and may replace it.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Path of the Electron binary, or null when the package or its downloaded binary is missing. */
export function electronBinaryPath(): string | null {
  try {
    const path: unknown = require('electron');
    return typeof path === 'string' ? path : null;
  } catch {
    return null;
  }
}
