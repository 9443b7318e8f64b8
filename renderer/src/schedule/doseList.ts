import { COMPOUND_PRESETS, type CompoundId } from '../../../sim';
import { formatWeekdayIn } from '../../../sim/i18n/format';
import { currentTranslator, displayLocale, type AppTranslator } from '../i18n/locale';
import {
  addDays,
  addDose,
  formatClock,
  parseClock,
  wallTimeToH,
  compoundSchedule,
  patternFromInterval,
  type MealKind,
  type Pattern,
  type RegimenSchedule,
  type Schedule,
  type ScheduledDose,
  type ScheduleStart,
} from '../../../sim/schedule';
import { scheduledRows } from './doseListPages';

// The lists themselves are made in doseListPages.ts, which the panel's worker loads without the page's modules.
export {
  doseListPages,
  listedRows,
  listPage,
  scheduledRows,
  type DoseListPage,
  type DoseListsRequest,
} from './doseListPages';

/** What the Doses panel shows and edits of one regimen. */
export interface DoseRegimen {
  index: number;
  compound: CompoundId;
  label: string;
  doseUg: number;
  intervalH: number;
  fatG: number;
  /** Null: doses come from the sliders (a regular interval from t = 0). */
  schedule: RegimenSchedule | null;
  /**
   * The sliders' doses are a plain regular interval from the start (no missed, extra or counted doses), so a
   * daily pattern can stand for them when the user adds a dose.
   */
  plainInterval: boolean;
}

/** Pattern choices of the editor; 'sliders' keeps the regular interval of the sliders. */
export const PATTERN_CHOICES = ['sliders', 'once', 'twice', 'thrice', 'everyOtherDay', 'weekdays'] as const;
export type PatternChoice = (typeof PATTERN_CHOICES)[number];

/**
 * Words per translator: every dose row lists the meals and every regimen the patterns, and each message is
 * formatted anew otherwise (nine regimens' lists: over 1,000 formattings a render).
 */
const labels = new WeakMap<AppTranslator, Map<string, string>>();
function label(tr: AppTranslator, key: string, make: () => string): string {
  let known = labels.get(tr);
  if (!known) {
    known = new Map();
    labels.set(tr, known);
  }
  let text = known.get(key);
  if (text === undefined) {
    text = make();
    known.set(key, text);
  }
  return text;
}

/** A pattern choice by name, in the UI's language ("Once a day"). */
export function patternLabel(choice: PatternChoice, tr: AppTranslator = currentTranslator()): string {
  return label(tr, `pattern/${choice}`, () => tr.t('pattern.label', { choice }));
}

/** A meal by name, in the UI's language ("Breakfast"). */
export function mealLabel(meal: MealKind, tr: AppTranslator = currentTranslator()): string {
  return label(tr, `meal/${meal}`, () => tr.t('meal.label', { meal }));
}

/** The choice a pattern shows as. */
export function patternChoice(schedule: RegimenSchedule | null): PatternChoice {
  if (!schedule) return 'sliders';
  const { days, slots } = schedule.pattern;
  if (days === 'everyOtherDay') return 'everyOtherDay';
  if (days === 'weekdays') return 'weekdays';
  return slots.length >= 3 ? 'thrice' : slots.length === 2 ? 'twice' : 'once';
}

/** A meal with about the slider's fat, so switching to a pattern keeps the curve close to what it was. */
export function mealForFat(fatG: number, mealFatG: Schedule['mealFatG']): MealKind {
  if (fatG <= 0) return 'none';
  const meals: MealKind[] = ['snack', 'breakfast', 'lunch', 'dinner'];
  return meals.reduce((best, m) =>
    Math.abs(mealFatG[m] - fatG) < Math.abs(mealFatG[best] - fatG) ? m : best,
  );
}

/**
 * The schedule a pattern choice gives, keeping the single-dose edits and the clock times already chosen.
 * 'sliders' gives null (back to the regular interval; edits are kept in the undo history, not in the file).
 */
export function scheduleForChoice(
  choice: PatternChoice,
  previous: RegimenSchedule | null,
  start: ScheduleStart,
  meal: MealKind,
): RegimenSchedule | null {
  if (choice === 'sliders') return null;
  const slots = previous?.pattern.slots ?? [];
  const first = slots[0] ?? { time: start.time, meal };
  let pattern: Pattern;
  if (choice === 'twice') {
    const twice = patternFromInterval(12, first.time, first.meal)!;
    pattern = { days: 'daily', slots: [first, slots[1] ?? twice.slots[1]!] };
  } else if (choice === 'thrice') {
    // After breakfast, lunch and dinner, as "three times a day after meals" on a drug label.
    pattern = {
      days: 'daily',
      slots: [
        first,
        slots[1] ?? { time: '13:00', meal: 'lunch' },
        slots[2] ?? { time: '19:00', meal: 'dinner' },
      ],
    };
  } else {
    const days = choice === 'once' ? 'daily' : choice;
    pattern = { days, slots: [first] };
  }
  return { pattern, edits: previous?.edits ?? [], added: previous?.added ?? [] };
}

