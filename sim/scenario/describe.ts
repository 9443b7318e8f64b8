import { formatNumberIn, NEUTRAL_LOCALE } from '../i18n/format';
import { ENGLISH, type Translator } from '../i18n/translator';
import type { CompoundId } from '../model/types';
import { COMPOUND_PRESETS } from '../presets/compounds';
import type { RegimenSchedule } from '../schedule/regimenSchedule';
import type { Schedule } from '../schedule/schema';
import { UNNAMED_SCENARIO, type Scenario, type ScenarioRegimen } from './schema';

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
export function formatAmount(value: number, locale: string = NEUTRAL_LOCALE): string {
  return formatNumberIn(locale, value, { fraction: 2 });
}

/**
 * "MK-7", "MK-7 and K1", "MK-7, MK-4 and K1".
 * @example joinWithAnd(['MK-7', 'MK-4', 'K1']) // => 'MK-7, MK-4 and K1'
 */
export function joinWithAnd(items: readonly string[], tr: Translator = ENGLISH): string {
  return tr.list(items);
}

/**
 * "30 days", "1 day", "12 h".
 * @example formatDuration(0.5) // => '12 h'
 */
export function formatDuration(horizonDays: number, tr: Translator = ENGLISH): string {
  const amount = (x: number) => formatAmount(x, tr.locale);
  if (horizonDays < 1) return tr.t('duration.h', { n: amount(horizonDays * 24) });
  const days = tr.t('duration.days', { n: horizonDays, text: amount(horizonDays) });
  return horizonDays >= 365 ? tr.t('duration.years', { days, years: amount(horizonDays / 365) }) : days;
}

/**
 * One regimen's schedule in words: "90 µg every 24 h with a 15 g-fat meal" (plus missed and extra doses), or for
 * a regimen on a calendar pattern "15,000 µg three times a day at 08:00, 13:00 and 19:00 (breakfast, lunch,
 * dinner)" (plus how many single doses were edited or added).
 */
export function scheduleInWords(r: ScenarioRegimen, calendar?: Schedule, tr: Translator = ENGLISH): string {
  if (calendar && r.schedule) return patternInWords(r.doseUg, r.schedule, tr);
  const amount = (x: number) => formatAmount(x, tr.locale);
  const meal =
    r.overrides.f !== undefined
      ? ''
      : r.fatG > 0
        ? tr.t('schedule.withMeal', { fat: amount(r.fatG) })
        : tr.t('schedule.fasted');
  const repeats = sameDayRepeatsH(r);
  if (repeats && r.doseCount !== null)
    return tr.t('schedule.timesADayAfter', {
      dose: amount(r.doseUg),
      when: tr.t('schedule.timesADay', { n: repeats.length + 1 }),
      offsets: tr.list(repeats.map(amount)),
      meal,
      count: tr.t('schedule.doseCount', { n: r.doseCount * (repeats.length + 1) }),
    });
  const count = r.doseCount === null ? '' : tr.t('schedule.doseCount', { n: r.doseCount });
  const missed = r.missedDoses.length;
  const extra = r.extraDoses.length;
  const items = [
    missed > 0 ? tr.t('schedule.missed', { n: missed }) : '',
    extra > 0 ? tr.t('schedule.extra', { n: extra }) : '',
  ].filter((s) => s !== '');
  const extras = items.length > 0 ? tr.t('schedule.extras', { items: items.join(', ') }) : '';
  return tr.t('schedule.interval', {
    dose: amount(r.doseUg),
    interval: amount(r.intervalH),
    meal,
    count,
    extras,
  });
}

/**
 * When a daily regimen's extra doses are further doses of the same amount and meal at the same hours after every
 * regular dose (the clinical MK-4 preset: 15 mg, then again 5 and 11 h later, each day), those hours; else null.
 * Such a schedule reads "three times a day", not "every 24 h ... 14 extra doses", which a class read as one dose
 * a day.
 * @example sameDayRepeatsH(clinicalMk4Regimen(2)) // => [5, 11]
 * @example sameDayRepeatsH(makeRegimen({ compound: 'mk7', doseUg: 90, doseCount: 2, extraDoses: [{ timeH: 5, amountUg: 90, fatG: 0 }] })) // => null
 */
