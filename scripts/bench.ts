/**
 * npm run bench: speed of the exact simulation core on this machine, against mathjs solveODE.
 * Prints numbers; asserts nothing (speed goals live here, not in unit tests).
 */
import { solveODE } from '../tests/support/solveOde';
import { benchWholeProcess } from './bench-cli';
import { benchPopulation, formatPopulationBench } from './bench-population';
import { benchFiles, formatFileBench } from './bench-files';
import { benchCsvWriters, benchIrregularDoses, formatDoseBench, formatWriterBench } from './bench-writers';
import { cpus } from 'node:os';
import {
  doseEvents,
  makeRegimen,
  presetParameters,
  seriesCarboxylation,
  seriesToNmolPerL,
  simulate,
  TISSUE_PRESET,
  COMPOUND_PRESETS,
  type SimulationResult,
} from '../sim/index';

const regimen = makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15 });
const pk = presetParameters('mk7');
const mw = COMPOUND_PRESETS.mk7.molarMassGPerMol.value;

/** One full job: simulate, then every derived output (nmol/L, both carboxylation readouts). */
function job(horizonH: number, stepH: number): SimulationResult {
  const result = simulate({
    pk,
    tissue: TISSUE_PRESET,
    doses: doseEvents(regimen, horizonH),
    horizonH,
    stepH,
  });
  seriesToNmolPerL(result.plasmaNgPerMl, mw);
  seriesCarboxylation(result.boneNgPerMl, TISSUE_PRESET.bone, mw);
  seriesCarboxylation(result.arteryNgPerMl, TISSUE_PRESET.artery, mw);
  return result;
}

function timeMs(fn: () => void, repeats: number): { median: number; min: number } {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]! };
}

/** Independent truth for plasma: the textbook one-compartment oral formula, summed over doses (Bateman). */
function batemanPlasma(result: SimulationResult, t: number): number {
  const ke = Math.LN2 / pk.tHalfH;
  const ka = pk.kaPerH;
  let c = 0;
  for (const intake of result.intakes) {
    const dt = t - intake.absorptionStartH;
    if (dt > 0)
      c += ((intake.absorbedUg * ka) / (pk.volumeL * (ka - ke))) * (Math.exp(-ke * dt) - Math.exp(-ka * dt));
  }
  return c;
}

function maxRelativeError(
  times: ArrayLike<number>,
  values: ArrayLike<number>,
  truth: (t: number) => number,
): number {
  let peak = 0;
  for (let i = 0; i < times.length; i++) peak = Math.max(peak, truth(times[i]!));
  let worst = 0;
  for (let i = 0; i < times.length; i++) {
    const expected = truth(times[i]!);
    if (expected > 1e-6 * peak) worst = Math.max(worst, Math.abs(values[i]! - expected) / expected);
  }
  return worst;
}

/** The same 1-year hourly job with mathjs solveODE (RK45), restarted at every output hour so doses are breakpoints. */
function solveOdeJob(horizonH: number, tol: number): { time: Float64Array; plasma: Float64Array } {
  const ke = Math.LN2 / pk.tHalfH;
  const { ka } = { ka: pk.kaPerH };
  const kb = TISSUE_PRESET.bone.ke0PerH;
  const kr = TISSUE_PRESET.artery.ke0PerH;
  const v = pk.volumeL;
  const rhs = (_t: number, y: number[]): number[] => [
    -ka * y[0]!,
    ka * y[0]! - ke * y[1]!,
    kb * (y[1]! / v - y[2]!),
    kr * (y[1]! / v - y[3]!),
  ];
  const intakes = simulate({
    pk,
    tissue: TISSUE_PRESET,
    doses: doseEvents(regimen, horizonH),
    horizonH,
    stepH: 24,
  }).intakes;
  const n = horizonH + 1;
  const time = new Float64Array(n);
  const plasma = new Float64Array(n);
  let y = [0, 0, 0, 0];
  let next = 0;
  for (let i = 0; i < n; i++) {
    const t = i;
    if (i > 0) {
      const sol = solveODE(rhs, [t - 1, t], y, { method: 'RK45', tol });
      y = sol.y[sol.y.length - 1]!;
    }
    // Absorption starts on whole hours for this regimen (lag 2 h, daily doses), so no step spans a dose.
    while (next < intakes.length && intakes[next]!.absorptionStartH <= t)
      y[0]! += intakes[next++]!.absorbedUg;
    time[i] = t;
    plasma[i] = y[1]! / v;
  }
  return { time, plasma };
}

const year = 365 * 24;
console.log(
  `K2 Kinetics benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores)`,
);
console.log(
  `Regimen: MK-7 180 µg every 24 h with 15 g fat; outputs: plasma ng/mL and nmol/L, bone and artery, both carboxylation readouts.\n`,
);

