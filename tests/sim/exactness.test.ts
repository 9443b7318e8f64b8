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
  // States: gut, central, peripheral (K1 only; stays empty otherwise), bone, artery. Written from the ODEs
  // themselves (micro-constants k10, k12, k21), not from the core's modal decomposition.
  const k10 = Math.LN2 / pk.tHalfH;
  const k12 = pk.peripheral?.k12PerH ?? 0;
  const k21 = pk.peripheral?.k21PerH ?? 0;
  const kb = TISSUE_PRESET.bone.ke0PerH;
  const kr = TISSUE_PRESET.artery.ke0PerH;
  const v = pk.volumeL;
  return [
    [-pk.kaPerH, 0, 0, 0, 0],
    [pk.kaPerH, -(k10 + k12), k21, 0, 0],
    [0, k12, -k21, 0, 0],
    [0, kb / v, 0, -kb, 0],
    [0, kr / v, 0, 0, -kr],
  ];
}

function expmReference(result: SimulationResult, pk: PkParameters): number[][] {
  const a = systemMatrix(pk);
  return Array.from(result.timeH, (t) => {
    const x = [0, 0, 0, 0, 0];
    for (const intake of result.intakes) {
      const dt = t - intake.absorptionStartH;
      if (dt < 0) continue;
      const phi = expm(matrix(a.map((row) => row.map((v) => v * dt)))) as Matrix;
      const contribution = (
        multiply(phi, matrix([intake.absorbedUg, 0, 0, 0, 0])) as Matrix
      ).toArray() as number[];
      for (let i = 0; i < 5; i++) x[i]! += contribution[i]!;
    }
    return [x[1]! / pk.volumeL, x[3]!, x[4]!];
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

/** K1's hybrid rates from the quadratic λ² - (k10 + k12 + k21) λ + k10 k21 = 0; only used to choose test inputs. */
function k1Roots(): [number, number] {
  const pk = presetParameters('k1');
  const k10 = Math.LN2 / pk.tHalfH;
  const { k12PerH: k12, k21PerH: k21 } = pk.peripheral!;
  const sum = k10 + k12 + k21;
  const root = Math.sqrt(sum * sum - 4 * k10 * k21);
  return [(sum + root) / 2, (sum - root) / 2];
}
const k1Alpha = (): number => k1Roots()[0];
const k1Beta = (): number => k1Roots()[1];

const cases: { name: string; pk: PkParameters }[] = [
  { name: 'MK-7 preset', pk: presetParameters('mk7') },
  { name: 'K1 preset (two compartments)', pk: presetParameters('k1') },
  {
    name: 'one compartment, ka exactly equal to ke',
    pk: { ...presetParameters('mk4'), kaPerH: Math.LN2 / 1.5 },
  },
  {
    name: 'one compartment, ka = ke (1 + 1e-8)',
    pk: { ...presetParameters('mk4'), kaPerH: (Math.LN2 / 1.5) * (1 + 1e-8) },
  },
  { name: 'K1, ka equal to the fast hybrid rate α', pk: { ...presetParameters('k1'), kaPerH: k1Alpha() } },
  { name: 'K1, ka equal to the slow hybrid rate β', pk: { ...presetParameters('k1'), kaPerH: k1Beta() } },
  {
    name: 'K1, central elimination t½ moved to 10 h (as --t-half-h or the tornado do)',
    pk: { ...presetParameters('k1'), tHalfH: 10 },
  },
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
    let y = [0, 0, 0, 0, 0];
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
      expectClose(result.boneNgPerMl[i]!, y[3]!, { rel: 1e-6, abs: 1e-9 });
    }
  });
});

describe('K1 (two compartments) agrees with a numerical ODE solver to 1e-9 (mathjs solveODE, RK45, doses as breakpoints)', () => {
  /**
   * Independent method: the five ODEs written out by hand (systemMatrix: gut, central, peripheral, bone, artery),
   * integrated by adaptive Runge-Kutta from grid point to grid point and from each dose to the next grid point
   * (every absorption start is a breakpoint: the solver never steps across one). Tolerance 1e-13 per step keeps the
   * solver's own error below 1e-9 relative where the level exceeds 1e-6 of its peak.
   */
  function rk45(result: SimulationResult, pk: PkParameters): number[] {
    const a = systemMatrix(pk);
    const rhs = (_t: number, y: number[]): number[] =>
      a.map((row) => row.reduce((s, v, j) => s + v * y[j]!, 0));
    const solve = (y: number[], t0: number, t1: number): number[] => {
      if (!(t1 > t0)) return y;
      const sol = solveODE(rhs, [t0, t1], y, { method: 'RK45', tol: 1e-13 });
      return sol.y[sol.y.length - 1]!;
    };
    let y = [0, 0, 0, 0, 0];
    let now = 0;
    let next = 0;
    return Array.from(result.timeH, (t) => {
      while (next < result.intakes.length && result.intakes[next]!.absorptionStartH <= t) {
        const at = result.intakes[next]!.absorptionStartH;
        y = solve(y, now, at);
        now = Math.max(now, at);
        y[0]! += result.intakes[next++]!.absorbedUg;
      }
      y = solve(y, now, t);
      now = t;
      return y[1]! / pk.volumeL;
    });
  }

  const pk = presetParameters('k1');
  it('single dose, 3 days at 0.5 h', () => {
    const regimen = makeRegimen({ compound: 'k1', doseUg: 420, fatG: 20, doseCount: 1 });
    const result = simulate({
      pk,
      tissue: TISSUE_PRESET,
      doses: doseEvents(regimen, 72),
      horizonH: 72,
      stepH: 0.5,
    });
    expect(maxRelativeError(result.plasmaNgPerMl, rk45(result, pk))).toBeLessThan(1e-9);
  });
  it('repeated doses (daily for 10 days, one missed, one extra between grid points), grid 1.3 h', () => {
    const regimen = makeRegimen({
      compound: 'k1',
      doseUg: 100,
      fatG: 15,
      missedDoses: [4],
      extraDoses: [{ timeH: 100.37, amountUg: 250, fatG: 30 }],
    });
    const horizonH = 240;
    const result = simulate({
      pk,
      tissue: TISSUE_PRESET,
      doses: doseEvents(regimen, horizonH),
      horizonH,
      stepH: 1.3,
    });
    expect(maxRelativeError(result.plasmaNgPerMl, rk45(result, pk))).toBeLessThan(1e-9);
  });
});
