import { COMPOUND_PRESETS, SOURCES } from '../../../sim';
import { joinWithAnd, regimenCaption } from './caption';
import { sourcesOf } from './csv';
import type { ExportData, ExportPanelId, ExportSeries } from './exportData';
import { EXPORT_STYLE } from './exportStyle';

export interface LegendEntry {
  label: string;
  color: string;
  dash: string | null;
}

export interface FigurePanel {
  id: ExportPanelId;
  title: string;
  yLabel: string;
  xLabel: string;
  axis: 'linear' | 'log';
  /** Time axis unit: hours for short horizons, days otherwise. */
  xUnit: 'h' | 'days';
  /** A fixed value range (the tissue chart's 30-100 %), or null to fit the data. */
  yDomain: [number, number] | null;
  series: ExportSeries[];
}

/** Everything an exported image shows, independent of its size. */
export interface Figure {
  title: string;
  /** The scenario's own name, kept in the SVG's description. */
  name: string;
  caption: string;
  footer: string;
  legend: LegendEntry[];
  panels: FigurePanel[];
  timeH: Float64Array;
  horizonH: number;
}

/**
 * "MK-7, MK-4 and K1 in plasma and tissue": from what is shown, not the scenario's name, which does not
 * follow the sliders (a file named "Daily 90 µg" may now hold 120 µg). The caption gives the regimen.
 */
export function figureTitle(data: ExportData): string {
  const labels = [...new Set(data.series.filter((s) => s.panel === 'plasma').map((s) => s.label))].filter(
    (label) => !label.endsWith('(no fat)'),
  );
  if (labels.length === 0) return 'Vitamin K levels over time';
  const tissue = data.series.some((s) => s.panel === 'tissue') ? ' and tissue' : '';
  return `${joinWithAnd(labels)} in plasma${tissue}`;
}

export function footerText(data: ExportData, appVersion: string): string {
  const sources = sourcesOf(data).map((id) => SOURCES[id].short);
  const tissue = data.series.some((s) => s.panel === 'tissue') ? '; tissue curves are illustrative' : '';
  return (
    `K2 Kinetics ${appVersion} · one-compartment model with meal-fat absorption${tissue} · ` +
    `Sources: ${sources.join('; ')} · Educational simulation, not medical advice`
  );
}

export function buildFigure(data: ExportData, appVersion: string): Figure {
  const { display } = data.scenario;
  const units = display.units;
  const xUnit = data.scenario.horizonDays <= 2 ? 'h' : 'days';
  const xLabel = xUnit === 'h' ? 'Time (h)' : 'Time (days)';
  const panels: FigurePanel[] = [];
  const plasma = data.series.filter((s) => s.panel === 'plasma');
  const tissue = data.series.filter((s) => s.panel === 'tissue');
  panels.push({
    id: 'plasma',
    title: 'Plasma concentration',
    yLabel: `Plasma concentration (${units})`,
    xLabel,
    axis: display.axis,
    xUnit,
    yDomain: null,
    series: plasma,
  });
  if (display.showTissue && tissue.length > 0) {
    panels.push({
      id: 'tissue',
      title: 'Tissue exposure (illustrative model)',
      yLabel: 'Carboxylated (%)',
      xLabel,
      axis: 'linear',
      xUnit,
      yDomain: [30, 100],
      series: tissue,
    });
  }

  const legend: LegendEntry[] = [];
  for (const s of plasma) legend.push({ label: s.label, color: s.color, dash: s.dash });
  if (tissue.length > 0) {
    legend.push({ label: 'Bone: osteocalcin', color: EXPORT_STYLE.muted, dash: EXPORT_STYLE.dashes.bone });
    legend.push({ label: 'Artery: MGP', color: EXPORT_STYLE.muted, dash: EXPORT_STYLE.dashes.artery });
  }
  if (legend.length === 0) {
    legend.push({ label: 'No compound shown', color: EXPORT_STYLE.muted, dash: null });
  }
  return {
    title: figureTitle(data),
    name: data.scenario.name,
    caption: regimenCaption(data.scenario),
    footer: footerText(data, appVersion),
    legend,
    panels,
    timeH: data.timeH,
    horizonH: data.scenario.horizonDays * 24,
  };
}

/** The compound names shown, for file names: "mk7-mk4-k1". */
export function compoundSlug(data: ExportData): string {
  const ids = [...new Set(data.series.map((s) => s.compound))];
  return ids.length > 0 ? ids.join('-') : Object.keys(COMPOUND_PRESETS)[0]!;
}
