import { expm, matrix, multiply, type Matrix } from 'mathjs';
import { solveODE } from '../support/solveOde';
import { describe, it, expect } from 'vitest';
import {
  doseEvents,
  makeRegimen,
  presetParameters,
  simulate,
  TISSUE_PRESET,
  type PkParameters,
  type SimulationResult,
} from '../../sim/index';
import { expectClose } from '../support/expectClose';

/**
 * Independent method: superpose, for every intake, expm(A (t - t_in)) applied to the absorbed amount, with A the
 * system matrix of the same ODEs written out by hand and mathjs's Padé-based expm (a different algorithm from the
 * core's divided differences). Required agreement: relative error < 1e-9 where the level exceeds 1e-6 of its peak.
 */
function systemMatrix(pk: PkParameters): number[][] {
  const ke = Math.LN2 / pk.tHalfH;
  const kb = TISSUE_PRESET.bone.ke0PerH;
  const kr = TISSUE_PRESET.artery.ke0PerH;
  const v = pk.volumeL;
  return [
    [-pk.kaPerH, 0, 0, 0],
    [pk.kaPerH, -ke, 0, 0],
    [0, kb / v, -kb, 0],
    [0, kr / v, 0, -kr],
  ];
}

function expmReference(result: SimulationResult, pk: PkParameters): number[][] {
  const a = systemMatrix(pk);
  return Array.from(result.timeH, (t) => {
    const x = [0, 0, 0, 0];
    for (const intake of result.intakes) {
      const dt = t - intake.absorptionStartH;
      if (dt < 0) continue;
      const phi = expm(matrix(a.map((row) => row.map((v) => v * dt)))) as Matrix;
      const contribution = (
        multiply(phi, matrix([intake.absorbedUg, 0, 0, 0])) as Matrix
      ).toArray() as number[];
      for (let i = 0; i < 4; i++) x[i]! += contribution[i]!;
    }
    return [x[1]! / pk.volumeL, x[2]!, x[3]!];
  });
}

function maxRelativeError(actual: ArrayLike<number>, expected: number[]): number {
  const peak = Math.max(...expected);
  let worst = 0;
  expected.forEach((e, i) => {
    if (e > 1e-6 * peak) worst = Math.max(worst, Math.abs(actual[i]! - e) / e);
  });
  return worst;
}

const cases: { name: string; pk: PkParameters }[] = [
  { name: 'MK-7 preset', pk: presetParameters('mk7') },
  { name: 'K1 preset (ka close to ke)', pk: presetParameters('k1') },
  { name: 'ka exactly equal to ke', pk: { ...presetParameters('k1'), kaPerH: Math.LN2 / 1.5 } },
  { name: 'ka = ke (1 + 1e-8)', pk: { ...presetParameters('k1'), kaPerH: (Math.LN2 / 1.5) * (1 + 1e-8) } },
  {
    name: 'ka equal to the bone ke0',
    pk: { ...presetParameters('mk7'), kaPerH: TISSUE_PRESET.bone.ke0PerH },
  },
  { name: 'ke equal to the artery ke0', pk: { ...presetParameters('mk7'), tHalfH: 48 } },
];

describe('simulate agrees with an independent method (mathjs expm superposition)', () => {
  for (const { name, pk } of cases) {
    it(name, () => {
      // Irregular schedule on an irregular grid: doses between grid points, one missed, one extra.
      const regimen = makeRegimen({
        compound: 'mk7',
        doseUg: 120,
        intervalH: 17.3,
        fatG: 22,
        missedDoses: [3],
        extraDoses: [{ timeH: 40.05, amountUg: 300, fatG: 5 }],
      });
      const horizonH = 150.5;
      const result = simulate({
        pk,
        tissue: TISSUE_PRESET,
        doses: doseEvents(regimen, horizonH),
        horizonH,
        stepH: 0.7,
      });
      const reference = expmReference(result, pk);
      expect(
        maxRelativeError(
          result.plasmaNgPerMl,
          reference.map((r) => r[0]!),
        ),
      ).toBeLessThan(1e-9);
      // Tissues are slow; start where they exceed 1e-6 of their own peak, as for plasma.
      expect(
        maxRelativeError(
          result.boneNgPerMl,
          reference.map((r) => r[1]!),
        ),
      ).toBeLessThan(1e-9);
      expect(
        maxRelativeError(
          result.arteryNgPerMl,
          reference.map((r) => r[2]!),
        ),
      ).toBeLessThan(1e-9);
      expect(result.timeH[result.timeH.length - 1]).toBe(horizonH);
    });
  }
});

describe('simulate agrees with a numerical ODE solver (mathjs solveODE, RK45)', () => {
  it('MK-7, daily for 10 days, hourly output', () => {
    const pk = presetParameters('mk7');
    const regimen = makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15 });
    const result = simulate({
      pk,
      tissue: TISSUE_PRESET,
      doses: doseEvents(regimen, 240),
      horizonH: 240,
      stepH: 1,
    });
    const a = systemMatrix(pk);
    const rhs = (_t: number, y: number[]): number[] =>
      a.map((row) => row.reduce((s, v, j) => s + v * y[j]!, 0));
    let y = [0, 0, 0, 0];
    let next = 0;
    for (let i = 0; i < result.timeH.length; i++) {
      const t = result.timeH[i]!;
      if (i > 0) {
        const sol = solveODE(rhs, [result.timeH[i - 1]!, t], y, { method: 'RK45', tol: 1e-10 });
        y = sol.y[sol.y.length - 1]!;
      }
      while (next < result.intakes.length && result.intakes[next]!.absorptionStartH <= t) {
        y[0]! += result.intakes[next++]!.absorbedUg;
      }
      expectClose(result.plasmaNgPerMl[i]!, y[1]! / pk.volumeL, { rel: 1e-6, abs: 1e-9 });
      expectClose(result.boneNgPerMl[i]!, y[2]!, { rel: 1e-6, abs: 1e-9 });
    }
  });
});
