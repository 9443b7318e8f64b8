import type { DoseMark, Scenario } from '../../../sim';
import { compoundSchedule, expandSchedule, hToWallTime, moveDose, setMissed } from '../../../sim/schedule';
import type { CompoundSchedule, ScheduledDose } from '../../../sim/schedule';

/** The scheduled dose behind a chart mark, with its regimen's schedule; null for an interval regimen's mark. */
function scheduledOf(
  scenario: Scenario,
  mark: DoseMark,
): { cs: CompoundSchedule; dose: ScheduledDose; index: number } | null {
  const regimen = scenario.regimens[mark.regimenIndex];
  if (!scenario.calendar || !regimen?.schedule || mark.doseId == null) return null;
  const cs = compoundSchedule(regimen, regimen.schedule);
  const dose = expandSchedule(scenario.calendar, cs, scenario.horizonDays * 24).find(
    (d) => d.id === mark.doseId,
  );
  return dose ? { cs, dose, index: mark.regimenIndex } : null;
}

function withSchedule(scenario: Scenario, index: number, cs: CompoundSchedule): Scenario {
  const schedule = { pattern: cs.pattern, edits: cs.edits, added: cs.added };
  return { ...scenario, regimens: scenario.regimens.map((r, i) => (i === index ? { ...r, schedule } : r)) };
}

/** A click or Enter on a scheduled dose's marker: missed <-> taken. Null when the mark is not a scheduled dose. */
export function toggleScheduledMark(scenario: Scenario, mark: DoseMark): Scenario | null {
  const found = scheduledOf(scenario, mark);
  if (!found) return null;
  return withSchedule(scenario, found.index, setMissed(found.cs, found.dose, !found.dose.missed));
}

/** A dragged marker: the dose is taken at `timeH` (a late or early dose). Null when not a scheduled dose. */
export function moveScheduledMark(scenario: Scenario, mark: DoseMark, timeH: number): Scenario | null {
  const found = scheduledOf(scenario, mark);
  if (!found || !scenario.calendar) return null;
  const wall = hToWallTime(scenario.calendar, timeH);
  return withSchedule(scenario, found.index, moveDose(found.cs, found.dose, timeH, wall));
}
