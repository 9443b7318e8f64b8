import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  scenarioSchema,
  scenarioView,
  type Scenario,
  type ScenarioRegimen,
} from '../../sim';
import { MEAL_KINDS, regimenDoses, type DoseEdit, type MealKind } from '../../sim/schedule';
import { BOM, buildParametersCsv } from '../../renderer/src/export/csv';
import { SCENARIO_PRESETS } from '../../renderer/src/presets/scenarioPresets';
import { weekScenario } from '../sim/scheduleWeek';

/**
 * The parameters CSV must be able to rebuild the scenario: a small reader (test-only, independent of the
 * writer's code) parses it back into a scenario, and the rebuilt scenario's doses as taken (regimenDoses,
 * over sim/schedule/expand.ts) must equal the original's, dose by dose, with the factor and measured levels.
 */

type Row = { entity: string; quantity: string; value: string; unit: string; basis: string };

/** Undoes the CSV-injection prefix: "'=x" was "=x". */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function readRows(csv: string): Row[] {
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(BOM.length).trimEnd(), { newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header).toEqual(['regimen', 'quantity', 'value', 'unit', 'basis']);
  return rows.map(([entity, quantity, value, unit, basis]) => ({
    entity: unguard(entity!),
    quantity: quantity!,
    value: unguard(value!),
    unit: unit!,
    basis: basis!,
  }));
}

/** Rebuilds a scenario from the parameters rows (the file's horizon and step; display as the original's). */
function rebuild(csv: string, display: Scenario['display']): Scenario {
  const rows = readRows(csv);
  const top = (q: string) => rows.find((r) => r.entity === '' && r.quantity === q);
  const scenario: Scenario = {
    ...defaultScenario(),
    name: top('scenario')!.value,
    horizonDays: Number(top('horizon')!.value),
    stepMin: Number(top('step')!.value),
    display,
    regimens: [],
  };
  if (top('start_date')) {
    const mealFatG = Object.fromEntries(
      MEAL_KINDS.map((m) => [m, Number(top(`meal_fat_${m}`)!.value)]),
    ) as Record<MealKind, number>;
    scenario.calendar = {
      start: {
        date: top('start_date')!.value,
        time: top('start_time')!.value,
        timeZone: top('time_zone')!.value,
      },
      mealFatG,
    };
  }
  const factor = Number(top('personal_factor')!.value);
  if (factor !== 1) scenario.personal = { factor, fit: null };
  const regimens = new Map<number, ScenarioRegimen>();
  const edits = new Map<number, DoseEdit[]>();
  const measured = new Map<number, Record<string, string>>();
  for (const row of rows) {
    const level = /^measured (\d+)$/.exec(row.entity);
    if (level) {
      const m = measured.get(Number(level[1])) ?? {};
      m[row.quantity] = row.value;
      if (row.quantity === 'level') m['unit'] = row.unit;
      measured.set(Number(level[1]), m);
      continue;
    }
    const match = /^(\d+): .*?(?:, (dose \S+ \S+|added dose \d+|extra dose \d+))?$/.exec(row.entity);
    if (!match) continue;
    const index = Number(match[1]) - 1;
    const r =
      regimens.get(index) ??
      ({
        compound: 'mk7',
        doseUg: 0,
        intervalH: 24,
        firstDoseH: 0,
        doseCount: null,
        fatG: 0,
        missedDoses: [],
        extraDoses: [],
        overrides: {},
      } as ScenarioRegimen);
    regimens.set(index, r);
    const v = row.value;
    const sub = match[2];
    if (sub?.startsWith('dose ')) {
      const list = edits.get(index) ?? [];
      edits.set(index, list);
      if (row.quantity === 'key') list.push({ key: v });
      const e = list[list.length - 1]!;
      if (row.quantity === 'deleted') e.deleted = v === 'yes';
      if (row.quantity === 'missed') e.missed = v === 'yes';
      if (row.quantity === 'moved') e.moveMin = Number(v);
      if (row.quantity === 'copies') e.copies = Number(v);
      if (row.quantity === 'amount') e.amountUg = Number(v);
      if (row.quantity === 'meal') e.meal = v as MealKind;
      if (row.quantity === 'meal_fat' && row.basis === 'user') e.fatG = Number(v);
      continue;
    }
    if (sub?.startsWith('added dose ')) {
      const k = Number(sub.slice('added dose '.length)) - 1;
      const added = r.schedule!.added;
      const a = (added[k] ??= { date: '', time: '', meal: 'none' });
      if (row.quantity === 'date') a.date = v;
      if (row.quantity === 'time') a.time = v;
      if (row.quantity === 'meal') a.meal = v as MealKind;
      if (row.quantity === 'amount') a.amountUg = Number(v);
      if (row.quantity === 'meal_fat' && row.basis === 'user') a.fatG = Number(v);
      if (row.quantity === 'missed') a.missed = v === 'yes';
      continue;
    }
    if (sub?.startsWith('extra dose ')) {
      const k = Number(sub.slice('extra dose '.length)) - 1;
      const d = (r.extraDoses[k] ??= { timeH: 0, amountUg: 0, fatG: 0 });
      if (row.quantity === 'time') d.timeH = Number(v);
      if (row.quantity === 'amount') d.amountUg = Number(v);
      if (row.quantity === 'meal_fat') d.fatG = Number(v);
      continue;
    }
    const q = row.quantity;
    if (q === 'compound') r.compound = v as ScenarioRegimen['compound'];
    if (q === 'label') r.label = v;
    if (q === 'dose') r.doseUg = Number(v);
    if (q === 'interval') r.intervalH = Number(v);
    if (q === 'first_dose') r.firstDoseH = Number(v);
    if (q === 'dose_count') r.doseCount = v === 'all' ? null : Number(v);
    if (q === 'meal_fat') r.fatG = Number(v);
    if (q === 'missed_regular_doses') r.missedDoses = v === 'none' ? [] : v.split(' ').map(Number);
    if (q === 'pattern_days') {
      r.schedule = { pattern: { days: v as 'daily', slots: [] }, edits: [], added: [] };
    }
    if (q.startsWith('pattern_slot_')) {
      const [time, meal] = v.split(' ') as [string, MealKind];
      r.schedule!.pattern.slots.push({ time, meal });
    }
    if (q === 'f_fixed') r.overrides.f = Number(v);
    const override = { ka: 'kaPerH', t_half: 'tHalfH', volume: 'volumeL', lag: 'lagH' } as const;
    if (q in override && row.basis === 'user') r.overrides[override[q as keyof typeof override]] = Number(v);
  }
  for (const [index, list] of edits) regimens.get(index)!.schedule!.edits = list;
  scenario.regimens = [...regimens.keys()].sort((a, b) => a - b).map((i) => regimens.get(i)!);
  if (measured.size > 0) {
    scenario.measured = [...measured.keys()]
      .sort((a, b) => a - b)
      .map((k) => {
        const m = measured.get(k)!;
        return {
          compound: m['compound'] as 'mk7',
          date: m['date']!,
          time: m['time']!,
          value: Number(m['level']),
          unit: m['unit'] as 'ng/mL',
        };
      });
  }
  // The rebuilt scenario must be a valid file.
  return scenarioSchema.parse(scenario);
}

