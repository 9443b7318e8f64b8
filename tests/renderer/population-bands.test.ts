/** Band geometry: downsampled points keep the band's extremes, the area path closes, CSV columns follow sim's names. */
import { describe, expect, it } from 'vitest';
import { defaultScenario, type Scenario } from '../../sim';
import { bandAreaPath, medianPath } from '../../renderer/src/plot/bandGeometry';
import { bandPoints, bandsMax } from '../../renderer/src/population/panelBands';
import { bandColumns, computeBands } from '../../renderer/src/population/populationBands';

const scenario: Scenario = {
  ...defaultScenario(),
  horizonDays: 90,
  stepMin: 60,
  display: { ...defaultScenario().display, visible: ['mk7'] },
};
const [bands] = computeBands({ scenario, subjects: 300, seed: 3 });

describe('band geometry', () => {
  it('downsamples 2,161 points but keeps the highest 95th and lowest 5th percentile exactly, in time order', () => {
    const points = bandPoints(bands!, 100);
    expect(bands!.timeH.length).toBe(2161);
    expect(points.length).toBeLessThan(500);
    const max = Math.max(...bands!.p95);
    const min = Math.min(...bands!.p05);
    expect(Math.max(...points.map((p) => p.p95))).toBe(max);
    expect(Math.min(...points.map((p) => p.p05))).toBe(min);
    expect(bandsMax([bands!])).toBe(max);
    for (let i = 1; i < points.length; i++) expect(points[i]!.t).toBeGreaterThan(points[i - 1]!.t);
    expect(points[0]!.t).toBe(0);
    expect(points.at(-1)!.t).toBe(90);
  });

  it('draws an area through both edges (2 × points vertices) and a median line', () => {
    const points = bandPoints(bands!, 50);
    const x = (t: number) => t * 10;
    const y = (v: number) => 500 - v * 10;
    const d = bandAreaPath(points, 'p05', 'p95', x, y);
    // d3 area: M, then L to every upper point and back along the lower edge, then Z.
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    expect(d.split(/[ML]/).filter(Boolean).length).toBe(2 * points.length);
    expect(medianPath(points, x, y).split('L').length).toBe(points.length);
  });

  it('exports five columns per regimen with sim’s column names, on the scenario grid', () => {
    const cols = bandColumns([bands!]);
    expect(cols.map((c) => c.name)).toEqual([
      bands!.columns.p05,
      bands!.columns.p25,
      bands!.columns.p50,
      bands!.columns.p75,
      bands!.columns.p95,
    ]);
    expect(cols[0]!.name).toMatch(/mk7_plasma_p05_ng_per_ml$/);
    expect(cols.every((c) => c.values.length === bands!.timeH.length)).toBe(true);
  });
});
