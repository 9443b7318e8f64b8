import type { DoseEvent } from '../regimen/regimen';
import { expandSchedule, scheduleDoseEvents, type ScheduledDose } from '../schedule/expand';
import { compoundSchedule } from '../schedule/regimenSchedule';
import type { DoseSource, ScheduleContext } from '../schedule/scenarioDoses';
import type { ScheduleChange } from './planComparison';

/**
 * The changes of a regimen against its plan, one per edited planned dose or added dose, in time order: what
 * the plan would have taken and what was taken. Linear in the doses (one expansion of each schedule).
 */

/** The plan: the regimen without single-dose edits (nothing missed, moved, doubled, changed or added). */
export function plannedSource(source: DoseSource): DoseSource {
  if (source.schedule) return { ...source, schedule: { ...source.schedule, edits: [], added: [] } };
  return { ...source, missedDoses: [] };
}

/** Does the regimen differ from its plan at all? */
export function hasChanges(context: ScheduleContext, source: DoseSource): boolean {
  if (context.calendar && source.schedule)
    return source.schedule.edits.length > 0 || source.schedule.added.length > 0;
  return source.missedDoses.length > 0;
}

const span = (planned: readonly DoseEvent[], taken: readonly DoseEvent[]) => {
  const times = [...planned, ...taken].map((d) => d.timeH);
  return { fromH: Math.min(...times), toH: Math.max(...times) };
};

/** Same doses, in effect? (Missed doses count as none.) */
function sameDoses(planned: readonly DoseEvent[], taken: readonly DoseEvent[]): boolean {
  const p = planned.filter((d) => !d.missed);
  const t = taken.filter((d) => !d.missed);
  return (
    p.length === t.length &&
    p.every((d, i) => d.timeH === t[i]!.timeH && d.amountUg === t[i]!.amountUg && d.fatG === t[i]!.fatG)
  );
}

function calendarChanges(context: ScheduleContext, source: DoseSource, horizonH: number): ScheduleChange[] {
  const calendar = context.calendar!;
  const schedule = source.schedule!;
  const plan = plannedSource(source).schedule!;
  // Doses moved up to a week past the horizon can come back into it: expand as the simulation does.
  const taken = expandSchedule(calendar, compoundSchedule(source, schedule), horizonH);
  const planned = expandSchedule(calendar, compoundSchedule(source, plan), horizonH);
  const plannedByKey = new Map<string, ScheduledDose>();
  for (const d of planned) if (d.key !== null) plannedByKey.set(d.key, d);
  const takenByKey = new Map<string, ScheduledDose[]>();
  const changes: ScheduleChange[] = [];
  for (const d of taken) {
    if (d.key === null) {
      if (d.missed) continue;
      const [event] = scheduleDoseEvents([d]);
      changes.push({
        kind: 'added',
        planned: [],
        taken: [event!],
        atH: d.timeH,
        fromH: d.timeH,
        toH: d.timeH,
      });
      continue;
    }
    const list = takenByKey.get(d.key);
    if (list) list.push(d);
    else takenByKey.set(d.key, [d]);
  }
  const edited = new Set(schedule.edits.map((e) => e.key));
  for (const key of edited) {
    const p = plannedByKey.get(key);
    const t = takenByKey.get(key) ?? [];
    if (!p && t.length === 0) continue; // outside the run either way
    const plannedEvents = p ? scheduleDoseEvents([p]) : [];
    const takenEvents = scheduleDoseEvents(t);
    if (sameDoses(plannedEvents, takenEvents)) continue;
    const first = t[0];
    const { fromH, toH } = span(plannedEvents, takenEvents);
    const base = { planned: plannedEvents, taken: takenEvents, fromH, toH };
    if (!first) {
      changes.push({ ...base, kind: 'removed', atH: p!.timeH });
    } else if (first.missed) {
      changes.push({ ...base, kind: 'missed', atH: first.timeH });
    } else {
      const movedH = first.timeH - first.plannedTimeH;
      const slotMeal = p?.meal ?? first.meal;
      changes.push({
        ...base,
        kind: 'edited',
        atH: first.timeH,
        copies: t.length,
        movedH,
        movedToClock: movedH !== 0 ? first.time : null,
        amountUg: first.amountUg !== source.doseUg ? first.amountUg : null,
        meal: first.meal !== slotMeal ? first.meal : null,
        // Named when it is not the usual fat of the meal the dose is taken with.
        fatG: first.fatG !== calendar.mealFatG[first.meal] ? first.fatG : null,
      });
    }
  }
  return changes.sort((x, y) => x.atH - y.atH);
}

/**
 * Every change of one regimen against its plan within the run: for a calendar schedule each edited planned
 * dose (missed, removed, moved, double, amount, meal, fat) and each added dose; for an interval regimen each
 * missed dose (its extra doses are part of its plan, as in the clinical MK-4 preset).
 */
export function scheduleChanges(
  context: ScheduleContext,
  source: DoseSource,
  horizonH: number,
): ScheduleChange[] {
  if (context.calendar && source.schedule) return calendarChanges(context, source, horizonH);
  const changes: ScheduleChange[] = [];
  const count = source.doseCount ?? Infinity;
  for (const k of [...new Set(source.missedDoses)].sort((a, b) => a - b)) {
    const timeH = source.firstDoseH + k * source.intervalH;
    if (k >= count || timeH >= horizonH) continue;
    const planned: DoseEvent[] = [
      { index: k, timeH, amountUg: source.doseUg, fatG: source.fatG, missed: false },
    ];
    changes.push({ kind: 'missed', planned, taken: [], atH: timeH, fromH: timeH, toH: timeH });
  }
  return changes;
}
