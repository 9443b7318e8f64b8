/**
 * The hostile-input probe of issue 20, rerunnable: hostile or extreme scenario files through the file loader
 * (decode + parse, what the app, the session restore and the main process use), a re-save (whatever opens
 * must save), and the real command line (`--scenario`, killed after 60 s). Prints one table:
 * tried, refused cleanly, opened, damaged, crashed, frozen.
 *   npx tsx scripts/probe-hostile.ts            (about two minutes on 2 cores)
 * The app's number boxes and the page's freezes are probed in the browser e2e (tests/e2e/), not here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCliBuilt } from './build-cli.mjs';
import {
  decodeScenarioBytes,
  defaultScenario,
  MAX_SCENARIO_BYTES,
  parseScenarioText,
  serializeScenario,
} from '../sim/index';
import { pathsOf, richScenario, setAt } from '../tests/support/mutate';

type Outcome = 'refused' | 'opened' | 'damaged' | 'crashed' | 'frozen';
interface Probe {
  name: string;
  bytes: Uint8Array;
}

const text = (s: string) => new TextEncoder().encode(s);

function calendarScenario(startDate: string, horizonDays: number): Record<string, unknown> {
  const s = defaultScenario();
  return {
    ...s,
    horizonDays,
    calendar: { start: { date: startDate, time: '08:00', timeZone: 'Europe/Berlin' } },
    regimens: [
      {
        ...s.regimens[0]!,
        schedule: {
          pattern: { days: 'daily', slots: [{ time: '08:00', meal: 'breakfast' }] },
          edits: [{ key: `${startDate}#0`, missed: true }],
          added: [],
        },
      },
    ],
  };
}

function probes(): Probe[] {
  const out: Probe[] = [];
  const add = (name: string, value: unknown) => out.push({ name, bytes: text(JSON.stringify(value)) });
  const base = richScenario();
  // Nesting in every top-level field and inside a regimen.
  for (const field of [
    'name',
    'notes',
    'regimens',
    'calendar',
    'measured',
    'personal',
    'display',
    'horizonDays',
  ]) {
    for (const depth of [20, 1_000, 100_000]) {
      const marker = '"__NEST__"';
      const json = JSON.stringify({ ...base, [field]: '__NEST__' }).replace(
        marker,
        '['.repeat(depth) + ']'.repeat(depth),
      );
      out.push({ name: `nested ${depth} in ${field}`, bytes: text(json) });
    }
  }
  // Calendars at and past the dates the code handles.
  for (const [date, days] of [
    ['9999-12-31', 1],
    ['9999-12-01', 30],
    ['9999-11-21', 30],
    ['9990-01-01', 3660],
    ['1899-12-31', 1],
    ['1900-01-01', 1],
    ['2026-03-29', 3660],
  ] as const) {
    add(`calendar from ${date}, ${days} days`, calendarScenario(date, days));
  }
  // Extreme values at every leaf of a scenario with every optional part.
  const values: unknown[] = [
    1e308,
    -1e308,
    5e-324,
    -0,
    1e-7,
    3661,
    1e6,
    8e4,
    'x'.repeat(10_000),
    null,
    [],
    {},
    true,
  ];
  for (const path of pathsOf(base).filter((p) => p.length > 0)) {
    for (const v of values)
      add(`${path.join('.')} = ${JSON.stringify(v)?.slice(0, 20)}`, setAt(base, path, v));
  }
  // Text-level damage.
  const valid = serializeScenario(defaultScenario());
  out.push({ name: 'empty', bytes: text('') });
  out.push({ name: 'BOM only', bytes: text('\uFEFF') });
  out.push({ name: 'truncated half', bytes: text(valid.slice(0, valid.length / 2)) });
  out.push({ name: 'invalid UTF-8', bytes: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) });
  out.push({
    name: 'over the size limit',
    bytes: text(valid.replace('{', `{"notes":"${'x'.repeat(MAX_SCENARIO_BYTES)}",`)),
  });
  out.push({
    name: 'numbers written 8e4 style, near the size limit',
    bytes: text(JSON.stringify({ ...base, measured: [] }).replace(/"doseUg":\s*\d+/, '"doseUg":8e4')),
  });
  out.push({
    name: 'formula name',
    bytes: text(JSON.stringify({ ...base, name: '=HYPERLINK("http://x","click")' })),
  });
  out.push({
    name: 'control characters in name',
    bytes: text(JSON.stringify({ ...base, name: '\u001b[31mred\u0000\u2028' })),
  });
  for (const f of [
    'at-cap-doses',
    'over-cap-doses',
    'at-cap-points',
    'over-cap-points',
    'heavy',
    'v1',
    'future-version',
  ]) {
    out.push({ name: `fixture ${f}`, bytes: readFileSync(join('tests/fixtures', `${f}.k2.json`)) });
  }
  return out;
}

/** What the file loader does with it, and whether what opened saves and reopens within the limit. */
function loader(bytes: Uint8Array): Outcome {
  try {
    const decoded = decodeScenarioBytes(bytes);
    if (!decoded.ok) return 'refused';
    const parsed = parseScenarioText(decoded.text);
    if (!parsed.ok)
      return parsed.error.length > 0 && !/call stack|RangeError/.test(parsed.error) ? 'refused' : 'crashed';
    const saved = serializeScenario(parsed.scenario);
    return saved.length <= MAX_SCENARIO_BYTES && parseScenarioText(saved).ok ? 'opened' : 'damaged';
  } catch {
    return 'crashed';
  }
}

/** What the real command line does: exit 0 ran, 2 refused in words, anything else crashed, no end frozen. */
function cli(path: string, cliPath: string): Outcome {
  const r = spawnSync(process.execPath, [cliPath, '--scenario', path, '--format', 'summary'], {
    timeout: 60_000,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return 'frozen';
  if (r.status === 0) return 'opened';
  if (r.status === 2 && /^k2-simulate: [^\n]+\n$/.test(r.stderr)) return 'refused';
  return 'crashed';
}

async function main(): Promise<void> {
  const cliPath = await ensureCliBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'k2-probe-'));
  const all = probes();
  const table = { loader: new Map<Outcome, number>(), cli: new Map<Outcome, number>() };
  const bad: string[] = [];
  for (const [i, p] of all.entries()) {
    const file = join(dir, `p${i}.json`);
    writeFileSync(file, p.bytes);
    const l = loader(p.bytes);
    const c = cli(file, cliPath);
    table.loader.set(l, (table.loader.get(l) ?? 0) + 1);
    table.cli.set(c, (table.cli.get(c) ?? 0) + 1);
    if (l === 'crashed' || l === 'damaged' || c === 'crashed' || c === 'frozen')
      bad.push(`${p.name}: loader ${l}, command line ${c}`);
    // The loader and the command line must agree on whether a file is a scenario.
    if ((l === 'refused') !== (c === 'refused')) bad.push(`${p.name}: loader ${l} but command line ${c}`);
  }
  rmSync(dir, { recursive: true, force: true });
  const row = (name: string, m: Map<Outcome, number>) =>
    `| ${name} | ${all.length} | ${m.get('refused') ?? 0} | ${m.get('opened') ?? 0} | ${m.get('damaged') ?? 0} | ${m.get('crashed') ?? 0} | ${m.get('frozen') ?? 0} |`;
  console.log('| boundary | tried | refused cleanly | opened | damaged | crashed | frozen |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(row('file loader + re-save', table.loader));
  console.log(row('command line --scenario', table.cli));
  if (bad.length > 0) console.log(`\nProblems (${bad.length}):\n${bad.join('\n')}`);
}

void main();
