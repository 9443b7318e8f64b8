import { limitName, LIMITS, rangeText, ruleBroken, type Limit } from '../../../sim';
import { currentTranslator, type AppTranslator } from '../i18n/locale';
import { MAX_MEASURED_VALUE } from '../../../sim/measured/measured';
import { parseTypedNumber } from '../../../sim/text/parseTypedNumber';

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

/**
 * Boxes whose rule is not a scenario-file number of LIMITS but the same kind of row: a measured lab value
 * (sim/measured's schema range; its unit is chosen per row, so the row names none) and the presentation
 * threshold (any positive concentration a measured value could be).
 */
export const MEASURED_VALUE_LIMIT: Limit = {
  name: 'Measured value',
  unit: '',
  min: 0,
  minExclusive: false,
  max: MAX_MEASURED_VALUE,
  integer: false,
};
export const THRESHOLD_LIMIT: Limit = {
  name: 'Threshold level',
  unit: 'ng/mL',
  min: 0,
  minExclusive: true,
  max: MAX_MEASURED_VALUE,
  integer: false,
};

export type TypedValue =
  /** `reading`: how an ambiguous separator was read ('"1,234" read as 1234 ...'), only when there was one. */
  | { ok: true; value: number; reading?: string }
  /** Blank text in a box that may be left unset. */
  | { ok: true; value: null }
  | { ok: false; message: string };

export interface ReadOptions {
  /** A rule that depends on the rest of the scenario (the work caps), as a sentence fragment or null. */
  check?: (value: number) => string | null;
  /** BCP 47 tag of the reader (navigator.language in the app); decides only how "1,234" is read. */
  locale?: string;
  /** Blank means "not set" (value null) instead of asking for a number. */
  optional?: boolean;
  /** The language of the refusal (default: the UI's). */
  tr?: AppTranslator;
}

const limitOf = (rule: Limit | FieldBounds): Limit => ('limit' in rule ? rule.limit : rule);

/**
 * Reads what a user typed (sim/text/parseTypedNumber: "1,2" and "1.2" alike in every locale) and checks it
 * against the rule for the field, in the same words as the command line and the file loader ("Dose must be
 * at least 0 µg, got -5."), then against `check` (the work caps). Every refusal is one sentence naming the box.
 * @example readTypedValue('1,2', MEASURED_VALUE_LIMIT) // { ok: true, value: 1.2 }
 */
export function readTypedValue(
  text: string,
  rule: Limit | FieldBounds,
  checkOrOptions?: ReadOptions['check'] | ReadOptions,
): TypedValue {
  const options: ReadOptions =
    typeof checkOrOptions === 'function' ? { check: checkOrOptions } : (checkOrOptions ?? {});
  const limit = limitOf(rule);
  const typed = text.trim();
  const tr = options.tr ?? currentTranslator();
  const read = parseTypedNumber(typed, options.locale ?? 'en-US', tr);
  const name = limitName(limit, tr);
  if (read.kind === 'empty') {
    if (options.optional) return { ok: true, value: null };
    return { ok: false, message: tr.t('box.needsNumber', { name, range: rangeText(limit, tr) }) };
  }
  if (read.kind === 'refused') {
    return {
      ok: false,
      message: tr.t('box.refused', { name, message: read.message, range: rangeText(limit, tr) }),
    };
  }
  const { value } = read;
  const broken = ruleBroken(limit, value, tr);
  if (broken !== null) return { ok: false, message: tr.t('box.broken', { name, rule: broken, typed }) };
  const over = options.check?.(value) ?? null;
  if (over !== null) {
    const shown = `${typed}${limit.unit ? ` ${limit.unit}` : ''}`;
    return { ok: false, message: tr.t('box.over', { name, value: shown, over }) };
  }
  return read.reading === null ? { ok: true, value } : { ok: true, value, reading: read.reading };
}
