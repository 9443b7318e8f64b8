import type { TissueParameters } from './model/types';
import { ngPerMlToNmolPerL } from './units';

/**
 * Carboxylated fraction of a vitamin K-dependent protein (osteocalcin in bone, MGP in the arterial wall) from the
 * tissue concentration, by an Emax model: baseline + (max - baseline) * C / (EC50 + C), C in nmol/L.
 * Illustrative (Holford & Sheiner 1981 for the Emax form; parameters are not fitted to data).
 * @example carboxylatedFraction({ ke0PerH: 0.03, baselineFraction: 0.5, maxFraction: 0.9, ec50NmolPerL: 2 }, 2) // => 0.7
 */
export function carboxylatedFraction(tissue: TissueParameters, concNmolPerL: number): number {
  const c = Math.max(0, concNmolPerL);
  return (
    tissue.baselineFraction + ((tissue.maxFraction - tissue.baselineFraction) * c) / (tissue.ec50NmolPerL + c)
  );
}

/** Element-wise ng/mL -> nmol/L for a whole series. */
export function seriesToNmolPerL(concNgPerMl: Float64Array, molarMassGPerMol: number): Float64Array {
  const out = new Float64Array(concNgPerMl.length);
  for (let i = 0; i < out.length; i++) out[i] = ngPerMlToNmolPerL(concNgPerMl[i]!, molarMassGPerMol);
  return out;
}

/** Element-wise carboxylated fraction of a tissue concentration series given in ng/mL. */
export function seriesCarboxylation(
  tissueNgPerMl: Float64Array,
  tissue: TissueParameters,
  molarMassGPerMol: number,
): Float64Array {
  const out = new Float64Array(tissueNgPerMl.length);
  const toNmol = 1000 / molarMassGPerMol;
  for (let i = 0; i < out.length; i++) out[i] = carboxylatedFraction(tissue, tissueNgPerMl[i]! * toNmol);
  return out;
}