/** Fixtures: the week (missed, double, moved to dinner, other amount and fat, added), interval and patterns. */
function fixtures(): [string, Scenario][] {
  const week = weekScenario();
  const interval = defaultScenario();
  interval.regimens[1] = {
    ...interval.regimens[1]!,
    label: '=HYPERLINK("http://example.com","click for details")',
    missedDoses: [1, 4],
    extraDoses: [
      { timeH: 30.5, amountUg: 45, fatG: 0 },
      { timeH: 100, amountUg: 180, fatG: 25 },
    ],
    overrides: { tHalfH: 50, f: 0.2 },
  };
  interval.personal = { factor: 2.5, fit: null };
  const patterns = weekScenario();
  patterns.regimens[0]!.schedule = {
    pattern: {
      days: 'everyOtherDay',
      slots: [
        { time: '07:00', meal: 'breakfast' },
        { time: '19:00', meal: 'none' },
      ],
    },
    edits: [
      { key: '2026-03-25#1', deleted: true },
      { key: '2026-03-27#0', moveMin: -90, copies: 3, amountUg: 60, meal: 'snack' },
    ],
    added: [
      { date: '2026-03-24', time: '02:30', meal: 'snack', fatG: 7, missed: true },
      { date: '2026-03-29', time: '02:30', meal: 'dinner' },
    ],
  };
  const presets = SCENARIO_PRESETS.map((p): [string, Scenario] => [`preset ${p.id}`, p.build(30)]);
  return [
    ['week', week],
    ['interval with extra doses', interval],
    ['patterns (DST night)', patterns],
    ...presets,
  ];
}

describe('the parameters CSV rebuilds the scenario', () => {
  it.each(fixtures())('%s: same doses as taken, factor and measured levels', (_, original) => {
    const csv = buildParametersCsv(scenarioView(original, { regimens: 'all' }), { appVersion: 'test' });
    const rebuilt = rebuild(csv, original.display);
    const horizonH = original.horizonDays * 24;
    expect(rebuilt.regimens.length).toBe(original.regimens.length);
    original.regimens.forEach((r, i) => {
      const copy = rebuilt.regimens[i]!;
      expect(copy.compound).toBe(r.compound);
      expect(copy.label).toBe(r.label);
      expect(copy.overrides).toEqual(r.overrides);
      expect(regimenDoses(rebuilt, copy, horizonH).events).toEqual(
        regimenDoses(original, r, horizonH).events,
      );
    });
    expect(rebuilt.calendar).toEqual(original.calendar);
    expect(rebuilt.measured).toEqual(original.measured);
    expect(rebuilt.personal?.factor ?? 1).toBe(original.personal?.factor ?? 1);
  });

  it('says what a week with a missed, a double and a dinner dose did (not "extra_doses none")', () => {
    const csv = buildParametersCsv(scenarioView(weekScenario()), { appVersion: 'test' });
    expect(csv).not.toContain('extra_doses');
    expect(csv).toContain('1: MK-7,pattern_slot_1,08:00 breakfast,,user');
    expect(csv).toContain('"1: MK-7, dose 2026-03-24 08:00",missed,yes,,user');
    expect(csv).toContain('"1: MK-7, dose 2026-03-25 08:00",copies,2,units,user');
    expect(csv).toContain('"1: MK-7, dose 2026-03-26 08:00",taken_at,2026-03-26 19:00,,user');
    expect(csv).toContain('"1: MK-7, dose 2026-03-26 08:00",meal_fat,30,g,meal');
    expect(csv).toContain('"1: MK-7, added dose 1",amount,45,µg,user');
    expect(csv).toContain(',time_zone,Europe/Berlin,IANA,user');
    expect(csv).toContain(',start_date,2026-03-23,,user');
  });
});
