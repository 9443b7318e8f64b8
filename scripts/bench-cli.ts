/**
 * Whole-process timings of the built command line (node start-up included, as a user runs it), and the same
 * one-year hourly job in R deSolve (lsoda) when Rscript is installed. Prints numbers; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCliBuilt } from './build-cli.mjs';
import { bioavailabilityFor, presetParameters, TISSUE_PRESET } from '../sim/index';

/** The job: MK-7 180 µg every 24 h with a 15 g-fat meal, one year, hourly output. */
const JOB_ARGS = ['--compound', 'mk7', '--dose-ug', '180', '--fat-g', '15', '--days', '365'];

interface Timing {
  medianMs: number;
  minMs: number;
  /** Median CPU time (user + system) of the child, from GNU time; null without /usr/bin/time. */
  cpuMedianMs: number | null;
  runs: number;
}

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Runs a command `runs` times with stdout to a file; wall-clock median and minimum, plus the median CPU time
 * (which a busy machine disturbs far less than wall time).
 */
function timeProcess(command: string, args: string[], runs: number, stdoutPath = '/dev/null'): Timing {
  const times: number[] = [];
  const cpu: number[] = [];
  const cpuFile = join(tmpdir(), `k2-bench-cpu-${process.pid}.txt`);
  for (let i = 0; i < runs; i++) {
    const fd = openSync(stdoutPath, 'w');
    const [program, argv] = GNU_TIME
      ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, command, ...args]]
      : [command, args];
    const t0 = performance.now();
    const r = spawnSync(program, argv, { stdio: ['ignore', fd, 'pipe'] });
    times.push(performance.now() - t0);
    closeSync(fd);
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr.toString()}`);
    if (GNU_TIME) {
      const [user, system] = readFileSync(cpuFile, 'utf8').trim().split(' ').map(Number);
      cpu.push((user! + system!) * 1000);
    }
  }
  rmSync(cpuFile, { force: true });
  return {
    medianMs: median(times),
    minMs: Math.min(...times),
    cpuMedianMs: cpu.length > 0 ? median(cpu) : null,
    runs,
  };
}

/** "median 120 ms, min 98 ms, CPU 110 ms (20 runs)" */
function describe(t: Timing, unit: 'ms' | 's' = 'ms'): string {
  const f = (ms: number): string => (unit === 'ms' ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`);
  const cpu = t.cpuMedianMs === null ? '' : `, CPU ${f(t.cpuMedianMs)}`;
  return `median ${f(t.medianMs)}, min ${f(t.minMs)}${cpu} (${t.runs} runs)`;
}

/** Peak resident memory (MB) of one run, from GNU time's "Maximum resident set size"; null without it. */
function peakRssMb(command: string, args: string[]): number | null {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-v', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr.toString());
  return match ? Number(match[1]) / 1024 : null;
}

