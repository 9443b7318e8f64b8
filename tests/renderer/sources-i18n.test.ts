import { describe, expect, it } from 'vitest';
import { COMPOUND_PRESETS } from '../../sim';
import { markerBasis } from '../../sim/markers';
import { simTranslator } from '../../sim/i18n';
import { OBSERVATIONS } from '../../sim/presets/observations';
import { CATALOGS } from '../../renderer/src/i18n/catalogs';
import { makeTranslator } from '../../renderer/src/i18n/locale';
import { presetRows, structureSentences } from '../../renderer/src/sources/presetRows';
import { formatMarkerPct } from '../../renderer/src/plot/MarkerReadouts';

/**
 * The Sources panel's structure sentences and parameter names, and the marker readouts' population, are the app's
 * own words (not cited notes): German and Japanese readers get them in their language, with their numbers. The
 * independent truth is the preset value, written by the platform's Intl.NumberFormat for that locale.
 */
const de = makeTranslator('de', CATALOGS.de);
const ja = makeTranslator('ja', CATALOGS.ja);
const en = makeTranslator('en', CATALOGS.en);
const german = (x: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 10 }).format(x);

describe('Sources panel in German and Japanese', () => {
  it('writes the compartment sentences in German with German numbers, no English number or word left', () => {
    const lines = structureSentences(de);
    const mk4 = lines.find((x) => x.compound === 'MK-4')!.text;
    expect(mk4).toContain(`V ${german(COMPOUND_PRESETS.mk4.volumeL.value)} L`);
    expect(mk4).toContain(`t½ ${german(COMPOUND_PRESETS.mk4.tHalfH.value)} h`);
    expect(mk4).toContain('ein Kompartiment');
    const k1 = lines.find((x) => x.compound === 'K1')!.text;
    expect(k1).toContain(`k12 ${german(COMPOUND_PRESETS.k1.peripheral!.k12PerH.value)} /h`);
    expect(k1).toContain('Halbwertszeiten 1,0 h und 27,6 h');
    for (const { text } of lines) {
      // A decimal point between digits is an English number ("1.0"); no English words of the old sentence.
      expect(text, text).not.toMatch(/\d\.\d/);
      expect(text, text).not.toMatch(/\b(compartment|eliminated|absorbed|half-lives|lag)\b/);
    }
    // The same sentences in English are unchanged in meaning: still "one compartment" and point decimals.
    expect(structureSentences(en).find((x) => x.compound === 'K1')!.text).toContain(
      'half-lives 1.0 h and 27.6 h',
    );
  });

  it('writes the Japanese sentences without English words', () => {
    for (const { text } of structureSentences(ja)) {
      expect(text, text).toMatch(/コンパートメント/);
      expect(text, text).not.toMatch(/\b(gut|plasma|compartment|eliminated|absorbed|lag)\b/);
    }
  });

  it('names every parameter and group in the reader’s language (only compound labels and symbols shared)', () => {
    const [enRows, deRows, jaRows] = [presetRows(en), presetRows(de), presetRows(ja)];
    expect(deRows.map((r) => r.key)).toEqual(enRows.map((r) => r.key));
    expect(deRows.find((r) => r.key === 'MK-4-kaPerH')!.parameter).toBe(
      'Absorptionsgeschwindigkeitskonstante ka',
    );
    expect(deRows.find((r) => r.key === 'MK-4-volumeL')!.parameter).toBe('Scheinbares Verteilungsvolumen V');
    expect(jaRows.find((r) => r.key === 'MK-4-kaPerH')!.parameter).toBe('吸収速度定数 ka');
    expect(jaRows.find((r) => r.key === 'MK-4-volumeL')!.parameter).toBe('見かけの分布容積 V');
    enRows.forEach((r, i) => {
      // Every name differs from the English one: none fell through a select's "other" branch ("Clearance" is German too).
      if (!r.key.endsWith('clearance')) expect(deRows[i]!.parameter, r.parameter).not.toBe(r.parameter);
      expect(jaRows[i]!.parameter, r.parameter).not.toBe(r.parameter);
      if (!/^(MK-[47]|K1)$/.test(r.group)) expect(deRows[i]!.group, r.group).not.toBe(r.group);
    });
  });
});

describe('marker readouts: the trial population in the reader’s language', () => {
  it('every population a calibration names has a German and a Japanese name', () => {
    const populations = new Set(
      OBSERVATIONS.flatMap((o) => (o.kind === 'markerChange' ? [o.population] : [])),
    );
    expect(populations.size).toBeGreaterThan(0);
    const basisDe = markerBasis('mk4', 'ucOC', simTranslator('de-DE')).words;
    const basisJa = markerBasis('mk4', 'ucOC', simTranslator('ja-JP')).words;
    expect(basisDe).toBe('kalibriert an Jiang 2014, bei postmenopausalen Frauen mit Osteoporose');
    expect(basisJa).toContain('骨粗鬆症の閉経後女性');
    // The change itself as each language writes a percentage (German with a space before %).
    expect([formatMarkerPct(-20, en), formatMarkerPct(-20, de), formatMarkerPct(5, ja)]).toEqual([
      '−20%',
      '−20 %',
      '+5%',
    ]);
    for (const p of populations) {
      for (const locale of ['de-DE', 'ja-JP']) {
        const tr = simTranslator(locale);
        const words = tr.t('marker.population', { p: p.replace(/[^A-Za-z]/g, '_') });
        if (locale === 'ja-JP') expect(words, p).not.toMatch(/[A-Za-z]/);
        expect(words, `${p} in ${locale}`).not.toBe(p);
      }
    }
  });
});
