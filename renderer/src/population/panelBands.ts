import { minMaxDownsample, type PanelId, type ScenarioView } from '../../../sim';
import { panelModel, type PanelModel, type PanelOptions } from '../plot/model';
import { decadeTop, niceTop, seriesMax } from '../plot/scales';
import { regimenColor } from '../plot/theme';
import { MEDIAN_DASH, MEDIAN_INK, type BandPoint } from '../plot/bandGeometry';
import type { PlotBandSet } from '../plot/BandAreas';
import { APP_SUBJECTS, type DrawnBands } from './populationBands';
import { currentTranslator } from '../i18n/locale';

/**
 * The median keeps to the typical person's solid line when it is off it by at most this share of that line's
 * peak: a few pixels on any chart, so the legend says they agree and by how much.
 */
export const MEDIAN_AGREES_SHARE = 0.05;

/**
 * Farthest the median is from the typical person's curve, as a share of that curve's peak, over the given
 * regimens (0 when none). The typical curve is the regimen's own solid line.
 */
export function medianOffTypicalShare(bands: readonly DrawnBands[]): number {
  let share = 0;
  for (const b of bands) {
    let peak = 0;
    let off = 0;
    for (let i = 0; i < b.typical.length; i++) {
      peak = Math.max(peak, b.typical[i]!);
      off = Math.max(off, Math.abs(b.p50[i]! - b.typical[i]!));
    }
    if (peak > 0) share = Math.max(share, off / peak);
  }
  return share;
}

/**
 * The legend entry that explains the bands (one for all regimens: colour already names the compound). Where the
 * median agrees with the solid line (`offShare` at most MEDIAN_AGREES_SHARE), it says so, with the share rounded
 * up to a whole percent, so "within" stays true.
 */
export function bandsLegendLabel(offShare: number | null = null): string {
  const tr = currentTranslator();
  const n = tr.num(APP_SUBJECTS);
  if (offShare === null || offShare > MEDIAN_AGREES_SHARE) return tr.t('population.legend', { n });
  const pct = tr.t('pres.fmt.percent', { n: tr.num(Math.max(1, Math.ceil(offShare * 100 - 1e-9))) });
  return tr.t('population.legendAgrees', { n, pct });
}

/** The bands of the regimens a view shows, in each regimen's colour, downsampled like its curve. */
export function plotBandSets(
  view: ScenarioView,
  bands: readonly DrawnBands[],
  buckets?: number,
): PlotBandSet[] {
  return bands.flatMap((b) => {
    const r = view.regimens.find((x) => x.index === b.regimenIndex);
    if (!r) return [];
    const ordinal = r.ordinalInCompound;
    return [
      {
        key: `band-${b.regimenIndex}`,
        alias: `${b.compound}${ordinal > 0 ? `-${ordinal + 1}` : ''}`,
        color: regimenColor(b.compound, ordinal),
        points: bandPoints(b, buckets),
      },
    ];
  });
}

/** Highest value the plasma panel must show: curves and, when drawn, the 95th percentiles. */
export function plasmaMaxWithBands(
  view: ScenarioView,
  bands: readonly DrawnBands[] | null | undefined,
): number {
  const curves = seriesMax(view.series.filter((s) => s.panel === 'plasma'));
  return Math.max(curves, bandsMax(shownBands(view, bands ?? [])));
}

/** The bands of the regimens the view shows. */
function shownBands(view: ScenarioView, bands: readonly DrawnBands[]): DrawnBands[] {
  return bands.filter((b) => view.regimens.some((r) => r.index === b.regimenIndex));
}

/**
 * A panel of the chart kit with the population bands added (plasma panel only): the value axis reaches the
 * highest 95th percentile, the bands sit under the curves, and one legend entry explains them. Without bands,
 * exactly the kit's panelModel.
 */
export function bandedPanelModel(
  view: ScenarioView,
  panel: PanelId,
  bands: readonly DrawnBands[] | null | undefined,
  options: PanelOptions = {},
): PanelModel {
  if (panel !== 'plasma' || !bands || bands.length === 0) return panelModel(view, panel, options);
  const sets = plotBandSets(view, bands, options.buckets);
  if (sets.length === 0) return panelModel(view, panel, options);
  const max = plasmaMaxWithBands(view, bands);
  const top = options.top ?? (view.scenario.display.axis === 'log' ? decadeTop(max) : niceTop(max));
  const model = panelModel(view, panel, { ...options, top });
  return {
    ...model,
    bands: sets,
    legend: [
      ...model.legend,
      {
        key: 'population-bands',
        label: bandsLegendLabel(medianOffTypicalShare(shownBands(view, bands))),
        color: MEDIAN_INK,
        dash: MEDIAN_DASH,
      },
    ],
  };
}

/**
 * The points of a regimen's bands to draw: the min-max downsampling of the 95th and 5th percentiles (so the
 * band's outer edges keep their peaks and troughs exactly), merged, in time order. Times in days.
 */
export function bandPoints(b: DrawnBands, buckets = 400): BandPoint[] {
  const keep = new Set([...minMaxDownsample(b.p95, buckets), ...minMaxDownsample(b.p05, buckets)]);
  return [...keep]
    .sort((i, j) => i - j)
    .map((i) => ({
      t: b.timeH[i]! / 24,
      p05: b.p05[i]!,
      p25: b.p25[i]!,
      p50: b.p50[i]!,
      p75: b.p75[i]!,
      p95: b.p95[i]!,
    }));
}

/** Highest 95th percentile over the given bands (0 when none): the value axis must reach it. */
export function bandsMax(bands: readonly DrawnBands[]): number {
  let max = 0;
  for (const b of bands) for (let i = 0; i < b.p95.length; i++) if (b.p95[i]! > max) max = b.p95[i]!;
  return max;
}