function which(program: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${program}`]);
  return r.status === 0 ? r.stdout.toString().trim() : null;
}

/** The same model in R: gut -> central (first-order, lag as event times), bone and artery effect compartments. */
export function deSolveScript(outPath: string): string {
  const pk = presetParameters('mk7');
  const f = bioavailabilityFor(pk.bioavailability, 15);
  const ke = Math.LN2 / pk.tHalfH;
  return `suppressPackageStartupMessages(library(deSolve))
ka <- ${pk.kaPerH}; ke <- ${ke}; V <- ${pk.volumeL}; kb <- ${TISSUE_PRESET.bone.ke0PerH}; kr <- ${TISSUE_PRESET.artery.ke0PerH}
rhs <- function(t, y, p) list(c(-ka * y[1], ka * y[1] - ke * y[2], kb * (y[2] / V - y[3]), kr * (y[2] / V - y[4])))
horizon <- 365 * 24
doses <- seq(0, horizon - 1, by = 24) + ${pk.lagH}
doses <- doses[doses <= horizon]
events <- data.frame(var = "gut", time = doses, value = ${f} * 180, method = "add")
times <- 0:horizon
out <- lsoda(c(gut = 0, central = 0, bone = 0, artery = 0), times, rhs, NULL,
  events = list(data = events), rtol = 1e-8, atol = 1e-12)
res <- data.frame(time_h = out[, "time"], plasma_ng_per_ml = out[, "central"] / V,
  bone_ng_per_ml = out[, "bone"], artery_ng_per_ml = out[, "artery"])
write.csv(res, ${JSON.stringify(outPath)}, row.names = FALSE)
`;
}

/** Largest relative difference of plasma between two CSV files on the same grid (values above 1e-6 of the peak). */
function plasmaDifference(ours: string, theirs: string): number {
  const column = (text: string, name: string): number[] => {
    const [header, ...rows] = text.trim().split('\n');
    const index = header!
      .split(',')
      .map((h) => h.replace(/"/g, ''))
      .indexOf(name);
    return rows.map((r) => Number(r.split(',')[index]));
  };
  const a = column(ours, 'plasma_ng_per_ml');
  const b = column(theirs, 'plasma_ng_per_ml');
  if (a.length !== b.length) return NaN;
  const peak = Math.max(...a);
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i]! > 1e-6 * peak) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / a[i]!);
  }
  return worst;
}

export async function benchWholeProcess(): Promise<void> {
  const cli = await ensureCliBuilt();
  const node = process.execPath;
  const dir = mkdtempSync(join(tmpdir(), 'k2-bench-'));
  try {
    console.log(`\nWhole process (node ${process.version} start-up included), built CLI ${cli}:`);
    const oneYear = timeProcess(node, [cli, ...JOB_ARGS], 20);
    console.log(`  1 year hourly CSV to /dev/null (8,761 rows):      ${describe(oneYear)}; target <= 150 ms`);
    const bare = timeProcess(node, ['-e', '0'], 20);
    console.log(`  (node -e 0 alone, for scale:                      ${describe(bare)})`);
    const tenYears = ['--days', '3650', '--step-min', '1'];
    const summary = timeProcess(node, [cli, ...tenYears, '--format', 'summary'], 10);
    console.log(`  10 years 1-minute summary (one streaming pass):   ${describe(summary)}; target < 1 s`);
    const csvFile = join(dir, 'ten-years.csv');
    const csv = timeProcess(node, [cli, ...tenYears, '--out', csvFile], 3);
    console.log(`  10 years 1-minute CSV to a file (5,256,001 rows): ${describe(csv, 's')}`);
    rmSync(csvFile, { force: true });
    console.log('  Peak resident memory, 10 years 1-minute (GNU time -v):');
    for (const format of ['csv', 'json', 'summary']) {
      const out = join(dir, `ten-years.${format}`);
      const mb = peakRssMb(node, [cli, ...tenYears, '--format', format, '--out', out]);
      console.log(
        `    ${format.padEnd(8)} ${mb === null ? 'n/a (no /usr/bin/time)' : `${mb.toFixed(0)} MB`}`,
      );
      rmSync(out, { force: true });
    }

    const rscript = which('Rscript');
    if (rscript === null) {
      console.log('\nR deSolve comparison skipped: Rscript not found');
      return;
    }
    const timedScript = join(dir, 'job-null.R');
    writeFileSync(timedScript, deSolveScript('/dev/null'));
    const probe = spawnSync(rscript, [timedScript], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (probe.status !== 0) {
      console.log(`\nR deSolve comparison skipped: ${probe.stderr.toString().trim().split('\n')[0]}`);
      return;
    }
    const r = timeProcess(rscript, [timedScript], 10);
    const ours = timeProcess(node, [cli, ...JOB_ARGS], 10);
    // Accuracy on the same grid: one untimed run of each to files.
    const rCsv = join(dir, 'desolve.csv');
    const accuracyScript = join(dir, 'job-file.R');
    writeFileSync(accuracyScript, deSolveScript(rCsv));
    spawnSync(rscript, [accuracyScript]);
    const ourCsv = join(dir, 'k2.csv');
    spawnSync(node, [cli, ...JOB_ARGS, '--out', ourCsv]);
    const diff = plasmaDifference(readFileSync(ourCsv, 'utf8'), readFileSync(rCsv, 'utf8'));
    console.log(`\nSame job in R deSolve (lsoda, rtol 1e-8, atol 1e-12, doses as events), whole process:`);
    console.log(`  Rscript:      ${describe(r)}`);
    console.log(`  k2-simulate:  ${describe(ours)}`);
    const cpuRatio =
      r.cpuMedianMs !== null && ours.cpuMedianMs !== null
        ? `, ${(r.cpuMedianMs / ours.cpuMedianMs).toFixed(1)}x in CPU time`
        : '';
    console.log(
      `  ratio deSolve / k2-simulate: ${(r.medianMs / ours.medianMs).toFixed(1)}x in wall time${cpuRatio} (medians); plasma max relative difference ${diff.toExponential(1)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
