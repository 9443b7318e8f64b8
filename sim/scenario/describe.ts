import type { CompoundId } from '../model/types';
import { COMPOUND_PRESETS } from '../presets/compounds';
import type { RegimenSchedule } from '../schedule/regimenSchedule';
import type { Schedule } from '../schedule/schema';
import type { Scenario, ScenarioRegimen } from './schema';

/**
 * A scenario in words: its regimens' schedules, and the title it carries until the user names it. One
 * implementation for the window title, file names, figure titles, captions, CSV headers and scenes.
 */

/** K2 forms first: the app is about MK-7 against MK-4, with K1 as the reference. */
export const CAPTION_ORDER: readonly CompoundId[] = ['mk7', 'mk4', 'k1'];

/**
 * "1.5", "90", "1,000": at most two decimals, no trailing zeros, a decimal point whatever the locale.
 * @example formatAmount(15000) // => '15,000'
 */
export function formatAmount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/**
 * "MK-7", "MK-7 and K1", "MK-7, MK-4 and K1".
 * @example joinWithAnd(['MK-7', 'MK-4', 'K1']) // => 'MK-7, MK-4 and K1'
 */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * "30 days", "1 day", "12 h".
 * @example formatDuration(0.5) // => '12 h'
 */
export function formatDuration(horizonDays: number): string {
  if (horizonDays < 1) return `${formatAmount(horizonDays * 24)} h`;
  const days = `${formatAmount(horizonDays)} ${horizonDays === 1 ? 'day' : 'days'}`;
  return horizonDays >= 365 ? `${days} (${formatAmount(horizonDays / 365)} years)` : days;
}

/** "1 dose", "2 doses". */
function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
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
  const count = r.doseCount === null ? '' : ` (${countOf(r.doseCount, 'dose')})`;
  const missed = r.missedDoses.length;
  const extra = r.extraDoses.length;
  const extras = [
    missed > 0 ? countOf(missed, 'missed dose') : '',
    extra > 0 ? countOf(extra, 'extra dose') : '',
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
 * The shown regimens, K2 forms first, grouped by schedule: "MK-7, MK-4 and K1: 90 µg every 24 h with a 15 g-fat
 * meal". Every regimen when none is shown (the title still describes the file).
 */
export function regimenClauses(scenario: Scenario): string[] {
  const inOrder = (visibleOnly: boolean) =>
    CAPTION_ORDER.flatMap((id) =>
      !visibleOnly || scenario.display.visible.includes(id)
        ? scenario.regimens.filter((r) => r.compound === id)
        : [],
    );
  const shown = inOrder(true);
  const groups = new Map<string, string[]>();
  for (const r of shown.length > 0 ? shown : inOrder(false)) {
    const words = scheduleInWords(r, scenario.calendar);
    groups.set(words, [...(groups.get(words) ?? []), r.label ?? COMPOUND_PRESETS[r.compound].label]);
  }
  return [...groups].map(([words, labels]) => `${joinWithAnd(labels)}: ${words}`);
}

/**
 * Names the app itself has given scenarios (its defaults, old presets, migrations): a scenario carrying one
 * was not named by the user, so it is titled by what it holds. Old files keep opening with a true title: a
 * personal 180 µg schedule saved as "Daily 90 µg with a meal" is no longer called that.
 */
const APP_GIVEN_NAMES: ReadonlySet<string> = new Set([
  '',
  'Untitled scenario',
  'Migrated scenario',
  'Daily 90 µg with a meal',
  'Clinical MK-4, 15 mg three times a day after meals',
  'Clinical MK-4 (45 mg/day) vs MK-7 (90 µg/day)',
]);

/** The name the app gives a scenario the user has not named (the schema's default). */
export const UNNAMED_SCENARIO = 'Untitled scenario';

/**
 * True when the user typed the scenario's name (it then titles everything, as typed).
 * @example isUserNamed({ name: 'Untitled scenario' }) // => false
 */
export function isUserNamed(scenario: Pick<Scenario, 'name'>): boolean {
  return !APP_GIVEN_NAMES.has(scenario.name.trim());
}

/** Titles longer than this are cut at a clause ("…; and 2 more regimens"), so file names and slide titles stay readable. */
const MAX_GENERATED_TITLE_CHARS = 160;

/**
 * What the scenario holds, as its title until the user names it: "MK-7: 180 µg once a day at 08:00 (breakfast),
 * 2 single doses changed or added". Shown regimens only, grouped by schedule.
 */
export function describeScenario(scenario: Scenario): string {
  const clauses = regimenClauses(scenario);
  let title = clauses[0] ?? 'Vitamin K levels over time';
  for (let i = 1; i < clauses.length; i++) {
    const rest = clauses.length - i;
    const next = `${title}; ${clauses[i]}`;
    if (next.length > MAX_GENERATED_TITLE_CHARS) {
      return `${title}; and ${countOf(rest, 'more regimen')}`;
    }
    title = next;
  }
  return title;
}

/** The scenario's title: the user's name for it, else what it holds (describeScenario). */
export function scenarioTitle(scenario: Scenario): string {
  return isUserNamed(scenario) ? scenario.name : describeScenario(scenario);
}
