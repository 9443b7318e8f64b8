import { minMaxDownsample, molarMass, seriesCarboxylation, TISSUE_PRESET } from '../../../sim';
import { TISSUE_DASH } from '../theme/palette';
import { DRAW_BUCKETS, type Curve, type SimulatedCurve } from './curves';

export interface TissueCurve extends Curve {
  tissue: 'bone' | 'artery';
  dash: string;
}

/**
 * Carboxylated osteocalcin (bone) and MGP (arterial wall), in %, for each curve taken with the meal's fat.
 * Illustrative: TISSUE_PRESET's parameters are not fitted to data.
 */
export function tissueCurves(simulated: readonly SimulatedCurve[], buckets = DRAW_BUCKETS): TissueCurve[] {
  const out: TissueCurve[] = [];
  for (const curve of simulated) {
    if (curve.dashed) continue;
    const mass = molarMass(curve.compound);
    const { timeH } = curve.result;
    const series = {
      bone: seriesCarboxylation(curve.result.boneNgPerMl, TISSUE_PRESET.bone, mass),
      artery: seriesCarboxylation(curve.result.arteryNgPerMl, TISSUE_PRESET.artery, mass),
    };
    for (const tissue of ['bone', 'artery'] as const) {
      const values = series[tissue];
      out.push({
        key: `${curve.key}-${tissue}`,
        compound: curve.compound,
        label: `${curve.label} ${tissue === 'bone' ? 'bone (osteocalcin)' : 'artery (MGP)'}`,
        color: curve.color,
        dashed: tissue === 'artery',
        tissue,
        dash: TISSUE_DASH[tissue],
        points: minMaxDownsample(values, buckets).map((i) => ({ t: timeH[i]! / 24, v: values[i]! * 100 })),
      });
    }
  }
  return out;
}
