import { COMPOUND_PRESETS, type CompoundId, type Scenario, type ScenarioRegimen } from '../../../sim';
import type { RegimenSchedule, Schedule } from '../../../sim/schedule';
import { formatFactor } from '../../../sim/fit/factorWords';

/** K2 forms first: the app is about MK-7 against MK-4, with K1 as the reference. */
export const CAPTION_ORDER: readonly CompoundId[] = ['mk7', 'mk4', 'k1'];

/** "1.5", "90", "1,000": at most two decimals, no trailing zeros, a decimal point whatever the locale. */
export function formatAmount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "MK-7", "MK-7 and K1", "MK-7, MK-4 and K1". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "30 days", "1 day", "12 h". */
export function formatDuration(horizonDays: number): string {
  if (horizonDays < 1) return `${formatAmount(horizonDays * 24)} h`;
  const days = `${formatAmount(horizonDays)} ${horizonDays === 1 ? 'day' : 'days'}`;
  return horizonDays >= 365 ? `${days} (${formatAmount(horizonDays / 365)} years)` : days;
}

/**
 * One regimen's schedule in words: "90 µg every 24 h with a 15 g-fat meal" (plus missed and extra doses), or for
 * a regimen on a calendar pattern "15,000 µg three times a day at 08:00, 13:00 and 19:00 (breakfast, lunch,
 * dinner)" (plus how many single doses were edited or added).
 */
export function scheduleInWords(r: ScenarioRegimen, calendar?: Schedule): string {
  if (calendar && r.schedule) return patternInWords(r.doseUg, r.schedule);
  const meal =
    r.overrides.f !== undefined ? '' : r.fatG > 0 ? ` with a ${formatAmount(r.fatG)} g-fat meal` : ', fasted';
  const count = r.doseCount === null ? '' : ` (${r.doseCount} ${r.doseCount === 1 ? 'dose' : 'doses'})`;
  const missed = r.missedDoses.length;
  const extra = r.extraDoses.length;
  const extras = [
    missed > 0 ? `${missed} missed ${missed === 1 ? 'dose' : 'doses'}` : '',
    extra > 0 ? `${extra} extra ${extra === 1 ? 'dose' : 'doses'}` : '',
  ].filter((s) => s !== '');
  const tail = extras.length > 0 ? `, ${extras.join(', ')}` : '';
  return `${formatAmount(r.doseUg)} µg every ${formatAmount(r.intervalH)} h${meal}${count}${tail}`;
}

const TIMES_A_DAY = ['', 'once a day', 'twice a day', 'three times a day'];

function patternInWords(doseUg: number, schedule: RegimenSchedule): string {
  const { days, slots } = schedule.pattern;
  const times = joinWithAnd(slots.map((slot) => slot.time));
  const when =
    days === 'daily'
      ? (TIMES_A_DAY[slots.length] ?? `${slots.length} times a day`)
      : days === 'everyOtherDay'
        ? 'every other day'
        : 'on weekdays';
  const meals = slots.map((slot) => (slot.meal === 'none' ? 'no meal' : slot.meal)).join(', ');
  const changed = schedule.edits.length + schedule.added.length;
  const edits = changed > 0 ? `, ${changed} single ${changed === 1 ? 'dose' : 'doses'} changed or added` : '';
  return `${formatAmount(doseUg)} µg ${when} at ${times} (${meals})${edits}`;
}

/**
 * The regimen in one line, for image captions and CSV headers:
 * "MK-7, MK-4 and K1: 90 µg every 24 h with a 15 g-fat meal, 30 days".
 * Compounds with the same schedule share one clause; only shown compounds are described.
 */
export function regimenCaption(scenario: Scenario): string {
  const shown = CAPTION_ORDER.flatMap((id) =>
    scenario.display.visible.includes(id) ? scenario.regimens.filter((r) => r.compound === id) : [],
  );
  const duration = formatDuration(scenario.horizonDays);
  if (shown.length === 0) return `No compound shown, ${duration}`;
  const groups = new Map<string, string[]>();
  for (const r of shown) {
    const words = scheduleInWords(r, scenario.calendar);
    groups.set(words, [...(groups.get(words) ?? []), r.label ?? COMPOUND_PRESETS[r.compound].label]);
  }
  const clauses = [...groups].map(([words, labels]) => `${joinWithAnd(labels)}: ${words}`);
  const compare = scenario.display.compareFat ? '; dashed: the same doses without fat' : '';
  return `${clauses.join('; ')}, ${duration}${compare}${personalClause(scenario)}`;
}

/**
 * "; every level × 0.35, the personal factor fitted to 4 measured levels" (or "set by hand"): a figure whose
 * curves are scaled says so in its footer. Empty for the typical person (factor 1).
 */
export function personalClause(scenario: Pick<Scenario, 'personal'>): string {
  const personal = scenario.personal;
  if (!personal || personal.factor === 1) return '';
  const fit = personal.fit;
  const from = fit ? `fitted to ${fit.n} measured level${fit.n === 1 ? '' : 's'}` : 'set by hand';
  return `; every level ×${formatFactor(personal.factor)}, the personal factor ${from}`;
}
