/**
 * Curve labels in the reader's language (scenarioView's `tr`): two regimens of one compound are told apart as
 * "MK-7 (Schema 2)" / "MK-7（投与計画2）", the without-fat twin and the tissue curves in words of the language,
 * while English (the default, the command line's) stays as it always was and no data column changes.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario, makeRegimen, scenarioView, simTranslator, type Scenario } from '../../sim';

/** Two MK-7 regimens (90 µg and 180 µg daily) and one MK-4, fat compared, tissue shown. */
function twoMk7(personal?: Scenario['personal']): Scenario {
  const s = defaultScenario();
  return {
    ...s,
    horizonDays: 14,
    regimens: [
      makeRegimen({ compound: 'mk7', doseUg: 90 }),
      makeRegimen({ compound: 'mk7', doseUg: 180 }),
      makeRegimen({ compound: 'mk4', doseUg: 500 }),
    ],
    display: { ...s.display, compareFat: true, showTissue: true, visible: ['mk7', 'mk4'] },
    ...(personal ? { personal } : {}),
  };
}

const labels = (s: Scenario, locale?: string) =>
  scenarioView(s, locale === undefined ? {} : { tr: simTranslator(locale) }).series.map((x) => x.label);

describe('curve labels in the UI language', () => {
  it('English, the default, is unchanged: "MK-7 (regimen 2)", "(no fat)", "bone (osteocalcin)"', () => {
    expect(labels(twoMk7())).toEqual([
      'MK-7 (regimen 1)',
      'MK-7 (regimen 1) (no fat)',
      'MK-7 (regimen 2)',
      'MK-7 (regimen 2) (no fat)',
      'MK-4',
      'MK-4 (no fat)',
      'MK-7 (regimen 1) bone (osteocalcin)',
      'MK-7 (regimen 1) artery (MGP)',
      'MK-7 (regimen 2) bone (osteocalcin)',
      'MK-7 (regimen 2) artery (MGP)',
      'MK-4 bone (osteocalcin)',
      'MK-4 artery (MGP)',
    ]);
    // The English locale the app runs in writes the same.
    expect(labels(twoMk7(), 'en-US')).toEqual(labels(twoMk7()));
  });

  it('German: "MK-7 (Schema 2)", "(ohne Fett)", "Knochen", "Arterie"; no English word left', () => {
    const de = labels(twoMk7(), 'de-DE');
    expect(de).toEqual([
      'MK-7 (Schema 1)',
      'MK-7 (Schema 1) (ohne Fett)',
      'MK-7 (Schema 2)',
      'MK-7 (Schema 2) (ohne Fett)',
      'MK-4',
      'MK-4 (ohne Fett)',
      'MK-7 (Schema 1) Knochen (Osteocalcin)',
      'MK-7 (Schema 1) Arterie (MGP)',
      'MK-7 (Schema 2) Knochen (Osteocalcin)',
      'MK-7 (Schema 2) Arterie (MGP)',
      'MK-4 Knochen (Osteocalcin)',
      'MK-4 Arterie (MGP)',
    ]);
    for (const label of de) expect(label).not.toMatch(/regimen|no fat|bone|artery/);
  });

  it('Japanese: "MK-7（投与計画2）", "（脂肪なし）"; no English word left', () => {
    const ja = labels(twoMk7(), 'ja-JP');
    expect(ja.slice(0, 4)).toEqual([
      'MK-7（投与計画1）',
      'MK-7（投与計画1）（脂肪なし）',
      'MK-7（投与計画2）',
      'MK-7（投与計画2）（脂肪なし）',
    ]);
    expect(ja.at(-2)).toBe('MK-4 骨（オステオカルシン）');
    for (const label of ja) expect(label).not.toMatch(/regimen|no fat|bone|artery/);
  });

  it('a personal factor is named in the language too, after the regimen', () => {
    const personal = { factor: 0.35, fit: null };
    expect(labels(twoMk7(personal))[2]).toBe('MK-7 (regimen 2), personal factor ×0.35');
    expect(labels(twoMk7(personal), 'de-DE')[2]).toBe('MK-7 (Schema 2), persönlicher Faktor ×0,35');
    expect(labels(twoMk7(personal), 'ja-JP')[2]).toBe('MK-7（投与計画2）、個人係数 ×0.35');
  });

  it('axis titles follow the language; data columns, values and a typed label never do', () => {
    const s = twoMk7();
    const en = scenarioView(s);
    const de = scenarioView(s, { tr: simTranslator('de-DE') });
    expect(en.axisTitles).toEqual({
      time: 'Time (days)',
      plasma: 'Plasma concentration (ng/mL)',
      tissue: 'Carboxylated protein (%), illustrative',
    });
    expect(de.axisTitles).toEqual({
      time: 'Zeit (Tage)',
      plasma: 'Plasmakonzentration (ng/mL)',
      tissue: 'Carboxyliertes Protein (%), illustrativ',
    });
    expect(de.series.map((x) => x.column)).toEqual(en.series.map((x) => x.column));
    expect(de.series.map((x) => x.column)).toContain('r2_mk7_plasma_ng_per_ml');
    de.series.forEach((x, i) => expect(x.values).toEqual(en.series[i]!.values));
    // A label the user typed is theirs: never numbered, never translated.
    const typed = { ...s, regimens: s.regimens.map((r, i) => (i === 1 ? { ...r, label: 'Abends' } : r)) };
    expect(labels(typed, 'de-DE').slice(0, 3)).toEqual([
      'MK-7 (Schema 1)',
      'MK-7 (Schema 1) (ohne Fett)',
      'Abends',
    ]);
  });
});
