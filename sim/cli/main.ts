/**
 * Command-line face of the simulation core; the only part of sim/ that touches files.
 * Contract (keep stable): see README "Command line". Invalid input: exit 2 and one line on standard error.
 *
 * Output is streamed in bounded memory: runs are plans (what to simulate), and every format walks the exact
 * grid block by block (sim/stream). That is why scenario runs do not go through `scenarioView` here: it
 * materialises every series of every regimen as whole arrays (right for a chart, 170 MB+ for ten years at
 * 1-minute resolution) and its series are display series (display units, carboxylation in %), not the CSV
 * contract's columns. The regimen conversion (`toRegimen`) and the labels are the same ones it uses.
 */
import { doseEvents, makeRegimen } from '../regimen/regimen';
import { presetParameters, TISSUE_PRESET, COMPOUND_PRESETS } from '../presets/compounds';
import { toRegimen } from '../run';
import { parseScenarioText } from '../scenario/parse';
import { MAX_OUTPUT_POINTS } from '../scenario/schema';
import { gridPointCount } from '../stream/gridStepper';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args';
import { checkOutputPath, readScenarioFile } from './files';
import { csvChunks, jsonChunks, summaryChunks, type RunPlan } from './format';
import { oneLine } from './oneLine';
import { writeToFile, writeToStdout } from './output';
import type { Regimen } from '../regimen/regimen';

function planFor(regimen: Regimen, label: string, horizonH: number, stepH: number): RunPlan {
  return {
    compound: regimen.compound,
    label,
    regimen,
    input: {
      pk: presetParameters(regimen.compound, regimen.overrides),
      tissue: TISSUE_PRESET,
      doses: doseEvents(regimen, horizonH),
      horizonH,
      stepH,
    },
  };
}

function plansFor(options: CliOptions): RunPlan[] {
  if (options.scenarioPath !== null) {
    const parsed = parseScenarioText(readScenarioFile(options.scenarioPath));
    if (!parsed.ok) throw new UsageError(`${options.scenarioPath}: ${parsed.error}`);
    const s = parsed.scenario;
    return s.regimens.map((r) =>
      planFor(
        toRegimen(r),
        r.label ?? COMPOUND_PRESETS[r.compound].label,
        s.horizonDays * 24,
        s.stepMin / 60,
      ),
    );
  }
  const horizonH = options.days * 24;
  const points = gridPointCount(horizonH, options.stepMin / 60);
  if (points > MAX_OUTPUT_POINTS) {
    throw new UsageError(
      `--step-min ${options.stepMin} over ${options.days} days gives ${points} output points; the limit is ${MAX_OUTPUT_POINTS}`,
    );
  }
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

function outputChunks(options: CliOptions, plans: RunPlan[]): Iterable<string> {
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
    const plans = plansFor(options);
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