job(year, 1); // warm-up
const oneYear = timeMs(() => job(year, 1), 200);
const oneYearResult = job(year, 1);
console.log(
  `1 year, hourly (${oneYearResult.timeH.length} points, 365 doses):      median ${oneYear.median.toFixed(3)} ms, min ${oneYear.min.toFixed(3)} ms   (target < 1 ms)`,
);

const tenYearsH = 3650 * 24;
const coreOnly = (): void => {
  simulate({
    pk,
    tissue: TISSUE_PRESET,
    doses: doseEvents(regimen, tenYearsH),
    horizonH: tenYearsH,
    stepH: 1 / 60,
  });
};
coreOnly(); // warm-up
const tenYearsCore = timeMs(coreOnly, 5);
const tenYears = timeMs(() => job(tenYearsH, 1 / 60), 5);
const points = (tenYearsH * 60 + 1).toLocaleString('en');
console.log(
  `10 years, 1-minute (${points} points, 3,650 doses), time + plasma + bone + artery:  median ${tenYearsCore.median.toFixed(1)} ms, min ${tenYearsCore.min.toFixed(1)} ms   (target < 150 ms)`,
);
console.log(
  `10 years, 1-minute, plus nmol/L and both carboxylation arrays (7 x 42 MB):        median ${tenYears.median.toFixed(1)} ms, min ${tenYears.min.toFixed(1)} ms`,
);
const faultProbe = timeMs(() => new Float64Array(5_256_001).fill(1), 5);
console.log(
  `  (for scale: first write of one fresh 5.3M-point Float64Array here takes ${faultProbe.median.toFixed(1)} ms: page faults)`,
);

const exactError = maxRelativeError(oneYearResult.timeH, oneYearResult.plasmaNgPerMl, (t) =>
  batemanPlasma(oneYearResult, t),
);
const tol = 1e-8;
const odeStart = performance.now();
const ode = solveOdeJob(year, tol);
const odeMs = performance.now() - odeStart;
const odeError = maxRelativeError(ode.time, ode.plasma, (t) => batemanPlasma(oneYearResult, t));
console.log(`\n1 year, hourly, mathjs solveODE (RK45, tol ${tol}): ${odeMs.toFixed(0)} ms`);
console.log(
  `  max relative error vs analytic Bateman sum: exact core ${exactError.toExponential(2)}, solveODE ${odeError.toExponential(2)}`,
);
console.log(
  `  speed-up of the exact core: ${(odeMs / oneYear.median).toFixed(0)}x (target >= 100x at equal or better accuracy: ${
    exactError <= odeError ? 'accuracy equal or better' : 'accuracy WORSE'
  })`,
);

// Issue 16 §7: the CSV writers against JSON, and irregular doses, before and after, in one run.
console.log(`\n${formatWriterBench(benchCsvWriters())}`);
console.log(`\n${formatDoseBench(benchIrregularDoses())}`);

// Between-subject variability: 1,000 virtual people (the app's "Show variation between people").
console.log(`\n${formatPopulationBench(benchPopulation())}`);

await benchWholeProcess();

// Freeze fixtures (issue 20): the page's main-thread work per file, before and after, in one run.
console.log(`\n${formatFileBench(benchFiles())}`);

// Issue 16's interactions in Chromium (scripts/bench-browser.ts): slider steps at 3 and 6 curves, the 10-year hourly
// file's longest block, cold start, entry bundle; "before" is K2_BENCH_BEFORE (a commit, built in a temporary
// worktree), "after" this checkout's web build (K2_DIST_WEB or dist-web/, built by npm run build:web).
{
  const { buildCommit, runBrowserBench } = await import('./bench-browser');
  const after = `${process.cwd()}/${process.env.K2_DIST_WEB ?? 'dist-web'}`;
  const builds: { label: string; dist: string }[] = [];
  const before = process.env.K2_BENCH_BEFORE;
  const { existsSync, rmSync } = await import('node:fs');
  let beforeDist: string | null = null;
  if (before) {
    beforeDist = buildCommit(before);
    builds.push({ label: `before ${before.slice(0, 7)}`.slice(0, 10), dist: beforeDist });
  }
  if (existsSync(`${after}/index.html`)) builds.push({ label: 'after', dist: after });
  if (builds.length === 0) {
    console.log(
      '\n(browser measurements skipped: run npm run build:web first; K2_BENCH_BEFORE=<commit> adds a before)',
    );
  } else {
    try {
      console.log(`\n${await runBrowserBench(builds, Number(process.env.K2_BENCH_RUNS ?? 5))}`);
    } finally {
      if (beforeDist) rmSync(beforeDist, { recursive: true, force: true });
    }
  }
}
