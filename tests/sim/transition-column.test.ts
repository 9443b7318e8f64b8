/**
 * Doses between grid points (issue 16 §7): the stepper carries each one to the grid by the gut column of Phi
 * (TransitionColumn) instead of two fresh matrices. Checked against the whole matrix (transitionMatrix, the
 * path sum over every pair) and against the event-by-event propagation statesAt (move to the dose, add, move
 * on), for K1's two-compartment chain and MK-7's one.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32, presetParameters, simulate, TISSUE_PRESET, type DoseEvent } from '../../sim';
import { TransitionColumn, transitionMatrix } from '../../sim/model/linearChain';
import { statesAt } from '../../sim/model/propagate';
import { DYNAMIC_STATE_SIZE, STATE, vitaminKChain } from '../../sim/model/vitaminKModel';
import { intakesOf } from '../../sim/stream/gridStepper';

const relative = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('TransitionColumn', () => {
  for (const compound of ['k1', 'mk7', 'mk4'] as const) {
    it(`is column 0 of transitionMatrix for the ${compound} chain at any offset`, () => {
      const chain = vitaminKChain(presetParameters(compound), TISSUE_PRESET).slice(0, DYNAMIC_STATE_SIZE);
      const column = new TransitionColumn(chain, STATE.gut);
      const random = mulberry32(11);
      for (const dt of [0, 1e-9, 0.25, 1, 7.3, 100, ...Array.from({ length: 50 }, () => random() * 48)]) {
        const phi = transitionMatrix(chain, dt);
        const col = column.at(dt);
        for (let j = 0; j < chain.length; j++) {
          const want = phi[j * chain.length + STATE.gut]!;
          if (want === 0) expect(col[j]).toBe(0);
          else expect(relative(col[j]!, want)).toBeLessThan(1e-14);
        }
      }
    });
  }
});

describe('irregular doses on a grid agree with event-by-event propagation', () => {
  for (const compound of ['k1', 'mk7'] as const) {
    it(`${compound}: 2,000 doses at random times over 60 days, hourly grid`, () => {
      const random = mulberry32(5);
      const horizonH = 60 * 24;
      const doses: DoseEvent[] = Array.from({ length: 2000 }, () => ({
        timeH: random() * horizonH,
        amountUg: 10 + random() * 200,
        fatG: random() * 20,
        missed: false,
        index: null,
      }));
      const pk = presetParameters(compound);
      const result = simulate({ pk, tissue: TISSUE_PRESET, doses, horizonH, stepH: 1 });
      const chain = vitaminKChain(pk, TISSUE_PRESET);
      const inputs = intakesOf(pk, doses).map((i) => ({ timeH: i.absorptionStartH, amountUg: i.absorbedUg }));
      const truth = statesAt(chain, inputs, Array.from(result.timeH));
      let worst = 0;
      result.timeH.forEach((_, i) => {
        const plasma = (truth[i]![STATE.centralFast]! + truth[i]![STATE.centralSlow]!) / pk.volumeL;
        if (plasma > 1e-6) worst = Math.max(worst, relative(result.plasmaNgPerMl[i]!, plasma));
        if (truth[i]![STATE.bone]! > 1e-9)
          worst = Math.max(worst, relative(result.boneNgPerMl[i]!, truth[i]![STATE.bone]!));
      });
      expect(worst).toBeLessThan(1e-12);
    });
  }
});
