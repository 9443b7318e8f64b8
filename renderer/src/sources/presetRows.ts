import { disposition } from '../../../sim/model/disposition';
import { formatNumber } from '../plot/format';
import {
  COMPOUND_IDS,
  COMPOUND_PRESETS,
  OBSERVATIONS,
  presetParameters,
  type CompoundId,
  DETECTION_LIMIT_NG_PER_ML,
  FAT_EFFECT,
  FAT_EFFECT_MAX_STUDIED_G,
  SOURCES,
  type SourceId,
  type SourcedValue,
} from '../../../sim';

/** One line of the parameters table: a preset number, its unit, basis, sources and note. */
export interface PresetRow {
  key: string;
  group: string;
  parameter: string;
  value: number;
  unit: string;
  basis: 'published' | 'estimate' | 'illustrative';
  sources: string[];
  note: string;
}

const PARAMETER_NAMES = {
  molarMassGPerMol: 'Molar mass',
  kaPerH: 'Absorption rate constant ka',
  tHalfH: 'Elimination half-life t½',
  volumeL: 'Apparent volume V',
  lagH: 'Absorption lag',
  fFasted: 'Bioavailability F (fasted)',
} as const;

function shortNames(ids: readonly SourceId[]): string[] {
  return ids.map((id) => SOURCES[id].short);
}

function row(group: string, key: string, parameter: string, v: SourcedValue): PresetRow {
  return {
    key: `${group}-${key}`,
    group,
    parameter,
    value: v.value,
    unit: v.unit,
    basis: v.basis,
    sources: shortNames(v.sources),
    note: v.note,
  };
}

/** With a peripheral compartment, t½ and V belong to the central compartment: say so (K1's 3.56 h is not a half-life of the curve). */
const CENTRAL_NAMES: Partial<Record<keyof typeof PARAMETER_NAMES, string>> = {
  tHalfH: 'Central elimination t½ (ln 2 / k10; not the curve’s half-life)',
  volumeL: 'Central volume V1',
};

/** Every preset number the simulation uses, read from sim's presets (never copied). */
export function presetRows(): PresetRow[] {
  const rows: PresetRow[] = [];
  for (const id of COMPOUND_IDS) {
    const preset = COMPOUND_PRESETS[id];
    for (const key of Object.keys(PARAMETER_NAMES) as (keyof typeof PARAMETER_NAMES)[]) {
      const name = (preset.peripheral && CENTRAL_NAMES[key]) || PARAMETER_NAMES[key];
      rows.push(row(preset.label, key, name, preset[key]));
    }
    if (preset.peripheral) {
      rows.push(
        row(preset.label, 'k12', 'Central → peripheral rate k12', preset.peripheral.k12PerH),
        row(preset.label, 'k21', 'Peripheral → central rate k21', preset.peripheral.k21PerH),
        ...structureRows(id),
      );
    }
    if (preset.presystemic) {
      rows.push(
        row(preset.label, 'dose50', 'First pass: dose at which half escapes', preset.presystemic.dose50Ug),
        row(preset.label, 'doseHill', 'First pass: steepness with dose', preset.presystemic.hill),
      );
    }
  }
  const fat = { sources: shortNames(FAT_EFFECT.sources), note: FAT_EFFECT.note, basis: 'estimate' as const };
  rows.push(
    {
      key: 'fat-b',
      group: 'Meal fat effect',
      parameter: 'Fasted F as a fraction of maximum F',
      value: FAT_EFFECT.fastedFraction,
      unit: 'fraction',
      ...fat,
    },
    {
      key: 'fat-50',
      group: 'Meal fat effect',
      parameter: 'Fat for half the rise',
      value: FAT_EFFECT.fat50G,
      unit: 'g',
      ...fat,
    },
    {
      key: 'fat-n',
      group: 'Meal fat effect',
      parameter: 'Hill coefficient (fixed)',
      value: FAT_EFFECT.hill,
      unit: '',
      ...fat,
    },
    {
      key: 'fat-max-studied',
      group: 'Meal fat effect',
      parameter: 'Highest fat studied (beyond: extrapolation)',
      value: FAT_EFFECT_MAX_STUDIED_G,
      unit: 'g',
      ...fat,
      basis: 'published',
    },
  );
  rows.push(row('Assay', 'lod', 'Detection limit', DETECTION_LIMIT_NG_PER_ML));
  return rows;
}

