/** The app's scenario presets, checked against the clinical regimen's definition (menatetrenone label). */
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../sim';
import { regimenDoses } from '../../sim/schedule';
import { scenarioReducer } from '../../renderer/src/state/scenarioReducer';
import { presetScenario, SCENARIO_PRESETS } from '../../renderer/src/presets/scenarioPresets';

describe('scenario presets', () => {
  it('clinical MK-4: 15 mg at 08:00, 13:00 and 19:00 every day of the horizon, 45 mg/day, after a meal', () => {
    const { scenario } = presetScenario('clinical-mk4', 7);
    expect(scenario).not.toBeNull();
    const r = scenario!.regimens[0]!;
    expect(r.compound).toBe('mk4');
    const doses = regimenDoses(scenario!, r, 7 * 24).events;
    expect(doses.length).toBe(21);
    // Label: 15 mg three times a day = 45,000 µg per day; times 0, 5 and 11 h after the 08:00 dose.
    for (let day = 0; day < 7; day++) {
      const today = doses.filter((d) => d.timeH >= day * 24 && d.timeH < (day + 1) * 24);
      expect(today.map((d) => d.timeH - day * 24)).toEqual([0, 5, 11]);
      expect(today.reduce((s, d) => s + d.amountUg, 0)).toBe(45_000);
      expect(today.every((d) => d.fatG > 0)).toBe(true);
    }
    expect(scenario!.display.visible).toEqual(['mk4']);
  });

  it('clinical MK-4 keeps going when the Duration grows, and the Dose slider moves all three doses', () => {
    const { scenario } = presetScenario('mk4-vs-mk7', 30);
    const longer = scenarioReducer(scenario!, { type: 'setDuration', horizonDays: 60 });
    const mk4 = (s: typeof longer) => regimenDoses(s, s.regimens[0]!, s.horizonDays * 24).events;
    expect(mk4(longer).length).toBe(180); // 3 a day for 60 days; it stopped at day 30 before
    expect(Math.max(...mk4(longer).map((d) => d.timeH))).toBe(59 * 24 + 11);
    const lower = scenarioReducer(longer, { type: 'setDose', doseUg: 100 });
    expect(new Set(mk4(lower).map((d) => d.amountUg))).toEqual(new Set([100]));
  });

  it('every preset is a valid scenario for short and long durations, and the comparison uses a log axis', () => {
    for (const p of SCENARIO_PRESETS) {
      for (const days of [1, 30, 365]) {
        const built = presetScenario(p.id, days);
        expect(built.error).toBeNull();
        expect(scenarioSchema.safeParse(built.scenario).success).toBe(true);
      }
    }
    const compare = presetScenario('mk4-vs-mk7', 30).scenario!;
    expect(compare.regimens.map((r) => [r.compound, r.doseUg])).toEqual([
      ['mk4', 15_000],
      ['mk7', 90],
    ]);
    expect(compare.display.axis).toBe('log');
  });

  it('builds for the longest duration, and explains an unknown preset rather than throwing', () => {
    expect(presetScenario('clinical-mk4', 3660).error).toBeNull();
    const unknown = presetScenario('nope' as never, 30);
    expect(unknown.error).toMatch(/no preset/);
  });
});
