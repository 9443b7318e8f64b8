import { describe, expect, it } from 'vitest';
import {
  FAT_EFFECT,
  FAT_EFFECT_MAX_STUDIED_G,
  FAT_FIT_SETTINGS,
  fatMultiplier,
  fitFatEffect,
  leaveOneOut,
  OBSERVATIONS,
} from '../../sim/index';
import { expectClose } from '../support/expectClose';

const uematsu = OBSERVATIONS.flatMap((o) =>
  o.kind === 'aucByFat' ? [{ fatG: o.fatG, aucNgHPerMl: o.aucNgHPerMl, sd: o.sdNgHPerMl }] : [],
);

describe('fat-effect fit and leave-one-meal-out cross-validation', () => {
  it('recovers a known curve from synthetic data, and then predicts every left-out meal exactly', () => {
    // Independent truth: points generated at Uematsu's meals from b = 0.2, n = 2, fat50 = 30 g, fasted AUC 100.
    // (With other meal designs two meals can be matched by a second fat50, which the search range must exclude.)
    const truth = { fastedFraction: 0.2, hill: 2, fat50G: 30 };
    const points = uematsu
      .map(({ fatG }) => fatG)
      .map((fatG) => ({ fatG, aucNgHPerMl: 100 * fatMultiplier(truth, fatG) }));
    const fit = fitFatEffect(points, FAT_FIT_SETTINGS);
    expectClose(fit.effect.fat50G, 30, { rel: 1e-6 });
    expectClose(fit.fastedAucNgHPerMl, 100, { rel: 1e-6 });
    for (const l of leaveOneOut(points, FAT_FIT_SETTINGS)) {
      expectClose(l.relativeError, 0, { abs: 1e-5 });
    }
  });

  it('a fit to two meals passes through both (two parameters, two points)', () => {
    const fit = fitFatEffect(uematsu.slice(0, 2), FAT_FIT_SETTINGS);
    for (const p of uematsu.slice(0, 2)) {
      expectClose(fit.fastedAucNgHPerMl * fatMultiplier(fit.effect, p.fatG), p.aucNgHPerMl, { rel: 1e-6 });
    }
  });

  it('the preset is the 3-meal fit (fat50 to 0.1 g) and every fitted AUC lies within 1 SD of Uematsu 1996', () => {
    const fit = fitFatEffect(uematsu, FAT_FIT_SETTINGS);
    expectClose(FAT_EFFECT.fat50G, fit.effect.fat50G, { abs: 0.05 });
    expect(FAT_EFFECT.hill).toBe(FAT_FIT_SETTINGS.hill);
    expect(FAT_EFFECT.fastedFraction).toBe(FAT_FIT_SETTINGS.fastedFraction);
    for (const p of uematsu) {
      expectClose(fit.fastedAucNgHPerMl * fatMultiplier(fit.effect, p.fatG), p.aucNgHPerMl, { abs: p.sd });
    }
    expect(FAT_EFFECT_MAX_STUDIED_G).toBe(Math.max(...uematsu.map((p) => p.fatG)));
  });

  it('the leave-one-out errors quoted in the preset note are the ones the fit gives (documentation check)', () => {
    // Wiring/documentation check: the note must quote what scripts/fit-fat-effect.ts prints.
    const quoted = leaveOneOut(uematsu, FAT_FIT_SETTINGS).map((l) => (l.relativeError * 100).toFixed(1));
    expect(quoted).toEqual(['1.0', '40.5', '-31.4']);
    expect(FAT_EFFECT.note).toContain('+1.0% (8.8 g), +40.5% (20 g), -31.4% (34.9 g)');
  });
});
