/**
 * Reproduces the fat-effect fit in sim/presets/compounds.ts (FAT_EFFECT): for each fixed Hill coefficient
 * n = 2..6, a grid search over the fasted fraction b and fat50 minimises the squared error of log AUC
 * (with the best scale) against Uematsu et al. 1996 (15 mg menatetrenone; 8.8, 20.0, 34.9 g fat).
 * Run: npx tsx scripts/fit-fat-effect.ts
 */
import { fatMultiplier, OBSERVATIONS } from '../sim/index';

const data = OBSERVATIONS.flatMap((o) => (o.kind === 'aucByFat' ? [[o.fatG, o.aucNgHPerMl] as const] : []));

for (let hill = 2; hill <= 6; hill++) {
  let best = { sse: Infinity, fastedFraction: 0, fat50G: 0, predicted: [] as number[] };
  for (let b = 0.005; b < 1; b += 0.005) {
    for (let fat50G = 10; fat50G < 120; fat50G += 0.25) {
      const m = data.map(([fat]) => fatMultiplier({ fastedFraction: b, fat50G, hill }, fat));
      const logScale = data.reduce((s, [, auc], i) => s + Math.log(auc / m[i]!), 0) / data.length;
      const sse = data.reduce((s, [, auc], i) => s + (Math.log(auc) - logScale - Math.log(m[i]!)) ** 2, 0);
      if (sse < best.sse)
        best = { sse, fastedFraction: b, fat50G, predicted: m.map((v) => Math.exp(logScale) * v) };
    }
  }
  console.log(
    `n = ${hill}: b = ${best.fastedFraction.toFixed(3)}, fat50 = ${best.fat50G.toFixed(2)} g, SSE(log) = ${best.sse.toExponential(2)}, predicted AUC ${best.predicted.map((v) => v.toFixed(0)).join(' / ')} vs observed ${data.map(([, a]) => a).join(' / ')}`,
  );
}
