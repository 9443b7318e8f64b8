/**
 * README examples computed by the app's own code (tests/sim/docsNumbers.test.ts checks the generated file).
 */
import { scheduleAnswers } from '../sim/answers/scheduleAnswers';
import { makeRegimen, simulateRegimen } from '../sim/index';

/** The Answers panel's missed-dose example: 180 µg MK-7 daily with a 15 g-fat breakfast, day 2's dose missed. */
export function missedDoseExample(): string {
  const source = makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15, missedDoses: [1] });
  const horizonDays = 30;
  const a = scheduleAnswers({}, source, horizonDays, 60);
  const below = a.comparison?.below;
  if (!below || below.extremeFraction === null || a.comparison?.agreeFromH == null) {
    throw new Error('The missed-dose example no longer lowers the level.');
  }
  // The trough before the third dose takes effect (the lowest level between its intake at 48 h and 72 h).
  const low = (missedDoses: number[]) => {
    const r = simulateRegimen({ ...source, missedDoses }, horizonDays * 24, 1 / 60);
    let min = Infinity;
    r.timeH.forEach((t, i) => {
      if (t >= 48 && t <= 72) min = Math.min(min, r.plasmaNgPerMl[i]!);
    });
    return min;
  };
  return (
    `Missed-dose example (Answers panel): for 180 µg MK-7 daily with a 15 g-fat breakfast, missing the second day's dose ` +
    `lowers the level by up to ${Math.round(-below.extremeFraction * 100)}% below the plan (the next trough ${low([1]).toFixed(2)} instead of ${low([]).toFixed(2)} ng/mL), ` +
    `and the level is back within 5% of the plan from day ${(a.comparison.agreeFromH / 24).toFixed(1)}.`
  );
}
