import type { CompoundId, TissueModel, TissueParameters } from './model/types';
import { COMPOUND_PRESETS, presetParameters, TISSUE_PRESET } from './presets/compounds';
import { carboxylatedFraction } from './readouts';
import { simulate } from './simulate';

/** The circulating marker a tissue readout stands for: dp-ucMGP (arterial wall) or ucOC (bone). */
export type Marker = 'dp-ucMGP' | 'ucOC';

/** A trial design as a repeating week: dose times (h from the start of the week) and the study's length. */
export interface StudyDesign {
  compound: CompoundId;
  doseUg: number;
  /** Dose times within one week (h), e.g. [0, 48, 96] for three times a week. */
  weeklyDoseTimesH: readonly number[];
  weeks: number;
  /** Meal fat with each dose (g); the trials do not report it, so a standard 20 g breakfast is assumed. */
  fatG: number;
}

/**
 * Percent change of the uncarboxylated protein from its no-supplement baseline, as trials report dp-ucMGP and
 * ucOC: -100 × (f - f0) / (1 - f0), where f is the carboxylated fraction (Emax readout) and f0 its baseline.
 * Negative: the uncarboxylated form fell. Reference: Holford & Sheiner 1981 (Emax); Caluwé 2014 reports
 * dp-ucMGP this way.
 * @example undercarboxylatedChangePct({ ke0PerH: 0.01, baselineFraction: 0.5, maxFraction: 1, ec50NmolPerL: 2 }, 2) === -50
 */
export function undercarboxylatedChangePct(tissue: TissueParameters, concNmolPerL: number): number {
  const f = carboxylatedFraction(tissue, concNmolPerL);
  return (-100 * (f - tissue.baselineFraction)) / (1 - tissue.baselineFraction);
}

/**
 * The model's marker change at the end of a trial: the design is simulated dose by dose, the tissue level is
 * averaged over the last week (a blood draw can fall on any day of the dosing week), converted to nmol/L and
 * read through the Emax curve of that tissue.
 * @example studyMarkerChangePct({ compound: 'mk7', doseUg: 360, weeklyDoseTimesH: [0, 48, 96], weeks: 8, fatG: 20 }, 'dp-ucMGP')
 */
export function studyMarkerChangePct(
  design: StudyDesign,
  marker: Marker,
  tissue: TissueModel = TISSUE_PRESET,
): number {
  const weekH = 168;
  const horizonH = design.weeks * weekH;
  const doses = [];
  for (let w = 0; w < design.weeks; w++) {
    for (const t of design.weeklyDoseTimesH) {
      doses.push({
        index: doses.length,
        timeH: w * weekH + t,
        amountUg: design.doseUg,
        fatG: design.fatG,
        missed: false,
      });
    }
  }
  const stepH = 1;
  const run = simulate({ pk: presetParameters(design.compound), tissue, doses, horizonH, stepH });
  const series = marker === 'dp-ucMGP' ? run.arteryNgPerMl : run.boneNgPerMl;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < run.timeH.length; i++) {
    if (run.timeH[i]! > horizonH - weekH) {
      sum += series[i]!;
      count++;
    }
  }
  const nmolPerL = ((sum / count) * 1000) / COMPOUND_PRESETS[design.compound].molarMassGPerMol.value;
  return undercarboxylatedChangePct(marker === 'dp-ucMGP' ? tissue.artery : tissue.bone, nmolPerL);
}
