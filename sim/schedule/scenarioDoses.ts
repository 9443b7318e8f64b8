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
 * The simulation input of one regimen of a scenario: its compound's preset with the regimen's overrides and
 * the personal factor as the subject's bioavailability factor (pk.fFactor, the same knob the population
 * model varies), and its doses as taken (regimenDoses). In the linear model the factor scales every
 * concentration exactly while F · factor stays below 1 (F is capped at 1). scenarioView and the command
 * line both simulate this, so a file gives the same curve everywhere.
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
