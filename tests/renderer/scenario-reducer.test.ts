import { describe, expect, it } from 'vitest';
import { defaultScenario, MAX_NAME_CHARS, parseScenarioText, serializeScenario } from '../../sim';
import { scenarioReducer } from '../../renderer/src/state/scenarioReducer';

describe('scenarioReducer with several regimens', () => {
  it('marks a dose missed in regimen 2 only, and restores it', () => {
    const s = defaultScenario();
    const missed = scenarioReducer(s, { type: 'toggleMissedDose', regimenIndex: 1, doseIndex: 3 });
    expect(missed.regimens.map((r) => r.missedDoses)).toEqual([[], [3], []]);
    expect(missed.regimens[0]).toBe(s.regimens[0]); // untouched, not merely equal
    expect(missed.regimens[2]).toBe(s.regimens[2]);
    const again = scenarioReducer(missed, { type: 'toggleMissedDose', regimenIndex: 1, doseIndex: 1 });
    expect(again.regimens[1]!.missedDoses).toEqual([1, 3]);
    const restored = scenarioReducer(again, { type: 'toggleMissedDose', regimenIndex: 1, doseIndex: 3 });
    expect(restored.regimens.map((r) => r.missedDoses)).toEqual([[], [1], []]);
  });

  it('ignores a regimen or dose index that does not exist', () => {
    const s = defaultScenario();
    expect(scenarioReducer(s, { type: 'toggleMissedDose', regimenIndex: 7, doseIndex: 0 })).toBe(s);
    expect(scenarioReducer(s, { type: 'toggleMissedDose', regimenIndex: 0, doseIndex: -1 })).toBe(s);
  });

  it('keeps the shared sliders editing every regimen alike', () => {
    const s = scenarioReducer(defaultScenario(), { type: 'setFat', fatG: 30 });
    expect(s.regimens.map((r) => r.fatG)).toEqual([30, 30, 30]);
  });

  it('setName trims, caps the length at the schema’s and never leaves the name empty', () => {
    const s = defaultScenario();
    expect(scenarioReducer(s, { type: 'setName', name: '  Lesson 3: MK-7 vs MK-4 ' }).name).toBe(
      'Lesson 3: MK-7 vs MK-4',
    );
    const long = scenarioReducer(s, { type: 'setName', name: 'x'.repeat(MAX_NAME_CHARS + 50) });
    expect(long.name).toHaveLength(MAX_NAME_CHARS);
    // Independent check: the file loader accepts what the reducer made.
    expect(parseScenarioText(serializeScenario(long)).ok).toBe(true);
    expect(parseScenarioText(serializeScenario({ ...s, name: 'x'.repeat(MAX_NAME_CHARS + 1) })).ok).toBe(
      false,
    );
    expect(scenarioReducer(s, { type: 'setName', name: '   ' }).name).toBe('Untitled scenario');
    expect(scenarioReducer(s, { type: 'setName', name: s.name })).toBe(s);
  });
});
