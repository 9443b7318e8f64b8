import { eigs } from 'mathjs';
import { describe, expect, it } from 'vitest';
import {
  COMPOUND_PRESETS,
  doseEvents,
  makeRegimen,
  OBSERVATIONS,
  presetParameters,
  simulate,
  simulateRegimen,
  SOURCES,
  TISSUE_PRESET,
  type CompoundId,
  type Observation,
} from '../../sim/index';
import { observationRow, STANDARD_MEAL_FAT_G } from '../../sim/observationChecks';
import { expectClose } from '../support/expectClose';

/**
 * Every published observation (sim/presets/observations.ts) against the presets, one parameter set per compound.
 * Each row has a citation and a tolerance; it passes, or it is a prediction recorded as a miss with the reason
 * (and then it must really miss: a recalibration that fixes it has to move it back among the passing rows).
 * The new kinds are also recomputed here by a second route (end-to-end simulation, mathjs eigenvalues,
 * superposition of single doses), so the table's model column is not trusted on its own word.
 */
describe('every observation: citation, tolerance, and pass or recorded miss', () => {
  for (const o of OBSERVATIONS) {
    it(`${o.role}: ${o.text}`, () => {
      expect(SOURCES[o.source]).toBeDefined();
      const row = observationRow(o);
      expect(row.tolerance.length).toBeGreaterThan(0);
      expect(row.published.length).toBeGreaterThan(0);
      const miss = 'knownMiss' in o ? o.knownMiss : undefined;
      if (miss) {
        // Only predictions may miss; a fitted observation that misses is a broken fit.
        expect(o.role).toBe('predicted');
        expect(row.passes).toBe(false);
      } else {
        expect(row.passes).toBe(true);
      }
    });
  }

  it('both roles are present, and most predictions pass', () => {
    const rows = OBSERVATIONS.map(observationRow);
    const predicted = rows.filter((r) => r.role === 'predicted');
    expect(rows.some((r) => r.role === 'fitted')).toBe(true);
    expect(predicted.filter((r) => r.passes).length).toBeGreaterThanOrEqual(5);
  });
});

function one<K extends Observation['kind']>(kind: K, match: (o: Observation & { kind: K }) => boolean) {
  const found = OBSERVATIONS.filter((o): o is Observation & { kind: K } => o.kind === kind).find(match);
  if (!found) throw new Error(`no ${kind} observation`);
  return found;
}

/** Grid maximum of one dose with the standard breakfast on a 1-minute grid (no peak refinement). */
function gridPeak(compound: CompoundId, doseUg: number): { timeH: number; conc: number } {
  const r = simulateRegimen(
    makeRegimen({ compound, doseUg, fatG: STANDARD_MEAL_FAT_G, doseCount: 1 }),
    48,
    1 / 60,
  );
  let best = 0;
  r.plasmaNgPerMl.forEach((c, i) => {
    if (c > r.plasmaNgPerMl[best]!) best = i;
  });
  return { timeH: r.timeH[best]!, conc: r.plasmaNgPerMl[best]! };
}

