import type { CompoundId } from '../model/types';
import { presetParameters, type PkOverrides } from '../presets/compounds';
import { doseEvents, type DoseEvent, type ExtraDose } from '../regimen/regimen';
import { simulate, type SimulationInput } from '../simulate';
import { TISSUE_PRESET } from '../presets/compounds';
import { expandSchedule, scheduleDoseEvents, type ScheduledDose } from './expand';
import { compoundSchedule, type RegimenSchedule } from './regimenSchedule';
import type { Schedule } from './schema';

/** The parts of a scenario regimen that decide its doses (a version-3 regimen has all of them). */
export interface DoseSource {
  compound: CompoundId;
  doseUg: number;
  intervalH: number;
  firstDoseH: number;
  doseCount: number | null;
  fatG: number;
  missedDoses: number[];
  extraDoses: ExtraDose[];
  overrides: PkOverrides;
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
 */
export function regimenDoses(
  context: ScheduleContext,
  source: DoseSource,
  horizonH: number,
): { events: DoseEvent[]; scheduled: ScheduledDose[] | null } {
  if (context.calendar && source.schedule) {
    const scheduled = expandSchedule(context.calendar, compoundSchedule(source, source.schedule), horizonH);
    return { events: scheduleDoseEvents(scheduled), scheduled };
  }
  return { events: doseEvents(source, horizonH), scheduled: null };
}

/**
 * Doses with every amount multiplied by the personal factor: in a linear model this scales every
 * concentration by the factor exactly (superposition), whatever the fat or timing of each dose.
 */
export function scaleDoses(events: readonly DoseEvent[], factor: number): DoseEvent[] {
  return factor === 1 ? [...events] : events.map((d) => ({ ...d, amountUg: d.amountUg * factor }));
}

/**
 * The simulation input of one regimen of a scenario: its compound's preset with the regimen's overrides,
 * its doses as taken (regimenDoses) scaled by the personal factor. scenarioView and the command line both
 * simulate this, so a file gives the same curve everywhere.
 * @example simulate(regimenRunInput(scenario, scenario.regimens[0], 30 * 24, 1))
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
  return {
    pk: presetParameters(source.compound, source.overrides),
    tissue: TISSUE_PRESET,
    doses: scaleDoses(taken, context.personal?.factor ?? 1),
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
