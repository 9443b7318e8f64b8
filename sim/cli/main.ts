/**
 * Command-line face of the simulation core; the only part of sim/ that touches files.
 * Contract (keep stable): see README "Command line". Invalid input: exit 2 and one line on standard error.
 */
import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { regimenMetrics } from '../metrics/regimenMetrics';
import { doseEvents, makeRegimen } from '../regimen/regimen';
import { molarMass, simulateRegimen, toRegimen } from '../run';
import { parseScenarioText } from '../scenario/parse';
import { MAX_OUTPUT_POINTS, MAX_SCENARIO_BYTES } from '../scenario/schema';
import { COMPOUND_PRESETS } from '../presets/compounds';
import { parseCliArgs, USAGE, UsageError, type CliOptions } from './args';
import { csvChunks, jsonOf, summaryOf, DISCLAIMER, type Run } from './format';

function runsFor(options: CliOptions): Run[] {
  if (options.scenarioPath !== null) {
    const parsed = parseScenarioText(readScenarioFile(options.scenarioPath));
    if (!parsed.ok) throw new UsageError(`${options.scenarioPath}: ${parsed.error}`);
    const s = parsed.scenario;
    return s.regimens.map((r) => {
      const regimen = toRegimen(r);
      const result = simulateRegimen(regimen, s.horizonDays * 24, s.stepMin / 60);
      const label = r.label ?? COMPOUND_PRESETS[r.compound].label;
      return {
        compound: r.compound,
        label,
        result,
        metrics: regimenMetrics(regimen, result, molarMass(r.compound)),
      };
    });
  }
  const horizonH = options.days * 24;
  const points = (horizonH * 60) / options.stepMin;
  if (points > MAX_OUTPUT_POINTS) {
    throw new UsageError(
      `--step-min ${options.stepMin} over ${options.days} days gives ${Math.round(points)} output points; the limit is ${MAX_OUTPUT_POINTS}`,
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
  const result = simulateRegimen(regimen, horizonH, options.stepMin / 60);
  const label = COMPOUND_PRESETS[options.compound].label;
  return [
    {
      compound: options.compound,
      label,
      result,
      metrics: regimenMetrics(regimen, result, molarMass(options.compound)),
    },
  ];
}

/** Reads a scenario file, refusing oversized ones before reading them whole. */
function readScenarioFile(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: cannot open scenario file (${code === 'ENOENT' ? 'no such file' : code})`);
  }
  try {
    const size = fstatSync(fd).size;
    if (size > MAX_SCENARIO_BYTES) {
      throw new UsageError(
        `${path}: file is too large for a scenario (${size} bytes; limit ${MAX_SCENARIO_BYTES})`,
      );
    }
    const buffer = Buffer.alloc(size);
    readSync(fd, buffer, 0, size, 0);
    return buffer.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function* outputChunks(options: CliOptions, runs: Run[]): Generator<string> {
  if (options.format === 'csv') yield* csvChunks(runs);
  else if (options.format === 'json') yield `${jsonOf(runs)}\n`;
  else {
    const [first, ...rest] = runs.map(summaryOf);
    yield `${JSON.stringify({ ...first, ...(rest.length > 0 ? { other_regimens: rest } : {}), note: DISCLAIMER }, null, 2)}\n`;
  }
}

/** Writes next to the target, then renames: a failed run never leaves a truncated or damaged file. */
function writeAtomically(path: string, chunks: Iterable<string>): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
    closeSync(fd);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

function main(argv: string[]): number {
  let options: CliOptions | 'help';
  try {
    options = parseCliArgs(argv);
    if (options === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const runs = runsFor(options);
    if (options.outPath !== null) writeAtomically(options.outPath, outputChunks(options, runs));
    else for (const chunk of outputChunks(options, runs)) writeSync(1, chunk);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`k2-simulate: ${e.message}\n`);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return 0;
    process.stderr.write(`k2-simulate: ${e instanceof Error ? e.message : String(e)}\n`);
    return code ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