describe('K1 single dose and time course, by a second route', () => {
  it('Schurgers 2007: K1 peaks about 4 h after intake and MK-7 reaches at least K1’s peak (model 1.2×)', () => {
    const k1 = gridPeak('k1', 420);
    const mk7 = gridPeak('mk7', 420);
    expectClose(k1.timeH, 4, { abs: 0.05 });
    const o = one('peakVersus', (x) => x.reference === 'k1');
    expect(mk7.conc / k1.conc).toBeGreaterThanOrEqual(o.minRatio);
    expectClose(mk7.conc / k1.conc, observationRow(o).ratio! * o.minRatio, { rel: 1e-3 });
  });

  it('Olson 2002 hybrid half-lives 1.0 h and 27.6 h: eigenvalues of the micro-constant matrix (mathjs)', () => {
    const pk = presetParameters('k1');
    const k10 = Math.LN2 / pk.tHalfH;
    const { k12PerH: k12, k21PerH: k21 } = pk.peripheral!;
    const { values } = eigs([
      [-(k10 + k12), k21],
      [k12, -k21],
    ]);
    const rates = (values as number[]).map((v) => -v).sort((a, b) => b - a);
    const halfLives = rates.map((r) => Math.LN2 / r);
    for (const o of OBSERVATIONS.filter((x) => x.kind === 'halfLife' && x.source === 'olson2002')) {
      if (o.kind !== 'halfLife') continue;
      const t = o.phase === 'fast' ? halfLives[0]! : halfLives[1]!;
      expect(Math.abs(t - o.halfLifeH)).toBeLessThanOrEqual(o.sdH!);
      expectClose(t, o.halfLifeH, { abs: 0.05 });
    }
  });

  it('the simulated K1 curve falls with the slow half-life (log slope 100-200 h after a dose)', () => {
    const r = simulateRegimen(
      makeRegimen({ compound: 'k1', doseUg: 420, fatG: STANDARD_MEAL_FAT_G, doseCount: 1 }),
      200,
      1,
    );
    const slope = Math.log(r.plasmaNgPerMl[100]! / r.plasmaNgPerMl[200]!) / 100;
    expectClose(Math.LN2 / slope, 27.6, { rel: 0.01 });
  });

  it('Jones 2007 and Novotny 2010 are recorded misses with the ratio on the table', () => {
    const misses = OBSERVATIONS.filter((o) => o.source === 'jones2007' || o.source === 'novotny2010');
    expect(misses.length).toBe(4);
    for (const o of misses) expect(observationRow(o).ratio).not.toBeNull();
  });
});

describe('meal fat and daily intake, by a second route', () => {
  it('Roodenburg 2000: MK-7 exposure with 100 g fat is at most 1.15× that with 36 g (simulated AUCs)', () => {
    const auc = (fatG: number) => {
      const r = simulateRegimen(makeRegimen({ compound: 'mk7', doseUg: 100, fatG, doseCount: 1 }), 2000, 1);
      return r.plasmaNgPerMl.reduce((s, c) => s + c, 0);
    };
    const o = one('fatLevelsOff', () => true);
    const ratio = auc(o.highFatG) / auc(o.lowFatG);
    expect(ratio).toBeLessThanOrEqual(o.maxRatio);
    expect(ratio).toBeGreaterThan(1);
  });

  it('Knapen 2015: 28 µg twice a day for 12 weeks, the level before a morning dose (superposed single doses)', () => {
    const o = one('steadyStateLevel', (x) => x.source === 'knapen2015');
    const doses = (o.weeks * 168) / o.intervalH;
    const single = simulateRegimen(
      makeRegimen({ compound: 'mk7', doseUg: o.doseUg, fatG: STANDARD_MEAL_FAT_G, doseCount: 1 }),
      doses * o.intervalH,
      o.intervalH,
    ).plasmaNgPerMl;
    // Before dose n + 1: every earlier dose's curve at intervalH, 2 intervalH, ..., n intervalH.
    let level = 0;
    for (let k = 1; k <= doses; k++) level += single[k]!;
    const rise = o.endNgPerMl - o.baselineNgPerMl;
    expect(level / rise).toBeGreaterThan(0.5);
    expect(level / rise).toBeLessThan(2);
    expectClose(level / rise, observationRow(o).ratio!, { rel: 1e-9 });
  });

  it('time to plateau: a 120-day daily run reaches 95% of its pre-dose plateau on the day the table says', () => {
    const o = one('timeToPlateau', () => true);
    const days = 120;
    const r = simulate({
      pk: presetParameters(o.compound),
      tissue: TISSUE_PRESET,
      doses: doseEvents(
        makeRegimen({ compound: o.compound, doseUg: o.doseUg, fatG: STANDARD_MEAL_FAT_G }),
        days * 24,
      ),
      horizonH: days * 24,
      stepH: 24,
    });
    // Grid point d is dose time d; with the 2 h lag its level is the one before that dose. Day 120 is the plateau.
    const plateau = r.plasmaNgPerMl[days]!;
    let day = 1;
    while (r.plasmaNgPerMl[day]! < o.plateauShare * plateau) day++;
    expect(observationRow(o).model).toBe(`${day} days`);
    expect(day / o.days).toBeGreaterThan(0.5);
    expect(day / o.days).toBeLessThan(2);
  });

  it('MK-7 molar mass is the one the equimolar comparison uses', () => {
    expect(COMPOUND_PRESETS.mk7.molarMassGPerMol.value).toBe(649.0);
  });
});
