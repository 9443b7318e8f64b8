import type { CompoundId } from '../model/types';
import type { DoseEvent } from '../regimen/regimen';
import type { AddedDose, CompoundSchedule, DoseEdit, MealKind, Schedule } from './schema';
import {
  dateOfDay,
  dayNumber,
  epochToZoned,
  formatClock,
  parseClock,
  wallToEpochMs,
  weekdayOfDay,
  zonedToEpochMs,
} from './zonedTime';

const MS_PER_H = 3_600_000;
const MS_PER_MIN = 60_000;
const MS_PER_DAY = 86_400_000;

/** One intake of a compound's schedule, as the dose list shows it and the simulation takes it. */
export interface ScheduledDose {
  /** Stable identity: "2026-03-24#0/1" (planned dose key / copy) or "added/3". */
  id: string;
  /** Key of the planned dose ("2026-03-24#0"), or null for a dose added by hand. */
  key: string | null;
  /** Index into `added`, or null for a planned dose. */
  addedIndex: number | null;
  /** 0 for the first unit, 1 for the second unit of a double dose, ... */
  copy: number;
  compound: CompoundId;
  /** Hours after the schedule's start instant (real elapsed time). */
  timeH: number;
  /** Planned time before any move (h); equals timeH unless the dose was moved. */
  plannedTimeH: number;
  /** Wall-clock date and time of the intake in the schedule's zone. */
  date: string;
  time: string;
  amountUg: number;
  meal: MealKind;
  fatG: number;
  missed: boolean;
}

/** Hours from the schedule's start instant to a wall-clock date and time in its zone. */
export function wallTimeToH(schedule: Schedule, date: string, time: string): number {
  const minutes = parseClock(time);
  if (minutes === null) throw new RangeError(`not a clock time: ${time}`);
  return (zonedToEpochMs(date, minutes, schedule.start.timeZone) - startEpochMs(schedule)) / MS_PER_H;
}

/** The wall-clock date and 'HH:MM' time of a simulation time (h after the start) in the schedule's zone. */
export function hToWallTime(schedule: Schedule, timeH: number): { date: string; time: string } {
  const z = epochToZoned(startEpochMs(schedule) + Math.round(timeH * 60) * 60_000, schedule.start.timeZone);
  return { date: z.date, time: formatClock(z.minutes) };
}

/** The instant of the schedule's start (ms since 1970 UTC). */
export function startEpochMs(schedule: Schedule): number {
  const minutes = parseClock(schedule.start.time);
  if (minutes === null) throw new RangeError(`not a clock time: ${schedule.start.time}`);
  return zonedToEpochMs(schedule.start.date, minutes, schedule.start.timeZone);
}

/** Does the pattern put doses on this day? day: days since 1970; dayIndex counts days from the start date. */
function isDoseDay(days: CompoundSchedule['pattern']['days'], day: number, dayIndex: number): boolean {
  if (days === 'daily') return true;
  if (days === 'everyOtherDay') return dayIndex % 2 === 0;
  const w = weekdayOfDay(day);
  return w >= 1 && w <= 5;
}

/** The last expansions, so the list, the chart and the answers expanding the same schedule share one. */
interface Expanded {
  schedule: Schedule;
  cs: CompoundSchedule;
  horizonH: number;
  /** The lengths of edits, added and slots when expanded, in case a caller appended to the same arrays. */
  lengths: string;
  doses: readonly ScheduledDose[];
}

const lengthsOf = (cs: CompoundSchedule) =>
  `${cs.edits.length}/${cs.added.length}/${cs.pattern.slots.length}`;
const recent: Expanded[] = [];
const RECENT_EXPANSIONS = 48;

const sameSchedule = (a: CompoundSchedule, b: CompoundSchedule) =>
  a === b ||
  (a.compound === b.compound &&
    a.amountUg === b.amountUg &&
    a.pattern === b.pattern &&
    a.edits === b.edits &&
    a.added === b.added);

/**
 * Expands one compound's schedule into its doses before the horizon, in time order: the pattern's planned
 * doses on each dose day at their wall-clock times in the schedule's zone (see zonedTime.ts for the
 * daylight-saving rule), then each planned dose's edits (deleted, missed, copies, moved, amount, meal, fat),
 * plus the doses added by hand. Doses before the start instant or at/after the horizon are left out.
 * The same schedule objects (scenarios are never mutated) give the same array again without a new expansion:
 * treat it as read-only.
 * @example expandSchedule({ start: { date: '2026-03-23', time: '08:00', timeZone: 'UTC' }, mealFatG: { ...DEFAULT_MEAL_FAT_G } }, { compound: 'mk7', amountUg: 180, pattern: { days: 'daily', slots: [{ time: '08:00', meal: 'breakfast' }] }, edits: [], added: [] }, 72).map((d) => d.timeH) // => [0, 24, 48]
 */
