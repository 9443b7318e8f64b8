import { disposition } from '../../../sim/model/disposition';
import { formatNumberIn } from '../../../sim/i18n/format';
import { currentTranslator, type AppTranslator } from '../i18n';
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

/** The preset numbers every compound has, in the table's order (their names: 'param.name' in messages.science.ts). */
const PARAMETER_KEYS = ['molarMassGPerMol', 'kaPerH', 'tHalfH', 'volumeL', 'lagH', 'fFasted'] as const;

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
const CENTRAL_NAMES: Partial<Record<(typeof PARAMETER_KEYS)[number], string>> = {
  tHalfH: 'centralTHalfH',
  volumeL: 'centralVolumeL',
};

/**
 * Every preset number the simulation uses, read from sim's presets (never copied), its names in `tr`'s language
 * (the notes quote their sources and stay in English).
 */
export function presetRows(tr: AppTranslator = currentTranslator()): PresetRow[] {
  const name = (p: string) => tr.t('param.name', { p });
  const rows: PresetRow[] = [];
  for (const id of COMPOUND_IDS) {
    const preset = COMPOUND_PRESETS[id];
    for (const key of PARAMETER_KEYS) {
      rows.push(row(preset.label, key, name((preset.peripheral && CENTRAL_NAMES[key]) || key), preset[key]));
    }
    if (preset.peripheral) {
      rows.push(
        row(preset.label, 'k12', name('k12'), preset.peripheral.k12PerH),
        row(preset.label, 'k21', name('k21'), preset.peripheral.k21PerH),
        ...structureRows(id, tr),
      );
    }
    if (preset.presystemic) {
      rows.push(
        row(preset.label, 'dose50', name('dose50'), preset.presystemic.dose50Ug),
        row(preset.label, 'doseHill', name('doseHill'), preset.presystemic.hill),
      );
    }
  }
  const fat = { sources: shortNames(FAT_EFFECT.sources), note: FAT_EFFECT.note, basis: 'estimate' as const };
  const fatGroup = tr.t('param.group', { g: 'fat' });
  rows.push(
    {
      key: 'fat-b',
      group: fatGroup,
      parameter: name('fatFastedFraction'),
      value: FAT_EFFECT.fastedFraction,
      unit: 'fraction',
      ...fat,
    },
    {
      key: 'fat-50',
      group: fatGroup,
      parameter: name('fat50'),
      value: FAT_EFFECT.fat50G,
      unit: 'g',
      ...fat,
    },
    {
      key: 'fat-n',
      group: fatGroup,
      parameter: name('fatHill'),
      value: FAT_EFFECT.hill,
      unit: '',
      ...fat,
    },
    {
      key: 'fat-max-studied',
      group: fatGroup,
      parameter: name('fatMaxStudied'),
      value: FAT_EFFECT_MAX_STUDIED_G,
      unit: 'g',
      ...fat,
      basis: 'published',
    },
  );
  rows.push({
    ...row('Assay', 'lod', name('lod'), DETECTION_LIMIT_NG_PER_ML),
    group: tr.t('param.group', { g: 'assay' }),
  });
  return rows;
}

/**
 * What a two-compartment preset implies, computed from its micro-constants (model/disposition.ts): the curve's
 * hybrid half-lives (published: the study the constants were derived from), the fast share and the clearance
 * (estimates, with their derivation).
 */
export function structureRows(id: CompoundId, tr: AppTranslator = currentTranslator()): PresetRow[] {
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
      parameter: tr.t('param.phaseHalfLife', { phase }),
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
      parameter: tr.t('param.name', { p: 'fastShare' }),
      value: Math.round(d.fastFraction * 1000) / 1000,
      unit: 'fraction',
      basis: 'estimate',
      sources: shortNames(['schurgers2007']),
      note: `Estimate: fitted so that after equal single doses MK-7 peaks 1.2× higher than ${group} (Schurgers 2007: MK-7 at least ${group}'s level; 1.2 is a choice within that). Reproduce: npx tsx scripts/fit-k1.ts`,
    },
    {
      key: `${group}-clearance`,
      group,
      parameter: tr.t('param.name', { p: 'clearance' }),
      value: Math.round(cl * 100) / 100,
      unit: 'L/h',
      basis: 'estimate',
      sources: shortNames(['schurgers2007']),
      note: `Estimate: ${(cl / clMk7).toFixed(1)} × MK-7's clearance (${clMk7.toFixed(3)} L/h), so equimolar daily doses give MK-7 a ${(cl / clMk7).toFixed(1)}-fold higher average level (Schurgers 2007: 7- to 8-fold).`,
    },
  ];
}

/**
 * The compartments of each compound in words, for the Sources panel (numbers from the presets), in `tr`'s language
 * with its numbers ("0,195" in German).
 */
export function structureSentences(
  tr: AppTranslator = currentTranslator(),
): { compound: string; text: string }[] {
  // Preset values as typed (tr.num keeps every digit); k10 to 3 decimals; half-lives to one, as Olson gives them ("1.0 h").
  const num = tr.num;
  const halfLife = (rate: number) =>
    formatNumberIn(tr.locale, Math.LN2 / rate, { fraction: 1, minFraction: 1 });
  return COMPOUND_IDS.map((id) => {
    const p = COMPOUND_PRESETS[id];
    const common = { ka: num(p.kaPerH.value), lag: num(p.lagH.value) };
    if (!p.peripheral) {
      return {
        compound: p.label,
        text: tr.t('structure.one', { ...common, v: num(p.volumeL.value), tHalf: num(p.tHalfH.value) }),
      };
    }
    const d = disposition(presetParameters(id));
    return {
      compound: p.label,
      text: tr.t('structure.two', {
        ...common,
        v1: num(p.volumeL.value),
        k12: num(p.peripheral.k12PerH.value),
        k21: num(p.peripheral.k21PerH.value),
        k10: num(Math.round(d.k10PerH * 1000) / 1000),
        fast: halfLife(d.alphaPerH),
        slow: halfLife(d.betaPerH),
        pct: num(Math.round(d.fastFraction * 1000) / 10),
        published: SOURCES.olson2002.short,
        derived: SOURCES.schurgers2007.short,
      }),
    };
  });
}
