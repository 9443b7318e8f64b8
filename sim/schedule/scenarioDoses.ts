import { presetParameters } from '../presets/compounds';
import { doseEvents, type DoseEvent, type Regimen } from '../regimen/regimen';
import { simulate, type SimulationInput } from '../simulate';
import { TISSUE_PRESET } from '../presets/compounds';
import { expandSchedule, scheduleDoseEvents, type ScheduledDose } from './expand';
import { compoundSchedule, type RegimenSchedule } from './regimenSchedule';
import type { Pattern, Schedule } from './schema';
import { parseClock } from './zonedTime';

/** The parts of a scenario regimen that decide its doses (a version-3 regimen has all of them). */
export interface DoseSource extends Regimen {
  /** The regimen's calendar schedule; used when the scenario has a calendar. */
  schedule?: RegimenSchedule | undefined;
}

/** The parts of a scenario that place doses in time and scale exposure. */
export interface ScheduleContext {
  calendar?: Schedule | undefined;
  personal?: { factor: number } | undefined;
}

/**
 * The doses of one regimen as the user takes them: from its calendar schedule when the scenario has a
 * calendar and the regimen a schedule, else from its regular interval, missed and extra doses (version 2).
 * `scheduled` lists the calendar doses with their ids, dates and meals (null for an interval regimen).
 * `intervalEquivalent`: for a calendar pattern of equally spaced doses of one amount and one meal fat (once a
 * day, every other day, twice a day with the same meal), the interval regimen it amounts to, the regular
 * schedule its steady state, trough and accumulation ratio are defined on; its planned doses then count as
 * regular (a moved, copied, re-dosed or added one as an extra dose). Null otherwise: an interval regimen is
 * its own, and other patterns have none.
 */
export function regimenDoses(
  context: ScheduleContext,
  source: DoseSource,
  horizonH: number,
): { events: DoseEvent[]; scheduled: ScheduledDose[] | null; intervalEquivalent: Regimen | null } {
  if (context.calendar && source.schedule) {
    const scheduled = expandSchedule(context.calendar, compoundSchedule(source, source.schedule), horizonH);
    const regular = patternAsInterval(context.calendar, source.schedule.pattern);
    const firstPlanned = scheduled.find((d) => d.key !== null);
    if (!regular || !firstPlanned) {
      return { events: scheduleDoseEvents(scheduled), scheduled, intervalEquivalent: null };
    }
    const firstDoseH = firstPlanned.plannedTimeH;
    const isRegular = (d: ScheduledDose) =>
      d.key !== null &&
      d.copy === 0 &&
      d.timeH === d.plannedTimeH &&
      d.amountUg === source.doseUg &&
      d.fatG === regular.fatG;
    const events = scheduleDoseEvents(scheduled).map((e, i) => {
      const d = scheduled[i]!;
      // Wall-clock doses drift by the daylight-saving hour: the nearest slot of the interval is its number.
      return isRegular(d)
        ? { ...e, index: Math.round((d.plannedTimeH - firstDoseH) / regular.intervalH) }
        : e;
    });
    const intervalEquivalent: Regimen = {
      compound: source.compound,
      doseUg: source.doseUg,
      intervalH: regular.intervalH,
      firstDoseH,
      doseCount: null,
      fatG: regular.fatG,
      missedDoses: [],
      extraDoses: [],
      overrides: source.overrides,
    };
    return { events, scheduled, intervalEquivalent };
  }
  return { events: doseEvents(source, horizonH), scheduled: null, intervalEquivalent: null };
}

/**
 * The interval and meal fat of a pattern whose doses are equally spaced around its cycle (24 h daily, 48 h
 * every other day) with one meal fat, or null (weekdays only, uneven times, meals of different fat).
 * @example patternAsInterval({ start: { date: '2026-03-23', time: '08:00', timeZone: 'UTC' }, mealFatG: { ...DEFAULT_MEAL_FAT_G } }, { days: 'daily', slots: [{ time: '08:00', meal: 'breakfast' }] }) // => { intervalH: 24, fatG: 15 }
 */
export function patternAsInterval(
  calendar: Schedule,
  pattern: Pattern,
): { intervalH: number; fatG: number } | null {
  const cycleMin = pattern.days === 'daily' ? 1440 : pattern.days === 'everyOtherDay' ? 2880 : null;
  if (cycleMin === null || pattern.slots.length === 0) return null;
  const fats = new Set(pattern.slots.map((slot) => calendar.mealFatG[slot.meal]));
  if (fats.size !== 1) return null;
  const minutes = pattern.slots.map((slot) => parseClock(slot.time) ?? 0).sort((a, b) => a - b);
  const spacing = cycleMin / minutes.length;
  // Every gap, the one across midnight (or across the day off) included, must be the same.
  const gaps = minutes.map((m, i) => (i + 1 < minutes.length ? minutes[i + 1]! : minutes[0]! + cycleMin) - m);
  if (gaps.some((gap) => gap !== spacing)) return null;
  return { intervalH: spacing / 60, fatG: [...fats][0]! };
}

/**
 * The simulation input of one regimen of a scenario: its compound's preset with the regimen's overrides and
 * the personal factor as the subject's bioavailability factor (pk.fFactor, the same knob the population
 * model varies), and its doses as taken (regimenDoses). In the linear model the factor scales every
 * concentration exactly while F · factor stays below 1 (F is capped at 1). scenarioView and the command
 * line both simulate this, so a file gives the same curve everywhere.
 * @example regimenRunInput(defaultScenario(), defaultScenario().regimens[0], 30 * 24, 1).doses.length // => 30
 */
export function regimenRunInput(
  context: ScheduleContext,
  source: DoseSource,
  horizonH: number,
  stepH: number,
  options: { withoutFat?: boolean } = {},
): SimulationInput {
  const { events } = regimenDoses(context, source, horizonH);
  const taken = options.withoutFat ? events.map((d) => ({ ...d, fatG: 0 })) : events;
  const pk = presetParameters(source.compound, source.overrides);
  const factor = context.personal?.factor ?? 1;
  return {
    pk: factor === 1 ? pk : { ...pk, fFactor: (pk.fFactor ?? 1) * factor },
    tissue: TISSUE_PRESET,
    doses: taken,
    horizonH,
    stepH,
  };
}

/** Simulates one regimen of a scenario as regimenRunInput describes. */
export function simulateRegimenAsTaken(
  context: ScheduleContext,
  source: DoseSource,
  horizonH: number,
  stepH: number,
  options: { withoutFat?: boolean } = {},
) {
  return simulate(regimenRunInput(context, source, horizonH, stepH, options));
}