export function expandSchedule(schedule: Schedule, cs: CompoundSchedule, horizonH: number): ScheduledDose[] {
  const lengths = lengthsOf(cs);
  const hit = recent.find(
    (e) =>
      e.schedule === schedule && e.horizonH === horizonH && e.lengths === lengths && sameSchedule(e.cs, cs),
  );
  if (hit) return hit.doses as ScheduledDose[];
  const doses = expandAfresh(schedule, cs, horizonH);
  recent.unshift({ schedule, cs, horizonH, lengths: lengthsOf(cs), doses });
  if (recent.length > RECENT_EXPANSIONS) recent.pop();
  return doses;
}

function expandAfresh(schedule: Schedule, cs: CompoundSchedule, horizonH: number): ScheduledDose[] {
  const startMs = startEpochMs(schedule);
  const zone = schedule.start.timeZone;
  const edits = new Map<string, DoseEdit>(cs.edits.map((e) => [e.key, e]));
  const fatOf = (meal: MealKind, fatG: number | undefined) => fatG ?? schedule.mealFatG[meal];
  const doses: ScheduledDose[] = [];
  const push = (
    base: Omit<ScheduledDose, 'date' | 'time' | 'timeH' | 'id' | 'copy'>,
    ms: number,
    copies: number,
    id: (copy: number) => string,
  ) => {
    const timeH = (ms - startMs) / MS_PER_H;
    if (timeH < 0 || timeH >= horizonH) return;
    const wall = epochToZoned(ms, zone);
    const time = formatClock(wall.minutes);
    for (let copy = 0; copy < copies; copy++) {
      // Spelled out, not spread from base: V8 builds a spread object with this many fields in its slow
      // dictionary form, 20 µs a dose (a ten-year, nine-regimen schedule took 2 s to expand).
      doses.push({
        id: id(copy),
        key: base.key,
        addedIndex: base.addedIndex,
        copy,
        compound: base.compound,
        timeH,
        plannedTimeH: base.plannedTimeH,
        date: wall.date,
        time,
        amountUg: base.amountUg,
        meal: base.meal,
        fatG: base.fatG,
        missed: base.missed,
      });
    }
  };

  const firstDay = dayNumber(schedule.start.date);
  if (firstDay === null) throw new RangeError(`not a date: ${schedule.start.date}`);
  const slotMinutes = cs.pattern.slots.map((slot) => parseClock(slot.time) ?? 0);
  // A planned dose may be moved up to 7 days either way: look a week beyond both ends.
  const lastDay = Math.ceil(horizonH / 24) + 8;
  for (let dayIndex = 0; dayIndex <= lastDay; dayIndex++) {
    const day = firstDay + dayIndex;
    if (!isDoseDay(cs.pattern.days, day, dayIndex)) continue;
    const date = dateOfDay(day);
    cs.pattern.slots.forEach((slot, slotIndex) => {
      const key = `${date}#${slotIndex}`;
      const edit = edits.get(key);
      if (edit?.deleted) return;
      const plannedMs = wallToEpochMs(day * MS_PER_DAY + slotMinutes[slotIndex]! * MS_PER_MIN, zone);
      const meal = edit?.meal ?? slot.meal;
      push(
        {
          key,
          addedIndex: null,
          compound: cs.compound,
          plannedTimeH: (plannedMs - startMs) / MS_PER_H,
          amountUg: edit?.amountUg ?? cs.amountUg,
          meal,
          fatG: fatOf(meal, edit?.fatG),
          missed: edit?.missed ?? false,
        },
        plannedMs + (edit?.moveMin ?? 0) * MS_PER_MIN,
        edit?.copies ?? 1,
        (copy) => `${key}/${copy}`,
      );
    });
  }
  cs.added.forEach((a: AddedDose, addedIndex) => {
    const ms = zonedToEpochMs(a.date, parseClock(a.time) ?? 0, zone);
    push(
      {
        key: null,
        addedIndex,
        compound: cs.compound,
        plannedTimeH: (ms - startMs) / MS_PER_H,
        amountUg: a.amountUg ?? cs.amountUg,
        meal: a.meal,
        fatG: fatOf(a.meal, a.fatG),
        missed: a.missed ?? false,
      },
      ms,
      1,
      () => `added/${addedIndex}`,
    );
  });
  return doses.sort((a, b) => a.timeH - b.timeH || a.id.localeCompare(b.id));
}

/** Scheduled doses as the simulation's dose events (all irregular: index null; missed ones kept, flagged). */
export function scheduleDoseEvents(doses: readonly ScheduledDose[]): DoseEvent[] {
  return doses.map((d) => ({
    index: null,
    timeH: d.timeH,
    amountUg: d.amountUg,
    fatG: d.fatG,
    missed: d.missed,
  }));
}
