import {
  COMPOUND_IDS,
  COMPOUND_PRESETS,
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

/** Every preset number the simulation uses, read from sim's presets (never copied). */
export function presetRows(): PresetRow[] {
  const rows: PresetRow[] = [];
  for (const id of COMPOUND_IDS) {
    const preset = COMPOUND_PRESETS[id];
    for (const key of Object.keys(PARAMETER_NAMES) as (keyof typeof PARAMETER_NAMES)[]) {
      rows.push(row(preset.label, key, PARAMETER_NAMES[key], preset[key]));
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
