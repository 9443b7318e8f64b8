import { LIMITS, rangeText, ruleBroken, type Limit } from '../../../sim';

/**
 * A slider's range and how a typed value is read and checked. Pure, so it is unit-tested in node.
 * Two ranges on purpose: `min`/`max` are the *slider's* range, kept small so a drag is usable (0–1000 µg, not
 * 0–1,000,000); a *typed* value may use the whole range of the scenario schema (`limit`, from the one limits
 * table in sim/scenario/limits.ts), so the app accepts exactly what a file or the command line accepts.
 */
export interface FieldBounds {
  /** Accessible name and visible label, e.g. "Dose" (the limit's user-facing name). */
  name: string;
  unit: string;
  /** Slider range (a usability choice, within the limit). */
  min: number;
  max: number;
  /** Slider and arrow-key step. Typed values need not be multiples of it. */
  step: number;
  /** The schema's rule for a typed value. */
  limit: Limit;
}

const sliderFor = (limit: Limit, min: number, max: number, step: number): FieldBounds => ({
  name: limit.name,
  unit: limit.unit,
  min,
  max,
  step,
  limit,
});

export const DOSE_BOUNDS = sliderFor(LIMITS.doseUg, 0, 1000, 5);
export const INTERVAL_BOUNDS = sliderFor(LIMITS.intervalH, 1, 168, 1);
export const DURATION_BOUNDS = sliderFor(LIMITS.horizonDays, 1, 365, 1);
export const FAT_BOUNDS = sliderFor(LIMITS.fatG, 0, 100, 1);

export type TypedValue = { ok: true; value: number } | { ok: false; message: string };

const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
/** "1,000": a thousands separator or a decimal comma with three decimals; refused, never guessed. */
const AMBIGUOUS_COMMA = /^[-+]?\d{1,3},\d{3}$/;
/** Digits grouped by threes with one separator character, e.g. "1,000,000" or "1.000.000". */
const grouped = (s: string, sep: ',' | '.'): boolean =>
  new RegExp(`^[-+]?\\d{1,3}(\\${sep}\\d{3})+$`).test(s);

/**
 * What a typed number means, or null when it could be misread. The rule:
 * - a plain number uses a decimal point: "1.5", "1000", "2e3";
 * - one comma followed by other than exactly three digits is a decimal comma: "1,5" = 1.5, "12,25" = 12.25;
 * - one comma before exactly three digits ("1,000") is refused: it is 1000 to some readers and 1.0 to others
 *   (decimal comma), and the number box must never misread it;
 * - separators between two or more groups of three digits are thousands separators: "1,000,000" and
 *   "1.000.000" = 1000000 (a single "1.000" stays 1: a point alone is always decimal);
 * - with both, the last one is the decimal mark and the others must group by threes: "1,000.5" and "1.000,5"
 *   are 1000.5;
 * - anything else ("12,34,567", "1,00.5", "1.5,5") is refused rather than guessed.
 * @example normalizeTyped("1,000,000") // "1000000"
 */
export function normalizeTyped(text: string): string | null {
  const s = text.trim();
  if (PLAIN.test(s)) return s;
  if (AMBIGUOUS_COMMA.test(s)) return null;
  if (grouped(s, ',')) return s.replace(/,/g, '');
  if (grouped(s, '.')) return s.replace(/\./g, '');
  if (/^[-+]?\d+,\d+$/.test(s)) return s.replace(',', '.');
  const mixed = /^([-+]?[\d.,]+)([.,])(\d+)$/.exec(s);
  if (mixed) {
    const [, whole, mark, fraction] = mixed as unknown as [string, string, ',' | '.', string];
    const other = mark === ',' ? '.' : ',';
    if (whole.includes(mark) || !grouped(whole, other)) return null;
    return `${whole.split(other).join('')}.${fraction}`;
  }
  return null;
}

/**
 * Reads what a user typed (see normalizeTyped for separators) and checks it against the schema's rule for the
 * field, in the same words as the command line and the file loader ("Dose must be at least 0 µg, got -5.").
 * `check` adds a rule that depends on the rest of the scenario (the work caps), as one sentence or null.
 */
export function readTypedValue(
  text: string,
  bounds: FieldBounds,
  check?: (value: number) => string | null,
): TypedValue {
  const { limit } = bounds;
  const typed = text.trim();
  if (typed === '') return { ok: false, message: `${limit.name} needs a number: ${rangeText(limit)}.` };
  const normal = normalizeTyped(typed);
  if (normal === null) {
    const separators = /[.,]/.test(typed) && /^[-+\d.,]+$/.test(typed);
    if (AMBIGUOUS_COMMA.test(typed)) {
      const [whole, fraction] = typed.split(',') as [string, string];
      return {
        ok: false,
        message: `${limit.name}: "${typed}" could mean ${whole}${fraction} or ${whole}.${fraction}. Type ${whole}${fraction}, or use a decimal point.`,
      };
    }
    return {
      ok: false,
      message: separators
        ? `${limit.name}: "${typed}" could be misread. Type it without thousands separators, e.g. 1000 or 1000.5.`
        : `${limit.name}: "${typed}" is not a number. Enter a value ${rangeText(limit)}.`,
    };
  }
  const value = Number(normal);
  const broken = ruleBroken(limit, value);
  if (broken !== null) return { ok: false, message: `${limit.name} ${broken}, got ${typed}.` };
  const over = check?.(value) ?? null;
  if (over !== null) return { ok: false, message: `${limit.name} ${value} ${limit.unit}: ${over}.` };
  return { ok: true, value };
}
