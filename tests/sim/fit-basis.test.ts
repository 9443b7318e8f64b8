import { describe, expect, it } from 'vitest';
import { fitDataKey, fitStaleness } from '../../sim/fit/fitBasis';
import type { Scenario } from '../../sim/scenario/schema';
import { personalClause } from '../../renderer/src/export/caption';
import { weekScenario } from './scheduleWeek';

/** The week with a fit made from its own data (as the Fit button stores it). */
function fitted(): Scenario {
  const s = weekScenario();
  return { ...s, personal: { factor: 1.3, fit: { ...s.personal!.fit!, dataKey: fitDataKey(s) } } };
}

const STALE =
  'The measured levels or the doses have changed since this factor was fitted: fit again to update it.';

describe('a fit says when the data it came from have changed since', () => {
  it('a fresh fit says nothing, and neither does a fit saved before fits carried a key', () => {
    expect(fitStaleness(fitted())).toBeNull();
    expect(fitStaleness(weekScenario())).toBeNull();
    expect(personalClause(fitted())).toBe(
      '; every level ×1.3, the personal factor fitted to 2 measured levels',
    );
  });

  it('deleting a measured level, changing one or a dose of the measured compound makes it stale', () => {
    const s = fitted();
    const deleted = { ...s, measured: s.measured!.slice(1) };
    expect(fitStaleness(deleted)).toBe(STALE);
    expect(personalClause(deleted)).toBe(
      '; every level ×1.3, the personal factor fitted to 2 measured levels (the levels or doses have changed since)',
    );
    const edited = { ...s, measured: s.measured!.map((l, i) => (i === 0 ? { ...l, value: 1.2 } : l)) };
    expect(fitStaleness(edited)).toBe(STALE);
    const mk7 = s.regimens[0]!;
    const moreMk7 = { ...s, regimens: [{ ...mk7, doseUg: 200 }, s.regimens[1]!] };
    expect(fitStaleness(moreMk7)).toBe(STALE);
  });

  it('changes that do not touch the fit leave it current: a compound without levels, the name, key order', () => {
    const s = fitted();
    const mk4 = s.regimens[1]!;
    expect(fitStaleness({ ...s, regimens: [s.regimens[0]!, { ...mk4, doseUg: 500 }] })).toBeNull();
    const renamed: Scenario = { ...s, name: 'Renamed' };
    expect(fitStaleness(renamed)).toBeNull();
    const reordered = {
      ...s,
      measured: s.measured!.map((l) => Object.fromEntries(Object.entries(l).reverse())),
    };
    expect(fitStaleness(reordered as Scenario)).toBeNull();
  });
});
