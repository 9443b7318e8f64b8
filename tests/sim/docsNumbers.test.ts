import { describe, expect, it } from 'vitest';
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
