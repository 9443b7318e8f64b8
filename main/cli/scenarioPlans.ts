import { COMPOUND_PRESETS } from '../../sim/presets/compounds';
import { toRegimen } from '../../sim/scenario/toRegimen';
import { parseScenarioText } from '../../sim/scenario/parse';
import { regimenDoses, regimenRunInput } from '../../sim/schedule/scenarioDoses';
import { UsageError } from './args';
import { readScenarioFile } from './scenarioFile';
import { planFor, type RunPlan } from '../../sim/cli/format';

/**
 * The plans of a scenario file, one per regimen, in file order. A separate module so the command line loads
 * the parser (and zod) only for scenario runs.
 *
 * Why not `scenarioView` here: it simulates every series of every regimen into whole arrays (right for a chart;
 * hundreds of MB for ten years at 1-minute resolution) and its series are display series (display units,
 * carboxylation in %), not the CSV contract's columns. The command line streams instead (sim/stream); the
 * regimen conversion (`toRegimen`) is the one scenarioView uses.
 */
export function scenarioPlans(path: string): RunPlan[] {
  const parsed = parseScenarioText(readScenarioFile(path));
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
  const s = parsed.scenario;
  const horizonH = s.horizonDays * 24;
  const stepH = s.stepMin / 60;
  return s.regimens.map((r) => ({
    // As scenarioView: a calendar pattern's interval equivalent, so its trough and steady state exist.
    ...planFor(
      regimenDoses(s, r, horizonH).intervalEquivalent ?? toRegimen(r),
      r.label ?? COMPOUND_PRESETS[r.compound].label,
      horizonH,
      stepH,
    ),
    // Version 3: doses from the calendar schedule, scaled by the personal factor, exactly as scenarioView.
    input: regimenRunInput(s, r, horizonH, stepH),
  }));
}
