import { TISSUE_PRESET, type ScenarioView } from '../../../sim';
import { roundMarkerPct } from '../../../sim/markers';
import { currentTranslator } from '../i18n/locale';
import { formatNumber } from './format';
import type { PanelModel } from './model';

/** A chart's text alternative: what is drawn, with each line's peak and final level, in the UI's language. */
export function panelSummary(view: ScenarioView, model: PanelModel): string {
  const tr = currentTranslator();
  const span = { n: model.horizonDays, days: formatNumber(model.horizonDays) };
  if (model.panel === 'tissue') {
    const head = tr.t('chart.summary.tissueHead', span);
    if (model.lines.length === 0) return tr.t('chart.summary.none', { head });
    // Illustrative levels: to the nearest 5%, never as precise fractions (sim/markers.ts has the calibrated changes).
    const ends = model.lines.map((l) =>
      tr.t('chart.summary.tissueEnd', {
        label: l.label,
        pct: formatNumber(roundMarkerPct(l.points[l.points.length - 1]!.v)),
      }),
    );
    return tr.t('chart.summary.tissue', {
      head,
      ends: ends.join('; '),
      bone: formatNumber(TISSUE_PRESET.bone.baselineFraction * 100),
      artery: formatNumber(TISSUE_PRESET.artery.baselineFraction * 100),
    });
  }
  const head = tr.t('chart.summary.plasmaHead', { ...span, units: view.units, log: String(model.yAxis.log) });
  if (model.lines.length === 0) return tr.t('chart.summary.none', { head });
  const parts = model.lines.map((l) => {
    let peak = l.points[0]!;
    for (const p of l.points) if (p.v > peak.v) peak = p;
    const last = l.points[l.points.length - 1]!;
    return tr.t('chart.summary.line', {
      label: l.label,
      peak: formatNumber(peak.v),
      day: formatNumber(peak.t),
      last: formatNumber(last.v),
    });
  });
  const floor = model.yAxis.log
    ? tr.t('chart.summary.floor', { floor: formatNumber(model.yAxis.domain[0]) })
    : '';
  return tr.t('chart.summary.plasma', { head, lines: parts.join('; '), floor });
}
