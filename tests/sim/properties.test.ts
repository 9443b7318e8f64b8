import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPOUND_IDS,
  doseEvents,
  makeRegimen,
  presetParameters,
  simulate,
  steadyState,
  plasmaAt,
  presystemicFraction,
  TISSUE_PRESET,
  type CompoundId,
  type Regimen,
} from '../../sim/index';
import { expectClose } from '../support/expectClose';

const compound = fc.constantFrom<CompoundId>(...COMPOUND_IDS);
const regimenArb = fc.record({
  compound,
  doseUg: fc.double({ min: 1, max: 2000, noNaN: true }),
  intervalH: fc.double({ min: 4, max: 72, noNaN: true }),
  fatG: fc.double({ min: 0, max: 60, noNaN: true }),
  firstDoseH: fc.double({ min: 0, max: 30, noNaN: true }),
});

function run(regimen: Regimen, horizonH = 200, stepH = 0.5) {
  return simulate({
    pk: presetParameters(regimen.compound, regimen.overrides),
    tissue: TISSUE_PRESET,
    doses: doseEvents(regimen, horizonH),
    horizonH,
    stepH,
  });
}

const params = { numRuns: 60, seed: 7 };

describe('model properties (fast-check)', () => {
  it('concentrations are never negative', () => {
    fc.assert(
      fc.property(regimenArb, (r) => {
        const res = run(makeRegimen(r));
        for (const series of [res.plasmaNgPerMl, res.boneNgPerMl, res.arteryNgPerMl]) {
          for (const c of series) expect(c).toBeGreaterThanOrEqual(0);
        }
      }),
      params,
    );
  });

  it('is linear in the absorbed amount: k times the dose gives k·F(kD)/F(D) times every concentration', () => {
    // F depends on the dose only through MK-4's saturable first pass (1 for MK-7 and K1); each dose stays linear.
    fc.assert(
      fc.property(regimenArb, fc.double({ min: 0.1, max: 10, noNaN: true }), (r, k) => {
        const base = run(makeRegimen(r));
        const scaled = run(makeRegimen({ ...r, doseUg: r.doseUg * k }));
        const pk = presetParameters(r.compound);
        const factor =
          (k * presystemicFraction(pk.presystemic, r.doseUg * k)) /
          presystemicFraction(pk.presystemic, r.doseUg);
        base.plasmaNgPerMl.forEach((c, i) =>
          expectClose(scaled.plasmaNgPerMl[i]!, factor * c, { rel: 1e-12, abs: 1e-300 }),
        );
        base.boneNgPerMl.forEach((c, i) =>
          expectClose(scaled.boneNgPerMl[i]!, factor * c, { rel: 1e-12, abs: 1e-300 }),
        );
      }),
      params,
    );
  });

  it('obeys superposition: two schedules together equal the sum of each alone', () => {
    fc.assert(
      fc.property(regimenArb, fc.double({ min: 0, max: 150, noNaN: true }), (r, extraTimeH) => {
        const extra = { timeH: extraTimeH, amountUg: 500, fatG: 10 };
        const together = run(makeRegimen({ ...r, extraDoses: [extra] }));
        const regular = run(makeRegimen(r));
        const alone = run(makeRegimen({ ...r, doseCount: 0, extraDoses: [extra] }));
        const peak = Math.max(...together.plasmaNgPerMl);
        together.plasmaNgPerMl.forEach((c, i) =>
          expectClose(c, regular.plasmaNgPerMl[i]! + alone.plasmaNgPerMl[i]!, {
            rel: 1e-12,
            abs: 1e-11 * peak,
          }),
        );
      }),
      params,
    );
  });

  it('approaches steady state from below: pre-dose troughs rise monotonically towards the exact steady-state trough', () => {
    fc.assert(
      fc.property(regimenArb, (r) => {
        const regimen = makeRegimen({ ...r, firstDoseH: 0 });
        const pk = presetParameters(regimen.compound);
        const horizonH = 40 * regimen.intervalH;
        const res = run(regimen, horizonH, regimen.intervalH / 8);
        const ss = steadyState(pk, TISSUE_PRESET, regimen);
        // Troughs fall at the start of absorption (dose time + lag), evaluated exactly there.
        const times = Array.from({ length: 39 }, (_, k) => (k + 1) * regimen.intervalH + pk.lagH);
        let previous = -Infinity;
        for (const trough of plasmaAt(res, times)) {
          expect(trough).toBeGreaterThanOrEqual(previous * (1 - 1e-12));
          expect(trough).toBeLessThanOrEqual(ss.troughNgPerMl * (1 + 1e-9) + 1e-300 + ss.peakNgPerMl * 1e-12);
          previous = trough;
        }
      }),
      { numRuns: 30, seed: 11 },
    );
  });

  it('does not depend on the output resolution at shared time points', () => {
    fc.assert(
      fc.property(regimenArb, (r) => {
        const coarse = run(makeRegimen(r), 120, 1);
        const fine = run(makeRegimen(r), 120, 0.25);
        const peak = Math.max(...coarse.plasmaNgPerMl);
        coarse.plasmaNgPerMl.forEach((c, i) =>
          expectClose(fine.plasmaNgPerMl[4 * i]!, c, { rel: 1e-11, abs: 1e-13 * peak }),
        );
      }),
      params,
    );
  });
});
