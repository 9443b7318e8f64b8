/** A slider's range and how a typed value is read and checked. Pure, so it is unit-tested in node. */
export interface FieldBounds {
  /** Accessible name and visible label, e.g. "Dose". */
  name: string;
  unit: string;
  min: number;
  max: number;
  /** Slider and arrow-key step. Typed values need not be multiples of it. */
  step: number;
}

export const DOSE_BOUNDS: FieldBounds = { name: 'Dose', unit: 'µg', min: 0, max: 1000, step: 5 };
export const INTERVAL_BOUNDS: FieldBounds = { name: 'Dosing interval', unit: 'h', min: 1, max: 168, step: 1 };
export const DURATION_BOUNDS: FieldBounds = { name: 'Duration', unit: 'days', min: 1, max: 365, step: 1 };
export const FAT_BOUNDS: FieldBounds = { name: 'Meal fat', unit: 'g', min: 0, max: 100, step: 1 };

export type TypedValue = { ok: true; value: number } | { ok: false; message: string };

/**
 * Reads what a user typed: accepts a decimal comma ("1,5"), refuses empty text, non-numbers and values
 * outside the bounds, with a sentence that names the field and the problem.
 */
export function readTypedValue(text: string, bounds: FieldBounds): TypedValue {
  const trimmed = text.trim().replace(',', '.');
  const range = `between ${bounds.min} and ${bounds.max} ${bounds.unit}`;
  if (trimmed === '') return { ok: false, message: `${bounds.name} needs a number ${range}.` };
  // Number('') and Number(' ') are 0, and Number('0x10') is 16: insist on a plain decimal.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) {
    return {
      ok: false,
      message: `${bounds.name}: "${text.trim()}" is not a number. Enter a value ${range}.`,
    };
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value))
    return { ok: false, message: `${bounds.name}: enter a finite number ${range}.` };
  if (value < bounds.min) {
    return {
      ok: false,
      message: `${bounds.name} ${value} ${bounds.unit} is too low: the minimum is ${bounds.min} ${bounds.unit}.`,
    };
  }
  if (value > bounds.max) {
    return {
      ok: false,
      message: `${bounds.name} ${value} ${bounds.unit} is too high: the maximum is ${bounds.max} ${bounds.unit}.`,
    };
  }
  if (bounds.min > 0 && value <= 0)
    return { ok: false, message: `${bounds.name} must be more than 0 ${bounds.unit}.` };
  return { ok: true, value };
}