/**
 * What a two-compartment preset implies, computed from its micro-constants (model/disposition.ts): the curve's
 * hybrid half-lives (published: the study the constants were derived from), the fast share and the clearance
 * (estimates, with their derivation).
 */
export function structureRows(id: CompoundId): PresetRow[] {
  const preset = COMPOUND_PRESETS[id];
  if (!preset.peripheral) return [];
  const d = disposition(presetParameters(id));
  const mk7 = presetParameters('mk7');
  const clMk7 = (Math.LN2 / mk7.tHalfH) * mk7.volumeL;
  const cl = d.k10PerH * preset.volumeL.value;
  const group = preset.label;
  const halfLife = (phase: 'fast' | 'slow', rate: number): PresetRow => {
    const o = OBSERVATIONS.find(
      (x) => x.kind === 'halfLife' && x.compound === id && x.phase === phase && x.role === 'fitted',
    );
    const published = o?.kind === 'halfLife' ? o : undefined;
    return {
      key: `${group}-${phase}HalfLife`,
      group,
      parameter: `Plasma half-life, ${phase} phase (hybrid: ln 2 / ${phase === 'fast' ? 'α' : 'β'})`,
      value: Math.round((Math.LN2 / rate) * 10) / 10,
      unit: 'h',
      basis: published ? 'published' : 'estimate',
      sources: published ? shortNames([published.source]) : [],
      note: published
        ? `${published.text} The model reproduces it: k10, k12 and k21 are derived from the two half-lives and the fast share below.`
        : 'Computed from k10, k12 and k21.',
    };
  };
  return [
    halfLife('fast', d.alphaPerH),
    halfLife('slow', d.betaPerH),
    {
      key: `${group}-fastShare`,
      group,
      parameter: 'Share of a central amount in the fast phase',
      value: Math.round(d.fastFraction * 1000) / 1000,
      unit: 'fraction',
      basis: 'estimate',
      sources: shortNames(['schurgers2007']),
      note: `Estimate: fitted so that after equal single doses MK-7 peaks 1.2× higher than ${group} (Schurgers 2007: MK-7 at least ${group}'s level; 1.2 is a choice within that). Reproduce: npx tsx scripts/fit-k1.ts`,
    },
    {
      key: `${group}-clearance`,
      group,
      parameter: 'Clearance CL = k10 × V1',
      value: Math.round(cl * 100) / 100,
      unit: 'L/h',
      basis: 'estimate',
      sources: shortNames(['schurgers2007']),
      note: `Estimate: ${(cl / clMk7).toFixed(1)} × MK-7's clearance (${clMk7.toFixed(3)} L/h), so equimolar daily doses give MK-7 a ${(cl / clMk7).toFixed(1)}-fold higher average level (Schurgers 2007: 7- to 8-fold).`,
    },
  ];
}

/** The compartments of each compound in words, for the Sources panel (numbers from the presets). */
export function structureSentences(): { compound: string; text: string }[] {
  return COMPOUND_IDS.map((id) => {
    const p = COMPOUND_PRESETS[id];
    const lag = `${formatNumber(p.lagH.value)} h lag`;
    if (!p.peripheral) {
      return {
        compound: p.label,
        text: `gut → plasma (one compartment, V ${formatNumber(p.volumeL.value)} L) → eliminated with t½ ${formatNumber(p.tHalfH.value)} h; absorbed at ka ${formatNumber(p.kaPerH.value)} /h after a ${lag}.`,
      };
    }
    const d = disposition(presetParameters(id));
    return {
      compound: p.label,
      text:
        `gut → central compartment (V1 ${formatNumber(p.volumeL.value)} L) ⇄ peripheral compartment (k12 ${formatNumber(p.peripheral.k12PerH.value)} /h out, k21 ${formatNumber(p.peripheral.k21PerH.value)} /h back), eliminated from the central at k10 ${formatNumber(Math.round(d.k10PerH * 1000) / 1000)} /h; absorbed at ka ${formatNumber(p.kaPerH.value)} /h after a ${lag}. ` +
        `The plasma curve falls in two phases, half-lives ${(Math.LN2 / d.alphaPerH).toFixed(1)} h and ${(Math.LN2 / d.betaPerH).toFixed(1)} h (published: Olson 2002), ${Math.round(d.fastFraction * 1000) / 10}% of a central amount in the fast one (estimate). ` +
        `All else is an estimate derived from those and from Schurgers 2007 (rows below).`,
    };
  });
}
