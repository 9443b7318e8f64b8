import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disposition } from '../../sim/model/disposition';
import { k1StructureMarkdown, observationRow, observationsMarkdown } from '../../sim/observationChecks';
import { missedDoseExample } from '../../scripts/readmeExamples';
import {
  COMPOUND_PRESETS,
  FAT_EFFECT,
  FAT_FIT_SETTINGS,
  fatMultiplier,
  fitFatEffect,
  leaveOneOut,
  makeRegimen,
  OBSERVATIONS,
  presetParameters,
  simulate,
  simulateRegimen,
  TISSUE_PRESET,
  doseEvents,
  type CompoundId,
  type PkParameters,
} from '../../sim/index';

/**
 * Every number quoted in a preset note (shown in the Sources panel) is recomputed here by running the model or
 * the fit, and the note must say it as written. Independent truth: the model itself run end to end, compared
 * with text a person wrote; a note that drifts from the code fails.
 */
function peakNgPerMl(compound: CompoundId, doseUg: number, fatG: number, pk?: PkParameters): number {
  const regimen = makeRegimen({ compound, doseUg, fatG, doseCount: 1 });
  const run = pk
    ? simulate({ pk, tissue: TISSUE_PRESET, doses: doseEvents(regimen, 96), horizonH: 96, stepH: 1 / 60 })
    : simulateRegimen(regimen, 96, 1 / 60);
  return Math.max(...run.plasmaNgPerMl);
}

const uematsu = OBSERVATIONS.flatMap((o) =>
  o.kind === 'aucByFat' ? [{ fatG: o.fatG, aucNgHPerMl: o.aucNgHPerMl }] : [],
);

describe('numbers quoted in the preset notes come from the model', () => {
  it('MK-7 volume note: 420 µg with 20 g fat peaks at the quoted level', () => {
    const quoted = peakNgPerMl('mk7', 420, 20).toFixed(1);
    expect(COMPOUND_PRESETS.mk7.volumeL.note).toContain(`peaks at ${quoted} ng/mL`);
  });

  it('fat-effect note: fat50, b, fitted AUCs, leave-one-out errors and the F(fat)/F(0) table', () => {
    const fit = fitFatEffect(uematsu, FAT_FIT_SETTINGS);
    expect(FAT_EFFECT.note).toContain(`fat50 = ${fit.effect.fat50G.toFixed(1)} g`);
    expect(FAT_EFFECT.note).toContain(`b = ${fit.effect.fastedFraction.toFixed(4)}`);
    expect(FAT_EFFECT.note).toContain(`a plateau ${(1 / FAT_EFFECT.fastedFraction).toFixed(2)} times`);
    const fitted = uematsu.map((p) => (fit.fastedAucNgHPerMl * fatMultiplier(fit.effect, p.fatG)).toFixed(0));
    expect(FAT_EFFECT.note).toContain(`Fitted ${fitted.join(' / ')}`);
    const loo = leaveOneOut(uematsu, FAT_FIT_SETTINGS).map(
      (l, i) =>
        `${l.relativeError > 0 ? '+' : ''}${(l.relativeError * 100).toFixed(1)}% (${uematsu[i]!.fatG} g)`,
    );
    expect(FAT_EFFECT.note).toContain(loo.join(', '));
    const table = [0, 10, 20, 35, 50, 100].map((f) => fatMultiplier(FAT_EFFECT, f).toFixed(2));
    expect(FAT_EFFECT.note).toContain(`100 g: ${table.join(', ')}.`);
  });

  it('fasted-F note: F with a 20 g-fat meal and at the plateau', () => {
    const fFasted = COMPOUND_PRESETS.mk7.fFasted.value;
    const at20 = (fFasted * fatMultiplier(FAT_EFFECT, 20)).toFixed(2);
    const plateau = (fFasted / FAT_EFFECT.fastedFraction).toFixed(2);
    expect(COMPOUND_PRESETS.mk7.fFasted.note).toContain(
      `F is ${at20} with a 20 g-fat meal and at most ${plateau}`,
    );
  });

  it('MK-4 first-pass notes: the escaping fraction and the 420 µg peaks with h = 2 and h = 1', () => {
    const { dose50Ug, hill } = COMPOUND_PRESETS.mk4.presystemic!;
    const escape = (doseUg: number, d50: number, h: number) => 1 / (1 + Math.pow(d50 / doseUg, h));
    const note = dose50Ug.note;
    expect(note).toContain(
      `with it ${(escape(15_000, dose50Ug.value, hill.value) * 100).toFixed(0)}% of 15 mg escapes`,
    );
    expect(note).toContain(`only ${(escape(420, dose50Ug.value, hill.value) * 100).toFixed(2)}% escapes`);
    const withH2 = peakNgPerMl('mk4', 420, 20);
    expect(hill.note).toContain(`peaks at ${withH2.toFixed(3)} ng/mL`);
    // h = 1 with the dose50 that keeps the same escaping fraction at 15 mg (the Uematsu anchor).
    const e15 = escape(15_000, dose50Ug.value, hill.value);
    const pkH1 = {
      ...presetParameters('mk4'),
      presystemic: { dose50Ug: (15_000 * (1 - e15)) / e15, hill: 1 },
    };
    expect(hill.note).toContain(`peaking at ${peakNgPerMl('mk4', 420, 20, pkH1).toFixed(2)} ng/mL`);
  });
});

