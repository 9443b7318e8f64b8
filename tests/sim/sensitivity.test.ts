import { describe, expect, it } from 'vitest';
import { makeRegimen, SENSITIVITY_RANGES, sensitivity, type TornadoBar } from '../../sim/index';
import { expectClose } from '../support/expectClose';

const bar = (bars: TornadoBar[], parameter: TornadoBar['parameter']) =>
  bars.find((b) => b.parameter === parameter)!;

describe('sensitivity (tornado data)', () => {
  // K1 single dose over 3,000 h (> 100 of its slowest half-life, 27.6 h): the horizon AUC is AUC(0-∞) = F·D/CL,
  // and CL = k10·V1 = ln2·V1/t½ also with K1's peripheral compartment (it returns everything it takes).
  const single = sensitivity(makeRegimen({ compound: 'k1', doseUg: 500, fatG: 20, doseCount: 1 }), 3000, 0.5);

  it('AUC(0-∞) does not depend on ka or the lag (textbook: AUC = F·D/CL)', () => {
    expectClose(bar(single.auc, 'kaPerH').swing, 0, { abs: 1e-9 * single.baseline.aucNgHPerMl });
    expectClose(bar(single.auc, 'lagH').swing, 0, { abs: 1e-9 * single.baseline.aucNgHPerMl });
  });

  it('AUC is proportional to F and t½ and inversely proportional to V', () => {
    const range = (p: string) => SENSITIVITY_RANGES.find((r) => r.parameter === p)!;
    const base = single.baseline.aucNgHPerMl;
    expectClose(bar(single.auc, 'f').atHigh, base * range('f').high, { rel: 1e-12 });
    expectClose(bar(single.auc, 'f').atLow, base * range('f').low, { rel: 1e-12 });
    expectClose(bar(single.auc, 'tHalfH').atHigh, base * range('tHalfH').high, { rel: 1e-9 });
    expectClose(bar(single.auc, 'volumeL').atHigh, base / range('volumeL').high, { rel: 1e-12 });
  });

  it('bars are sorted by swing, largest first, for every metric', () => {
    const daily = sensitivity(makeRegimen({ compound: 'mk7', doseUg: 90, fatG: 15 }), 30 * 24, 1);
    for (const bars of [daily.cmax, daily.auc, daily.trough]) {
      expect(bars.length).toBeGreaterThan(4);
      for (let i = 1; i < bars.length; i++) expect(bars[i]!.swing).toBeLessThanOrEqual(bars[i - 1]!.swing);
    }
    // The MK-4-only first-pass range is not offered for MK-7.
    expect(daily.auc.some((b) => b.parameter === 'dose50Ug')).toBe(false);
  });

  it('a higher absorption lag delays but does not raise a single-dose peak; faster absorption raises it', () => {
    expectClose(bar(single.cmax, 'lagH').swing, 0, { rel: 1e-6, abs: 1e-6 * single.baseline.cmaxNgPerMl });
    expect(bar(single.cmax, 'kaPerH').atHigh).toBeGreaterThan(bar(single.cmax, 'kaPerH').atLow);
  });

  it('no trough bars when no full dosing interval fits in the horizon', () => {
    const short = sensitivity(makeRegimen({ compound: 'k1', doseUg: 500, fatG: 20, doseCount: 1 }), 12, 0.5);
    expect(short.trough).toEqual([]);
    expect(short.baseline.troughNgPerMl).toBeNull();
  });
});
