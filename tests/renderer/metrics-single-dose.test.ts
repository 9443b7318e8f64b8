import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../sim/index';
import { computeMetrics } from '../../renderer/src/metrics/computeMetrics';
import { noteLabel } from '../../renderer/src/metrics/MetricNotes';
import { CATALOGS } from '../../renderer/src/i18n/catalogs';
import { makeTranslator } from '../../renderer/src/i18n/locale';

/**
 * The app's numbers table for a scenario of single doses (a file or lesson with doseCount 1): no trough,
 * accumulation ratio or time to 90% ('–'), a note that says one dose, and a sentence that does not say MK-7
 * "takes 9.4 days to reach 90% of its steady state" (it did: a single dose has none).
 */
describe('the numbers table with one dose per compound', () => {
  const single = () => {
    const s = defaultScenario();
    s.regimens.forEach((r) => (r.doseCount = 1));
    return s;
  };

  it('has no trough, ratio or time to 90%, a "single-dose" note, and no "takes N days to reach 90%"', () => {
    const report = computeMetrics(single());
    expect(report.rows.map((r) => r.key)).toEqual(['mk4', 'mk7', 'k1']);
    for (const r of report.rows) {
      expect([r.trough, r.accumulationRatio, r.timeTo90PctDays]).toEqual([null, null, null]);
      expect(r.notes.accumulation.map((n) => n.code)).toEqual(['single-dose']);
      expect(r.notes.trough.map((n) => n.code)).toEqual(['single-dose']);
    }
    expect(report.sentence).not.toMatch(/to reach 90%/);
    // The opposite: the daily default still builds up.
    expect(computeMetrics(defaultScenario()).sentence).toMatch(/MK-7 takes [\d.]+ days to reach 90%/);
  });

  it('labels the note in each language as one dose (it fell to "Absorption outlasts the interval")', () => {
    const labels = (['en', 'de', 'ja'] as const).map((language) =>
      noteLabel('single-dose', makeTranslator(language, CATALOGS[language])),
    );
    expect(labels).toEqual(['One dose, not repeated', 'Eine Dosis, nicht wiederholt', '1回のみの服用']);
  });
});
