import {
  COMPOUND_PRESETS,
  molarMass,
  seriesCarboxylation,
  seriesToNmolPerL,
  simulateRegimen,
  TISSUE_PRESET,
  toRegimen,
  type CompoundId,
  type Scenario,
  type ScenarioRegimen,
  type SimulationResult,
} from '../../../sim';
import { CAPTION_ORDER } from './caption';
import { EXPORT_STYLE } from './exportStyle';

export type ExportPanelId = 'plasma' | 'tissue';
export type Quantity = 'plasma' | 'nofat_plasma' | 'bone' | 'artery';

/** One curve at the full simulation resolution, in the display units. */
export interface ExportSeries {
  /** CSV column, with units: "mk7_plasma_ng_per_ml", "mk7_nofat_plasma_nmol_per_l", "mk7_bone_carboxylated_pct". */
  column: string;
  /** Legend text: "MK-7", "MK-7 (no fat)", "MK-7 bone (osteocalcin)". */
  label: string;
  panel: ExportPanelId;
  compound: CompoundId;
  quantity: Quantity;
  color: string;
  /** SVG stroke-dasharray at scale 1, or null for a solid line. */
  dash: string | null;
  values: Float64Array;
}

export interface ExportData {
  scenario: Scenario;
  /** The shared output grid (h); every series has one value per time. */
  timeH: Float64Array;
  series: ExportSeries[];
}

/** The same regimen without fat: the "no fat" comparison curve, exactly as the chart computes it. */
export function withoutFat(r: ScenarioRegimen): ScenarioRegimen {
  return { ...r, fatG: 0 };
}

/** "ng/mL" -> "ng_per_ml", "nmol/L" -> "nmol_per_l". */
export function unitSlug(units: Scenario['display']['units']): string {
  return units === 'ng/mL' ? 'ng_per_ml' : 'nmol_per_l';
}

type Simulate = (r: ScenarioRegimen, horizonH: number, stepH: number) => SimulationResult;
const simulateScenarioRegimen: Simulate = (r, horizonH, stepH) =>
  simulateRegimen(toRegimen(r), horizonH, stepH);

/**
 * Every curve the charts show, at the scenario's full output resolution (not downsampled): plasma for each
 * shown compound, its no-fat twin when comparing, and the two illustrative tissue curves when shown.
 */
export function buildExportData(
  scenario: Scenario,
  simulate: Simulate = simulateScenarioRegimen,
): ExportData {
  const horizonH = scenario.horizonDays * 24;
  const stepH = scenario.stepMin / 60;
  const { units, compareFat, showTissue, visible } = scenario.display;
  const slug = unitSlug(units);
  const inUnits = (values: Float64Array, compound: CompoundId) =>
    units === 'ng/mL' ? values : seriesToNmolPerL(values, molarMass(compound));

  const series: ExportSeries[] = [];
  let timeH: Float64Array | null = null;
  for (const compound of CAPTION_ORDER) {
    if (!visible.includes(compound)) continue;
    const regimen = scenario.regimens.find((r) => r.compound === compound);
    if (!regimen) continue;
    const name = regimen.label ?? COMPOUND_PRESETS[compound].label;
    const color = EXPORT_STYLE.colors[compound];
    const result = simulate(regimen, horizonH, stepH);
    timeH ??= result.timeH;
    const add = (
      quantity: Quantity,
      label: string,
      panel: ExportPanelId,
      column: string,
      values: Float64Array,
    ) =>
      series.push({
        column,
        label,
        panel,
        compound,
        quantity,
        color,
        dash: EXPORT_STYLE.dashes[quantity],
        values,
      });
    add('plasma', name, 'plasma', `${compound}_plasma_${slug}`, inUnits(result.plasmaNgPerMl, compound));
    if (compareFat) {
      const fasted = simulate(withoutFat(regimen), horizonH, stepH).plasmaNgPerMl;
      add(
        'nofat_plasma',
        `${name} (no fat)`,
        'plasma',
        `${compound}_nofat_plasma_${slug}`,
        inUnits(fasted, compound),
      );
    }
    if (showTissue) {
      // As the tissue chart shows them: carboxylated osteocalcin (bone) and MGP (artery), in %.
      const mass = molarMass(compound);
      const percent = (values: Float64Array) => values.map((v) => v * 100);
      const bone = percent(seriesCarboxylation(result.boneNgPerMl, TISSUE_PRESET.bone, mass));
      const artery = percent(seriesCarboxylation(result.arteryNgPerMl, TISSUE_PRESET.artery, mass));
      add('bone', `${name} bone (osteocalcin)`, 'tissue', `${compound}_bone_carboxylated_pct`, bone);
      add('artery', `${name} artery (MGP)`, 'tissue', `${compound}_artery_carboxylated_pct`, artery);
    }
  }
  return { scenario, timeH: timeH ?? simulate(scenario.regimens[0]!, horizonH, stepH).timeH, series };
}
