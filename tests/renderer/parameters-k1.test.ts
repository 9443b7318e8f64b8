import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defaultScenario, scenarioView } from '../../sim';
import { BOM, buildParametersCsv } from '../../renderer/src/export/csv';

/** The parameters CSV's rows of one regimen as { parameter: [value, unit, basis] }. */
function rowsOf(csv: string, entity: string): Record<string, [string, string, string]> {
  const rows = Papa.parse<string[]>(csv.slice(BOM.length).trim()).data;
  return Object.fromEntries(rows.filter((r) => r[0] === entity).map((r) => [r[1]!, [r[2]!, r[3]!, r[4]!]]));
}

describe('parameters CSV: K1 is described as two compartments', () => {
  const csv = buildParametersCsv(scenarioView(defaultScenario()), { appVersion: 'test' });

  it("K1's t½ and V are named as the central ones, and the curve's two half-lives are Olson 2002's", () => {
    const k1 = rowsOf(csv, '3: K1');
    expect(k1['t_half']).toBeUndefined();
    expect(k1['t_half_central']?.[1]).toBe('h');
    expect(k1['volume_central']).toEqual(['9.82', 'L', 'estimate']);
    // Published: 1.0 ± 0.47 h and 27.6 ± 12.4 h (Olson 2002), which the model's rates were derived from.
    expect(Number(k1['half_life_fast']![0])).toBeCloseTo(1.0, 2);
    expect(Number(k1['half_life_slow']![0])).toBeCloseTo(27.6, 1);
    expect(k1['k12']).toEqual(['0.434', '1/h', 'estimate']);
    expect(k1['k21']).toEqual(['0.0894', '1/h', 'estimate']);
  });

  it('MK-7 and MK-4 keep one compartment: plain t_half and volume, no exchange rows', () => {
    const mk7 = rowsOf(csv, '2: MK-7');
    expect(mk7['t_half']?.[0]).toBe('68');
    expect(mk7['volume']?.[0]).toBe('25');
    expect(mk7['k12']).toBeUndefined();
    expect(mk7['half_life_slow']).toBeUndefined();
  });
});
