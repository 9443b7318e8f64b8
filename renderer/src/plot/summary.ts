import { TISSUE_PRESET, type ScenarioView } from '../../../sim';
import { roundMarkerPct } from '../../../sim/markers';
import { formatNumber } from './format';
import type { PanelModel } from './model';

/** A chart's text alternative: what is drawn, with each line's peak and final level. */
export function panelSummary(view: ScenarioView, model: PanelModel): string {
  const days = formatNumber(model.horizonDays);
  if (model.panel === 'tissue') {
    const head = `Tissue exposure (illustrative model): carboxylated osteocalcin (bone) and MGP (artery) in % over ${days} days`;
    if (model.lines.length === 0) return `${head}: no compound shown.`;
    // Illustrative levels: to the nearest 5%, never as precise fractions (sim/markers.ts has the calibrated changes).
    const ends = model.lines.map(
      (l) => `${l.label} about ${roundMarkerPct(l.points[l.points.length - 1]!.v)}%`,
    );
    const base = `baseline ${TISSUE_PRESET.bone.baselineFraction * 100}% bone, ${TISSUE_PRESET.artery.baselineFraction * 100}% artery`;
    return `${head}. At the end (illustrative): ${ends.join('; ')} (${base}).`;
  }
  const scale = model.yAxis.log ? 'log' : 'linear';
  const head = `Plasma concentration (${view.units}) over ${days} days, ${scale} axis`;
  if (model.lines.length === 0) return `${head}: no compound shown.`;
  const parts = model.lines.map((l) => {
    let peak = l.points[0]!;
    for (const p of l.points) if (p.v > peak.v) peak = p;
    const last = l.points[l.points.length - 1]!;
    return `${l.label}: peak ${formatNumber(peak.v)} at day ${formatNumber(peak.t)}, ${formatNumber(last.v)} at the end`;
  });
  const note = model.yAxis.log
    ? ` Values below ${formatNumber(model.yAxis.domain[0])} are drawn at that floor.`
    : '';
  return `${head}. ${parts.join('; ')}.${note}`;
}
