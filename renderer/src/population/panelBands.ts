import { minMaxDownsample, type PanelId, type ScenarioView } from '../../../sim';
import { panelModel, type PanelModel, type PanelOptions } from '../plot/model';
import { decadeTop, niceTop, seriesMax } from '../plot/scales';
import { MUTED_INK } from '../theme/palette';
import { regimenColor } from '../plot/theme';
import { MEDIAN_DASH, type BandPoint } from '../plot/bandGeometry';
import type { PlotBandSet } from '../plot/BandAreas';
import { APP_SUBJECTS, type DrawnBands } from './populationBands';
import { currentTranslator } from '../i18n/locale';

/** The legend entry that explains the bands (one for all regimens: colour already names the compound). */
export function bandsLegendLabel(): string {
  const tr = currentTranslator();
  return tr.t('population.legend', { n: tr.num(APP_SUBJECTS) });
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
  const shown = (bands ?? []).filter((b) => view.regimens.some((r) => r.index === b.regimenIndex));
  return Math.max(curves, bandsMax(shown));
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
      { key: 'population-bands', label: bandsLegendLabel(), color: MUTED_INK, dash: MEDIAN_DASH },
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
