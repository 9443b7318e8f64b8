import { describe, expect, it } from 'vitest';
import { scenarioView } from '../../sim/view/scenarioView';
import { scenarioCsvFromCli } from '../support/cli';
import { weekScenario } from './scheduleWeek';

describe('the command line runs version-3 files as the app draws them', () => {
  it('CSV plasma columns equal scenarioView (schedule, edits, added dose, personal factor)', async () => {
    const scenario = weekScenario();
    const { header, rows } = await scenarioCsvFromCli(scenario);
    // The CLI streams through sim/stream; the view simulates whole arrays: two implementations.
    const view = scenarioView(scenario, { regimens: 'all', tissue: false, withoutFat: false });
    for (const [column, key] of [
      ['plasma_ng_per_ml', 'r0'],
      ['r2_mk4_plasma_ng_per_ml', 'r1'],
    ] as const) {
      const c = header.indexOf(column);
      const values = view.series.find((s) => s.key === key)!.values;
      expect(rows.length).toBe(values.length);
      rows.forEach((r, i) =>
        expect(Math.abs(r[c]! - values[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1e-3, values[i]!)),
      );
    }
    // The double dose on Wednesday (48 h) shows: the level rises more than after Monday's single dose.
    const mk7 = header.indexOf('plasma_ng_per_ml');
    expect(rows[48 + 6]![mk7]! - rows[48]![mk7]!).toBeGreaterThan(1.5 * (rows[6]![mk7]! - rows[0]![mk7]!));
  });
});
