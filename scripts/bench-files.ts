/**
 * Freeze benchmark (issue 20, item 1): for each freeze fixture across the caps (doses, missed and extra doses,
 * added calendar doses, copies, measured levels, regimens, points, Lord Howe's 30-minute DST), the work the
 * page does on its main thread when the file is opened and saved, timed step by step:
 *   open   the file loader (parseScenarioText: depth check, JSON, schema, work caps, saved-size check);
 *   list   the dose list of each calendar regimen (expandSchedule, as the Doses panel builds its rows);
 *   save   the session autosave's text (savedScenarioText), after every change.
 * The longest of these is the file's longest main-thread block from this code (the page also draws; the e2e,
 * tests/e2e/freeze.test.ts, measures the real page). The curves (scenarioView) are computed in a worker and
 * shown for scale only. "before" is the uncached zone-offset path (Intl per dose) with the old save (pretty
 * print, UTF-8 encode, then compact); "after" is today's code. CPU time is printed beside wall time: on a
 * loaded machine wall time is inflated by other processes, CPU time much less so.
 * Run: npx tsx scripts/bench-files.ts (npm run bench runs it last).
 */
import { cpuUsage } from 'node:process';
import { fileURLToPath } from 'node:url';
import {
  MAX_SCENARIO_BYTES,
  parseScenarioText,
  savedScenarioText,
  scenarioView,
  serializeScenario,
  type Scenario,
} from '../sim/index';
import { compoundSchedule, expandSchedule, setZoneOffsetCaching } from '../sim/schedule';
import { FREEZE_FIXTURES, freezeFixtureText } from '../tests/fixtures/freezeFixtures';

/** The goal of issue 20 for any main-thread block. */
export const GOAL_BLOCK_MS = 100;

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function timed(fn: () => void): Timing {
  const c0 = cpuUsage();
  const t0 = performance.now();
  fn();
  const wallMs = performance.now() - t0;
  const c = cpuUsage(c0);
  return { wallMs, cpuMs: (c.user + c.system) / 1000 };
}

/** The best of `repeats` runs (the least disturbed by other processes). */
function best(repeats: number, fn: () => void): Timing {
  let out: Timing = { wallMs: Infinity, cpuMs: Infinity };
  for (let i = 0; i < repeats; i++) {
    const t = timed(fn);
    if (t.wallMs < out.wallMs) out = t;
  }
  return out;
}

/** The save before this change: pretty-printed, encoded to count bytes, then compact when too large. */
function oldScenarioText(s: Scenario): string {
  const pretty = serializeScenario(s);
  if (
    pretty.length <= MAX_SCENARIO_BYTES / 3 ||
    new TextEncoder().encode(pretty).length <= MAX_SCENARIO_BYTES
  )
    return pretty;
  return `${JSON.stringify(s)}\n`;
}

export interface FileBench {
  name: string;
  megabytes: number;
  outcome: string;
  before: { open: Timing; list: Timing; save: Timing };
  after: { open: Timing; list: Timing; save: Timing };
  viewWorkerMs: number;
}

function parse(text: string): Scenario {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario;
}

/** The dose lists of a scenario's calendar regimens, on fresh objects (so no earlier expansion is reused). */
function lists(s: Scenario): void {
  if (!s.calendar) return;
  for (const r of s.regimens) {
    if (r.schedule)
      expandSchedule({ ...s.calendar }, compoundSchedule(r, { ...r.schedule }), s.horizonDays * 24);
  }
}

export function benchFiles(repeats = 3): FileBench[] {
  const out: FileBench[] = [];
  for (const [name, make] of Object.entries(FREEZE_FIXTURES)) {
    const text = freezeFixtureText(make());
    const megabytes = text.length / 1e6;
    const first = parseScenarioText(text);
    if (!first.ok) {
      const refuse = best(repeats, () => parseScenarioText(text));
      const none = { wallMs: 0, cpuMs: 0 };
      out.push({
        name,
        megabytes,
        outcome: `refused: ${first.error}`,
        before: { open: refuse, list: none, save: none },
        after: { open: refuse, list: none, save: none },
        viewWorkerMs: 0,
      });
      continue;
    }
    const s = first.scenario;
    setZoneOffsetCaching(false);
    const before = {
      open: best(repeats, () => parse(text)),
      list: best(1, () => lists(s)),
      save: best(repeats, () => oldScenarioText(s)),
    };
    setZoneOffsetCaching(true);
    const after = {
      open: best(repeats, () => parse(text)),
      list: best(repeats, () => {
        setZoneOffsetCaching(true); // a cold cache each time: the first open of the file
        lists(s);
      }),
      save: best(repeats, () => savedScenarioText(s)),
    };
    const view = timed(() => scenarioView(s));
    out.push({ name, megabytes, outcome: 'opens', before, after, viewWorkerMs: view.wallMs });
  }
  return out;
}

const longest = (steps: FileBench['after']) =>
  Object.entries(steps).reduce((a, b) => (b[1].cpuMs > a[1].cpuMs ? b : a));

export function formatFileBench(rows: readonly FileBench[]): string {
  const ms = (t: Timing) => `${t.wallMs.toFixed(0)}/${t.cpuMs.toFixed(0)}`;
  const lines = [
    `Freeze fixtures: main-thread work per file, wall/CPU ms (best of runs); goal: longest block < ${GOAL_BLOCK_MS} ms`,
    `${'file'.padEnd(28)} ${'MB'.padStart(5)} | ${'before: open list save'.padEnd(26)} longest | ${'after: open list save'.padEnd(26)} longest (step)   | worker view ms`,
  ];
  for (const r of rows) {
    const [bStep, b] = longest(r.before);
    const [aStep, a] = longest(r.after);
    void bStep;
    const cells = (x: FileBench['after']) => `${ms(x.open)} ${ms(x.list)} ${ms(x.save)}`.padEnd(26);
    lines.push(
      `${r.name.padEnd(28)} ${r.megabytes.toFixed(2).padStart(5)} | ${cells(r.before)} ${b.cpuMs.toFixed(0).padStart(7)} | ${cells(r.after)} ${a.cpuMs.toFixed(0).padStart(7)} (${aStep})${a.cpuMs > GOAL_BLOCK_MS ? ' OVER GOAL' : ''} | ${r.outcome === 'opens' ? r.viewWorkerMs.toFixed(0) : r.outcome}`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatFileBench(benchFiles()));
}
