/**
 * Command-line face of the simulation core; the only part of sim/ that touches files.
 * Contract (keep stable): see README "Command line". Invalid input: exit 2 and one line on standard error.
 *
 * Output is streamed in bounded memory: runs are plans (what to simulate), and every format walks the exact
 * grid block by block (sim/stream). Scenario files are read in scenarioPlans.ts (loaded on demand), which also
 * says why scenario runs do not go through `scenarioView` here.
 */
import { doseEvents, makeRegimen } from '../../sim/regimen/regimen';
import { COMPOUND_PRESETS } from '../../sim/presets/compounds';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args';
import { checkOutputPath } from './files';
import { csvChunks, jsonChunks, planFor, summaryChunks, type RunPlan } from '../../sim/cli/format';
import { oneLine } from '../../sim/text/oneLine';
import { populationOutputs } from '../../sim/cli/population';
import { writeToFile, writeToStdout } from './output';

async function plansFor(options: CliOptions): Promise<RunPlan[]> {
  if (options.scenarioPath !== null) {
    // Loaded only for scenario runs: parsing brings in zod, which costs start-up time every other run can skip.
    const { scenarioPlans } = await import('./scenarioPlans');
    return scenarioPlans(options.scenarioPath);
  }
  const horizonH = options.days * 24;
  // The work cap (output points, doses) is checked with the arguments (args.ts, scenario/work.ts).
  const regimen = makeRegimen({
    compound: options.compound,
    doseUg: options.doseUg,
    intervalH: options.intervalH,
    doseCount: options.doses,
    fatG: options.fatG,
    overrides: options.overrides,
  });
  if (doseEvents(regimen, horizonH).length === 0 && options.doses !== 0) {
    throw new UsageError('no dose falls inside the simulated time; increase --days');
  }
  return [planFor(regimen, COMPOUND_PRESETS[options.compound].label, horizonH, options.stepMin / 60)];
}

function outputChunks(options: CliOptions, plans: RunPlan[]): Iterable<string | Uint8Array> {
  if (options.subjects > 1) {
    const p = populationOutputs(plans, options.subjects, options.seed);
    if (options.format === 'csv') return csvChunks(plans, p.columns);
    if (options.format === 'json') return jsonChunks(plans, p.summaries);
    return summaryChunks(plans, p.summaries);
  }
  if (options.format === 'csv') return csvChunks(plans);
  if (options.format === 'json') return jsonChunks(plans);
  return summaryChunks(plans);
}

/** The one way anything reaches standard error: one line, control characters escaped. */
function complain(message: string): void {
  process.stderr.write(`k2-simulate: ${oneLine(message)}\n`);
}

async function main(argv: string[]): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options === 'help') {
      await writeToStdout([`${USAGE}\n`]);
      return 0;
    }
    if (options.outPath !== null) checkOutputPath(options.outPath, options.scenarioPath);
    const plans = await plansFor(options);
    const chunks = outputChunks(options, plans);
    if (options.outPath !== null) await writeToFile(options.outPath, chunks);
    else await writeToStdout(chunks);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      complain(e.message);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    complain(e instanceof Error ? e.message : String(e));
    return code ? 2 : 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
