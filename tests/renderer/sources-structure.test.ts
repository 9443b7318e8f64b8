import { createElement } from 'react';
import { eigs } from 'mathjs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { COMPOUND_PRESETS } from '../../sim';
import { presetRows, structureRows, structureSentences } from '../../renderer/src/sources/presetRows';
import { ModelDisclaimer, SourcesPanel } from '../../renderer/src/sources/SourcesPanel';

/**
 * The Sources panel shows K1's structure (issue 15 §1): two compartments, every number published or an estimate
 * with its derivation. Independent truth: the hybrid half-lives are recomputed from the micro-constants as the
 * eigenvalues of the 2×2 exchange matrix (mathjs), not by the model's disposition().
 */
describe('Sources panel: K1 as two compartments', () => {
  const k1 = COMPOUND_PRESETS.k1;
  const k10 = Math.LN2 / k1.tHalfH.value;
  const { values } = eigs([
    [-(k10 + k1.peripheral!.k12PerH.value), k1.peripheral!.k21PerH.value],
    [k1.peripheral!.k12PerH.value, -k1.peripheral!.k21PerH.value],
  ]);
  const halfLives = (values as number[]).map((v) => Math.LN2 / -v).sort((a, b) => a - b);

  it('lists k12, k21 and the derived rows for K1 only, each with a basis and a note', () => {
    const rows = presetRows().filter((r) => r.group === 'K1');
    const names = rows.map((r) => r.parameter);
    expect(names).toContain('Central → peripheral rate k12');
    expect(names).toContain('Peripheral → central rate k21');
    expect(names).toContain('Central elimination t½ (ln 2 / k10; not the curve’s half-life)');
    expect(names).toContain('Central volume V1');
    for (const r of rows) {
      expect(['published', 'estimate']).toContain(r.basis);
      expect(r.note.length).toBeGreaterThan(5);
    }
    expect(structureRows('mk7')).toEqual([]);
    expect(presetRows().some((r) => r.group === 'MK-7' && r.parameter.startsWith('Central'))).toBe(false);
  });

  it('the hybrid half-lives shown are the eigenvalues of the micro-constants (1.0 h and 27.6 h, published)', () => {
    const [fast, slow] = structureRows('k1');
    expect(fast).toMatchObject({ value: Math.round(halfLives[0]! * 10) / 10, basis: 'published' });
    expect(slow).toMatchObject({ value: Math.round(halfLives[1]! * 10) / 10, basis: 'published' });
    expect([fast!.value, slow!.value]).toEqual([1, 27.6]);
    expect(fast!.sources).toEqual(['Olson 2002']);
  });

  it('the clearance row is k10 × V1 and its note gives the 7.5-fold ratio to MK-7 it was derived from', () => {
    const clearance = structureRows('k1').find((r) => r.key === 'K1-clearance')!;
    expect(clearance.value).toBe(Math.round(k10 * k1.volumeL.value * 100) / 100);
    const mk7 = COMPOUND_PRESETS.mk7;
    const clMk7 = (Math.LN2 / mk7.tHalfH.value) * mk7.volumeL.value;
    expect(clearance.note).toContain(`${((k10 * k1.volumeL.value) / clMk7).toFixed(1)} × MK-7's clearance`);
    expect(clearance.note).toContain('7.5-fold');
  });

  it('the panel says the structure in words, and the disclaimer no longer calls every compound one-compartment', () => {
    const k1Line = structureSentences().find((x) => x.compound === 'K1')!.text;
    expect(k1Line).toContain('central compartment (V1 9.82 L) ⇄ peripheral compartment');
    expect(k1Line).toContain(`half-lives ${halfLives[0]!.toFixed(1)} h and ${halfLives[1]!.toFixed(1)} h`);
    expect(structureSentences().find((x) => x.compound === 'MK-7')!.text).toContain('one compartment');
    const html = renderToStaticMarkup(createElement(SourcesPanel));
    expect(html).toContain('Compartments');
    expect(renderToStaticMarkup(createElement(ModelDisclaimer))).toContain('two for K1');
  });
});
