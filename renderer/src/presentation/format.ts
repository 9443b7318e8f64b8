/**
 * Number formatting for captions read aloud in class: few digits, no trailing zeros, English separators.
 * Tests format the values they recompute from the simulation with these same rules.
 */

/** Two significant digits ("2.2", "0.055", "580"); integers at or above 100 are rounded to whole numbers. */
export function formatConc(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en');
  return Number(value.toPrecision(2)).toString();
}

/** Whole hours ("5 h"). */
export function formatHours(valueH: number): string {
  return `${Math.round(valueH)} h`;
}

/** Days with one decimal when needed ("9.4 days", "2 days"). */
export function formatDays(valueDays: number): string {
  const rounded = Math.round(valueDays * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

/** Ratios with one decimal below 10, whole numbers above ("4.7×", "580×"). */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) >= 10) return `${Math.round(value).toLocaleString('en')}×`;
  return `${Math.round(value * 10) / 10}×`;
}

/** Whole percent ("77%"). */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
