import { asSentence } from '../../sim/text/sentence';
import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  MAX_SCENARIO_BYTES,
  MIGRATIONS,
  parseScenarioText,
  SCENARIO_VERSION,
  serializeScenario,
  simulateScenario,
} from '../../sim/index';
import { migrateV1ToV2 } from '../../sim/scenario/migrations';

/** Versions whose migration has a test below. Adding a migration without a test fails the last test here. */
// 2 (v2 -> v3) is tested in tests/sim/schedule-file.test.ts.
const TESTED_MIGRATIONS = [1, 2];

describe('scenario files', () => {
  it('round-trips the default scenario exactly', () => {
    const scenario = defaultScenario();
    const parsed = parseScenarioText(serializeScenario(scenario));
    expect(parsed).toEqual({ ok: true, scenario, migratedFrom: null });
  });

  it('names the field and the problem for a negative dose', () => {
    const bad = JSON.parse(serializeScenario(defaultScenario()));
    bad.regimens[1].doseUg = -5;
    const parsed = parseScenarioText(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toBe('Regimen 2 (MK-7): the dose must be at least 0 µg, got -5');
  });

  it('names unknown compounds, wrong types and unknown fields', () => {
    const base = () => JSON.parse(serializeScenario(defaultScenario()));
    const compound = base();
    compound.regimens[0].compound = 'mk9';
    expect(parseScenarioText(JSON.stringify(compound))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Regimen 1: the compound must be one of "mk4", "mk7", "k1", got "mk9"/),
    });
    const type = base();
    type.horizonDays = '30';
    expect(parseScenarioText(JSON.stringify(type))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Duration must be a number, got "30"/),
    });
    const extra = base();
    extra.surprise = 1;
    expect(parseScenarioText(JSON.stringify(extra))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/surprise/),
    });
  });

  it('rejects truncated, empty, non-object, oversized and future-version files with a message', () => {
    const text = serializeScenario(defaultScenario());
    expect(parseScenarioText(text.slice(0, text.length / 2))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Not valid JSON.*truncated/),
    });
    // A typo is placed by line and column, counted by hand: the second comma of `  "version": 3,,` is column 16.
    expect(parseScenarioText('{\n  "format": "k2-kinetics-scenario",\n  "version": 3,,\n}')).toEqual({
      ok: false,
      error:
        'Not valid JSON at line 3, column 16: the file may be truncated, edited by hand with a typo, or not a scenario.',
    });
    expect(parseScenarioText('')).toMatchObject({ ok: false, error: expect.stringMatching(/empty/) });
    expect(parseScenarioText('[1,2]')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/JSON object/),
    });
    expect(parseScenarioText(' '.repeat(MAX_SCENARIO_BYTES + 1))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large/),
    });
    const future = { ...JSON.parse(text), version: SCENARIO_VERSION + 1 };
    expect(parseScenarioText(JSON.stringify(future))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer K2 Kinetics/),
    });
  });

  it('rejects NaN-like values and too many output points', () => {
    const s = JSON.parse(serializeScenario(defaultScenario()));
    s.stepMin = 0.01;
    s.horizonDays = 3650;
    expect(parseScenarioText(JSON.stringify(s))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/output points; the limit is 6,000,000 output points/),
    });
    expect(
      parseScenarioText(
        serializeScenario(defaultScenario()).replace('"horizonDays": 30', '"horizonDays": 1e999'),
      ),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Duration must be a finite number, got Infinity/),
    });
  });

  it('migration v1 -> v2: one regimen becomes a list and simulates the same regimen', () => {
    const v1 = { version: 1, compound: 'mk4', doseUg: 420, intervalH: 12, days: 3, fatG: 20 };
    const migrated = migrateV1ToV2(v1);
    expect(migrated).toMatchObject({
      version: 2,
      horizonDays: 3,
      regimens: [{ compound: 'mk4', doseUg: 420, intervalH: 12, fatG: 20 }],
    });
    const parsed = parseScenarioText(JSON.stringify(v1));
    expect(parsed).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!parsed.ok) return;
    const [result] = simulateScenario(parsed.scenario);
    expect(result!.timeH.length).toBe(3 * 24 + 1);
    expect(result!.intakes.map((i) => i.dose.timeH)).toEqual([0, 12, 24, 36, 48, 60]);
  });

  it('every migration has a test of its own', () => {
    expect(Object.keys(MIGRATIONS).map(Number).sort()).toEqual(TESTED_MIGRATIONS);
    expect(Math.max(...TESTED_MIGRATIONS) + 1).toBe(SCENARIO_VERSION);
  });
});

describe('messages as sentences', () => {
  it('adds a full stop only where a sentence has none', () => {
    expect(asSentence('the dose must be at least 0 µg, got -5 ')).toBe(
      'the dose must be at least 0 µg, got -5.',
    );
    expect(asSentence('File is empty.')).toBe('File is empty.');
    expect(asSentence('Really?')).toBe('Really?');
  });
});
