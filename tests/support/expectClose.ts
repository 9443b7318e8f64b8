import { expect } from 'vitest';

/**
 * Shared tolerance check: passes when |actual - expected| <= max(abs, rel * |expected|).
 * Every numeric test uses it, so tolerances read the same everywhere.
 */
export function expectClose(
  actual: number,
  expected: number,
  tolerance: { rel?: number; abs?: number },
): void {
  const allowed = Math.max(tolerance.abs ?? 0, (tolerance.rel ?? 0) * Math.abs(expected));
  const error = Math.abs(actual - expected);
  if (!(error <= allowed)) {
    expect.fail(`expected ${actual} to be within ${allowed} of ${expected} (error ${error})`);
  }
}