describe('K1 and MK-4 notes and the README tables come from the model', () => {
  const k1 = COMPOUND_PRESETS.k1;

  it('K1 notes: peak 4.0 h, hybrid half-lives 1.0 h and 27.6 h, fast share 0.904, MK-7 peak 1.2×, CL 7.5 × 0.255 L/h', () => {
    const d = disposition(presetParameters('k1'));
    const peakK1 = gridPeak('k1', 420);
    const peakMk7 = gridPeak('mk7', 420);
    expect(k1.kaPerH.note).toContain(`K1 peaks ${peakK1.timeH.toFixed(1)} h after intake`);
    const hybrid = `${(Math.LN2 / d.alphaPerH).toFixed(1)} h and ${(Math.LN2 / d.betaPerH).toFixed(1)} h`;
    expect(k1.tHalfH.note).toContain(`hybrid half-lives ${hybrid}`);
    expect(k1.tHalfH.note).toContain(`fast share ${d.fastFraction.toFixed(3)}`);
    expect(k1.peripheral!.k12PerH.note).toContain(`fast share ${d.fastFraction.toFixed(3)}`);
    expect(k1.tHalfH.note).toContain(`MK-7 peaks ${(peakMk7.conc / peakK1.conc).toFixed(1)}× higher than K1`);
    const mk7 = presetParameters('mk7');
    const clMk7 = (Math.LN2 / mk7.tHalfH) * mk7.volumeL;
    const ratio = (d.k10PerH * k1.volumeL.value) / clMk7;
    expect(k1.volumeL.note).toContain(`= ${ratio.toFixed(1)} × CL of MK-7 (${clMk7.toFixed(3)} L/h)`);
    expect(k1.volumeL.note).toContain(`${ratio.toFixed(1)}-fold higher average level`);
  });

  it('MK-4 ka note: peaks 4.0 h after intake', () => {
    expect(COMPOUND_PRESETS.mk4.kaPerH.note).toContain(
      `MK-4 peaks ${gridPeak('mk4', 15_000).timeH.toFixed(1)} h after intake`,
    );
  });

  it('docs/science-tables.md (the README tables) is what scripts/observations-table.ts --markdown prints now', () => {
    const generated = [
      observationsMarkdown(OBSERVATIONS.map(observationRow)),
      '',
      k1StructureMarkdown(),
      '',
      missedDoseExample(),
      '',
    ].join('\n');
    const file = readFileSync(new URL('../../docs/science-tables.md', import.meta.url), 'utf8');
    expect(file).toBe(generated);
  });

  it('the README carries the same tables, between its science-tables markers', () => {
    const generated = readFileSync(new URL('../../docs/science-tables.md', import.meta.url), 'utf8').trim();
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const inReadme = /<!-- science-tables:start -->\n([\s\S]*?)\n<!-- science-tables:end -->/.exec(readme);
    expect(inReadme?.[1]).toBe(generated);
  });

  it('the missed-dose example, recomputed from two plain runs (as taken, as planned)', () => {
    const source = makeRegimen({ compound: 'mk7', doseUg: 180, fatG: 15, missedDoses: [1] });
    const taken = simulateRegimen(source, 30 * 24, 1).plasmaNgPerMl;
    const plan = simulateRegimen({ ...source, missedDoses: [] }, 30 * 24, 1).plasmaNgPerMl;
    let worst = 0;
    let worstH = 0;
    let lastOutH = 0;
    for (let h = 0; h < taken.length; h++) {
      const rel = plan[h]! > 0.01 * Math.max(...plan) ? taken[h]! / plan[h]! - 1 : 0;
      if (rel < worst) [worst, worstH] = [rel, h];
      if (Math.abs(rel) > 0.05) lastOutH = h;
    }
    const text = missedDoseExample();
    expect(text).toContain(`by up to ${Math.round(-worst * 100)}% below the plan`);
    // The next trough: between the third dose (48 h) and the fourth (72 h), on the hourly grid; the lag puts it
    // at 50 h, a whole hour, so the grid finds it exactly.
    const trough = (x: Float64Array) => Math.min(...x.subarray(48, 73));
    expect(worstH).toBeGreaterThan(24);
    expect(text).toContain(
      `(the next trough ${trough(taken).toFixed(2)} instead of ${trough(plan).toFixed(2)} ng/mL)`,
    );
    expect(text).toContain(`from day ${((lastOutH + 1) / 24).toFixed(1)}.`);
  });
});

function gridPeak(compound: CompoundId, doseUg: number): { timeH: number; conc: number } {
  const r = simulateRegimen(makeRegimen({ compound, doseUg, fatG: 20, doseCount: 1 }), 48, 1 / 60);
  let best = 0;
  r.plasmaNgPerMl.forEach((c, i) => {
    if (c > r.plasmaNgPerMl[best]!) best = i;
  });
  return { timeH: r.timeH[best]!, conc: r.plasmaNgPerMl[best]! };
}