export function sameDayRepeatsH(r: ScenarioRegimen): number[] | null {
  const days = r.doseCount;
  const extras = r.extraDoses;
  if (r.intervalH !== 24 || days === null || days < 1 || r.missedDoses.length > 0 || extras.length === 0)
    return null;
  // Each extra dose as (day, hours after that day's regular dose), to the microsecond-hour.
  const placed = extras.map((d) => {
    const sinceFirstH = d.timeH - r.firstDoseH;
    const day = Math.floor(sinceFirstH / 24);
    return {
      day,
      h: Math.round((sinceFirstH - day * 24) * 1e6) / 1e6,
      same: d.amountUg === r.doseUg && d.fatG === r.fatG,
    };
  });
  const offsetsH = [...new Set(placed.map((p) => p.h))].sort((a, b) => a - b);
  if (offsetsH[0] === 0 || offsetsH.length * days !== extras.length) return null;
  const expected = new Set<string>();
  for (let day = 0; day < days; day++) for (const h of offsetsH) expected.add(`${day}:${h}`);
  for (const p of placed) if (!p.same || !expected.delete(`${p.day}:${p.h}`)) return null;
  return expected.size === 0 ? offsetsH : null;
}

function patternInWords(doseUg: number, schedule: RegimenSchedule, tr: Translator): string {
  const { days, slots } = schedule.pattern;
  const times = tr.list(slots.map((slot) => slot.time));
  const when =
    days === 'daily'
      ? tr.t('schedule.timesADay', { n: slots.length })
      : days === 'everyOtherDay'
        ? tr.t('schedule.everyOtherDay')
        : tr.t('schedule.weekdays');
  const meals = slots.map((slot) => tr.t('meal.name', { meal: slot.meal })).join(', ');
  const changed = schedule.edits.length + schedule.added.length;
  const edits = changed > 0 ? tr.t('schedule.edits', { n: changed }) : '';
  return tr.t('schedule.pattern', { dose: formatAmount(doseUg, tr.locale), when, times, meals, edits });
}

/**
 * The shown regimens, K2 forms first, grouped by schedule: "MK-7, MK-4 and K1: 90 µg every 24 h with a 15 g-fat
 * meal". Every regimen when none is shown (the title still describes the file).
 */
export function regimenClauses(scenario: Scenario, tr: Translator = ENGLISH): string[] {
  const inOrder = (visibleOnly: boolean) =>
    CAPTION_ORDER.flatMap((id) =>
      !visibleOnly || scenario.display.visible.includes(id)
        ? scenario.regimens.filter((r) => r.compound === id)
        : [],
    );
  const shown = inOrder(true);
  const groups = new Map<string, string[]>();
  for (const r of shown.length > 0 ? shown : inOrder(false)) {
    const words = scheduleInWords(r, scenario.calendar, tr);
    groups.set(words, [...(groups.get(words) ?? []), r.label ?? COMPOUND_PRESETS[r.compound].label]);
  }
  return [...groups].map(([words, labels]) => tr.t('scenario.clause', { labels: tr.list(labels), words }));
}

/**
 * Names the app itself has given scenarios (its defaults, old presets, migrations): a scenario carrying one
 * was not named by the user, so it is titled by what it holds. Old files keep opening with a true title: a
 * personal 180 µg schedule saved as "Daily 90 µg with a meal" is no longer called that.
 */
const APP_GIVEN_NAMES: ReadonlySet<string> = new Set([
  '',
  UNNAMED_SCENARIO,
  'Migrated scenario',
  'Daily 90 µg with a meal',
  'Clinical MK-4, 15 mg three times a day after meals',
  'Clinical MK-4 (45 mg/day) vs MK-7 (90 µg/day)',
]);

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
export function describeScenario(scenario: Scenario, tr: Translator = ENGLISH): string {
  const clauses = regimenClauses(scenario, tr);
  let title = clauses[0] ?? tr.t('scenario.defaultTitle');
  for (let i = 1; i < clauses.length; i++) {
    const rest = clauses.length - i;
    const next = tr.t('scenario.titleJoin', { title, clause: clauses[i]! });
    if (next.length > MAX_GENERATED_TITLE_CHARS) {
      return tr.t('scenario.titleMore', { title, n: rest });
    }
    title = next;
  }
  return title;
}

/** The scenario's title: the user's name for it, else what it holds (describeScenario). */
export function scenarioTitle(scenario: Scenario, tr: Translator = ENGLISH): string {
  return isUserNamed(scenario) ? scenario.name : describeScenario(scenario, tr);
}
