/**
 * Reproduces the tissue Emax calibration in sim/presets/compounds.ts (TISSUE_PRESET) and prints every published
 * marker change next to the model's, fitted or predicted.
 * 1. Artery: with maxFraction 1, the fall of dp-ucMGP is C / (EC50 + C); EC50 is fitted by least squares on log
 *    change to Caluwé 2014 (three dose groups).
 * 2. Bone: EC50 solved so menatetrenone 45 mg/day for a year gives Jiang 2014's -82.3% ucOC.
 * Run: npx tsx scripts/fit-tissue.ts
 */
import { MARKER_OBSERVATIONS, markerObservationDesign } from '../sim/presets/observations';
import { studyMarkerChangePct } from '../sim/markers';
import { TISSUE_PRESET } from '../sim/presets/compounds';

// With EC50 = 1 nmol/L and maxFraction 1 the change is -C / (1 + C): read the tissue level C back from it.
const unit = {
  bone: { ...TISSUE_PRESET.bone, maxFraction: 1, ec50NmolPerL: 1 },
  artery: { ...TISSUE_PRESET.artery, maxFraction: 1, ec50NmolPerL: 1 },
};
const levelNmolPerL = (o: (typeof MARKER_OBSERVATIONS)[number]) => {
  const fall = -studyMarkerChangePct(markerObservationDesign(o), o.marker, unit) / 100;
  return fall / (1 - fall);
};

const caluwe = MARKER_OBSERVATIONS.filter((o) => o.source === 'caluwe2014');
const levels = caluwe.map(levelNmolPerL);
let best = { ec50: 0, sse: Infinity };
for (let ec50 = 0.1; ec50 < 200; ec50 += 0.01) {
  const sse = caluwe.reduce(
    (s, o, i) => s + (Math.log(levels[i]! / (ec50 + levels[i]!)) - Math.log(-o.changePct / 100)) ** 2,
    0,
  );
  if (sse < best.sse) best = { ec50, sse };
}
console.log(
  `Artery EC50 (Caluwé 2014 fit): ${best.ec50.toFixed(1)} nmol/L (preset ${TISSUE_PRESET.artery.ec50NmolPerL})`,
);

const jiang = MARKER_OBSERVATIONS.find((o) => o.source === 'jiang2014')!;
const boneLevel = levelNmolPerL(jiang);
const fall = -jiang.changePct / 100;
console.log(
  `Bone EC50 (Jiang 2014): ${((boneLevel * (1 - fall)) / fall).toFixed(1)} nmol/L (preset ${TISSUE_PRESET.bone.ec50NmolPerL})`,
);

console.log('Marker changes, published vs model (preset parameters):');
for (const o of MARKER_OBSERVATIONS) {
  const model = studyMarkerChangePct(markerObservationDesign(o), o.marker);
  console.log(
    `  ${o.role.padEnd(9)} ${o.text.padEnd(100)} model ${model.toFixed(1)}%  ratio ${(model / o.changePct).toFixed(2)}`,
  );
}