/**
 * About how many rows a regimen's list has, without listing it (at least as many as it can have, but for copies
 * set on planned doses): dose days times slots, plus the doses added by hand.
 */
export function rowsEstimate(regimen: Pick<DoseRegimen, 'schedule'>, horizonH: number): number {
  const schedule = regimen.schedule;
  if (!schedule) return 0;
  return (
    (Math.ceil(horizonH / 24) + 1) * schedule.pattern.slots.length +
    schedule.added.length +
    schedule.edits.length
  );
}

/** The pattern the sliders' interval amounts to: 24 h once a day, 12 h twice a day, 48 h every other day. */
const CHOICE_FOR_INTERVAL_H: Readonly<Record<number, PatternChoice>> = {
  24: 'once',
  12: 'twice',
  48: 'everyOtherDay',
};

/**
 * Why "Add dose" cannot start from the sliders' doses, or null when it can: an interval of 36 h has no daily
 * pattern, and missed or extra doses set on the chart would be dropped by one, so nothing is lost silently.
 */
export function addDoseBlocker(regimen: DoseRegimen): string | null {
  if (!CHOICE_FOR_INTERVAL_H[regimen.intervalH])
    return currentTranslator().t('doses.blockInterval', {
      interval: currentTranslator().num(regimen.intervalH),
    });
  if (!regimen.plainInterval) return currentTranslator().t('doses.blockChart');
  return null;
}

/**
 * "Add dose" before any pattern was chosen: the sliders' doses as the pattern they amount to, plus one added
 * dose the day after the last; null when addDoseBlocker says why not.
 */
export function scheduleWithAddedDose(
  calendar: Schedule,
  regimen: DoseRegimen,
  horizonH: number,
): RegimenSchedule | null {
  const choice = CHOICE_FOR_INTERVAL_H[regimen.intervalH];
  if (!choice || addDoseBlocker(regimen) !== null) return null;
  const schedule = scheduleForChoice(
    choice,
    null,
    calendar.start,
    mealForFat(regimen.fatG, calendar.mealFatG),
  )!;
  const rows = scheduledRows(calendar, { ...regimen, schedule }, horizonH);
  const next = addDose(compoundSchedule(regimen, schedule), nextDoseSlot(calendar, schedule, rows, horizonH));
  return { pattern: next.pattern, edits: next.edits, added: next.added };
}

/**
 * Where "Add dose" puts a new dose, always inside the run so it is listed and drawn: the day after the last
 * dose at the first slot's time and meal; when that is past the end, 4 h after the last dose (a second dose
 * that day); when that is past the end too, at the last dose's time (a double dose the user can move).
 */
export function nextDoseSlot(
  calendar: Schedule,
  schedule: RegimenSchedule,
  rows: readonly ScheduledDose[],
  horizonH: number,
): { date: string; time: string; meal: MealKind } {
  const slot = schedule.pattern.slots[0] ?? { time: calendar.start.time, meal: 'none' as const };
  const last = rows[rows.length - 1];
  if (!last) return { date: calendar.start.date, time: slot.time, meal: slot.meal };
  const inRun = (date: string, time: string) => wallTimeToH(calendar, date, time) < horizonH;
  const nextDay = addDays(last.date, 1);
  if (inRun(nextDay, slot.time)) return { date: nextDay, time: slot.time, meal: slot.meal };
  const lastMin = parseClock(last.time) ?? 0;
  const later = formatClock(lastMin + 240);
  if (lastMin + 240 < 24 * 60 && inRun(last.date, later))
    return { date: last.date, time: later, meal: slot.meal };
  return { date: last.date, time: last.time, meal: last.meal };
}

/**
 * "Mon 23" (weekday and day of month, "Mo., 23." in German), from the calendar date alone; the time box next to
 * it has the rest.
 */
export function dayLabel(date: string, locale: string = displayLocale()): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return formatWeekdayIn(locale.startsWith('en') ? 'en-GB' : locale, Date.UTC(y, m - 1, d));
}

/** The compound's name for a row. */
export function compoundLabel(compound: CompoundId): string {
  return COMPOUND_PRESETS[compound].label;
}

/** Today at 08:00 in the machine's own time zone: the start a new schedule proposes. */
export function defaultStart(now = new Date()): ScheduleStart {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const date = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return { date, time: '08:00', timeZone };
}
