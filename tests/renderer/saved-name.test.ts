/**
 * A saved file's name is only ever a name the user typed (new-user finding: a file kept the preset's name after
 * the schedule was changed, so it said one regimen while holding another). The file is read back with the app's
 * own parser; the title shown for an untitled scenario is what it holds, in English, German and Japanese.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenarioText, UNNAMED_SCENARIO, type Scenario } from '../../sim';
import { scenarioTitle } from '../../sim/scenario/describe';
import { simTranslator } from '../../sim/i18n/translator';
import { presetScenario, SCENARIO_PRESETS } from '../../renderer/src/presets/scenarioPresets';
import { scenarioReducer } from '../../renderer/src/state/scenarioReducer';
import { scenarioTextOf } from '../../renderer/src/state/scenarioText';

/** The name a saved scenario file carries, read back by the file parser. */
function savedName(scenario: Scenario): string {
  const parsed = parseScenarioText(scenarioTextOf(scenario));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.scenario.name;
}

describe('the name a saved scenario carries', () => {
  it('every preset and the starting scenario are untitled, before and after the schedule changes', () => {
    const starts = [defaultScenario(), ...SCENARIO_PRESETS.map((p) => presetScenario(p.id, 30).scenario!)];
    for (const start of starts) {
      expect(savedName(start)).toBe(UNNAMED_SCENARIO);
      const edited = scenarioReducer(scenarioReducer(start, { type: 'setDose', doseUg: 180 }), {
        type: 'setInterval',
        intervalH: 12,
      });
      expect(savedName(edited)).toBe(UNNAMED_SCENARIO);
    }
  });

  it("a file opened with a name the app once gave (an old preset's) is saved untitled; a typed name is kept as typed", () => {
    const old = { ...defaultScenario(), name: 'Clinical MK-4, 15 mg three times a day after meals' };
    const edited = scenarioReducer(old, { type: 'setDose', doseUg: 180 });
    expect(savedName(edited)).toBe(UNNAMED_SCENARIO);
    const typed = scenarioReducer(edited, { type: 'setName', name: '  My MK-7 week ' });
    expect(savedName(typed)).toBe('My MK-7 week');
    expect(savedName(scenarioReducer(typed, { type: 'setDose', doseUg: 90 }))).toBe('My MK-7 week');
  });

  it('an untitled scenario is titled by what it holds in each language, never by a preset name', () => {
    const edited = scenarioReducer(presetScenario('clinical-mk4', 30).scenario!, {
      type: 'setDose',
      doseUg: 10_000,
    });
    const titles = ['en-GB', 'de-DE', 'ja-JP'].map((l) => scenarioTitle(edited, simTranslator(l)));
    for (const title of titles) {
      expect(title).not.toMatch(/Clinical|15 mg|Untitled/);
      expect(title).toMatch(/MK-4/);
      // 10 mg, the dose after the edit, in that language's digits (10 mg or 10.000 µg / 10,000 µg).
      expect(title).toMatch(/10[.,\s]?000 µg|10 mg/);
    }
    expect(new Set(titles).size).toBe(3);
  });
});
