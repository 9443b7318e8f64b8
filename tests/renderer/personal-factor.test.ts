import { describe, expect, it } from 'vitest';
import { defaultScenario, scenarioView, type Scenario } from '../../sim';
import { factorWords, labelWithFactor } from '../../sim/fit/factorWords';
import { regimenCaption } from '../../renderer/src/export/caption';
import { buildCsv, buildParametersCsv } from '../../renderer/src/export/csv';
import { csvStreamChunks } from '../../renderer/src/export/csvStream';
import { computeMetrics } from '../../renderer/src/metrics/computeMetrics';
import { summaryCaption } from '../../renderer/src/presentation/scenes';
import { simulateScene } from '../../renderer/src/presentation/sceneSimulation';
import { regimenName } from '../../renderer/src/sensitivity/regimenChoice';
import { computeSensitivity } from '../../renderer/src/sensitivity/sensitivityRequest';
import { expectClose } from '../support/expectClose';
import { weekScenario } from '../sim/scheduleWeek';

const FIT = {
  factor: 0.35,
  logSe: 0.1,
  ci95: [0.25, 0.49] as [number, number],
  n: 4,
  excluded: 0,
  rmseLog: 0.1,
  r2: 0.8,
};

/** MK-7 alone, 90 µg daily with 15 g fat, 30 days; with the fitted factor 0.35 unless told otherwise. */
function mk7(personal: Scenario['personal'] = { factor: 0.35, fit: FIT }): Scenario {
  const s = defaultScenario();
  s.display.visible = ['mk7'];
  s.personal = personal;
  return s;
}

/** The same scenario for the typical person (no factor). */
function typicalMk7(): Scenario {
  const s = mk7();
  delete s.personal;
  return s;
}

describe('the personal factor in words', () => {
  it('names a fitted factor, a factor set by hand, and nothing for the typical person', () => {
    expect(factorWords({ factor: 0.35, fit: FIT })).toBe('fitted ×0.35');
    expect(factorWords({ factor: 2, fit: null })).toBe('personal factor ×2.0');
    expect(factorWords({ factor: 1, fit: null })).toBeNull();
    expect(factorWords(undefined)).toBeNull();
    expect(labelWithFactor('MK-7', undefined)).toBe('MK-7');
  });

  it('is in the legend label, the twin and tissue labels, and the data CSV column', () => {
    const s = mk7();
    s.display.compareFat = true;
    const view = scenarioView(s);
    expect(view.series.map((x) => x.label)).toEqual([
      'MK-7, fitted ×0.35',
      'MK-7, fitted ×0.35 (no fat)',
      'MK-7, fitted ×0.35 bone (osteocalcin)',
      'MK-7, fitted ×0.35 artery (MGP)',
    ]);
    const header = buildCsv(scenarioView(mk7())).split('\r\n')[0]!;
    expect(header).toContain('mk7_plasma_ng_per_ml_personal_x0.35');
    // The streamed export (the app's CSV) has the same header.
    const streamed = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(csvStreamChunks(mk7()).next().value!.bytes)
      .split('\r\n')[0];
    expect(streamed).toBe(header);
    // The typical person's columns are unchanged.
    expect(buildCsv(scenarioView(typicalMk7())).split('\r\n')[0]).toContain(',mk7_plasma_ng_per_ml,');
  });

  it('is in the figure caption and the parameters CSV', () => {
    expect(regimenCaption(mk7())).toBe(
      'MK-7: 90 µg every 24 h with a 15 g-fat meal, 30 days; every level ×0.35, the personal factor fitted to 4 measured levels',
    );
    expect(regimenCaption(mk7({ factor: 2, fit: null }))).toMatch(
      /every level ×2\.0, the personal factor set by hand$/,
    );
    expect(regimenCaption(typicalMk7())).toBe('MK-7: 90 µg every 24 h with a 15 g-fat meal, 30 days');
    const params = buildParametersCsv(scenarioView(mk7()), { appVersion: 'test' });
    expect(params).toContain(',personal_factor,0.35,factor,fitted to 4 measured levels\r\n');
    expect(params).toContain(',personal_factor_ci95,0.25 0.49,factor,fit\r\n');
  });

  it('is in presentation captions and the tornado chart subtitle', () => {
    const caption = summaryCaption(simulateScene(mk7()));
    expect(caption.startsWith('MK-7, fitted ×0.35: peak ')).toBe(true);
    expect(regimenName(mk7(), 1)).toBe('MK-7 90 µg every 24 h with a 15 g-fat meal, fitted ×0.35');
  });

  it('scales the sensitivity baseline: its Cmax equals the Numbers table with the factor', () => {
    for (const scenario of [mk7(), weekScenario()]) {
      const index = scenario.regimens.findIndex((r) => r.compound === 'mk7');
      const tornado = computeSensitivity({ scenario, regimenIndex: index });
      const row = computeMetrics(scenario).rows.find((r) => r.compound === 'mk7')!;
      expectClose(tornado.baseline.cmaxNgPerMl, row.cmax, { rel: 1e-9 });
    }
    // Independent of the Numbers table: in the linear model (F·k < 1) the factor scales Cmax, AUC and trough.
    const typical = computeSensitivity({ scenario: typicalMk7(), regimenIndex: 1 }).baseline;
    const person = computeSensitivity({ scenario: mk7(), regimenIndex: 1 }).baseline;
    expectClose(person.cmaxNgPerMl, 0.35 * typical.cmaxNgPerMl, { rel: 1e-9 });
    expectClose(person.aucNgHPerMl, 0.35 * typical.aucNgHPerMl, { rel: 1e-9 });
    expectClose(person.troughNgPerMl!, 0.35 * typical.troughNgPerMl!, { rel: 1e-9 });
  });
});
