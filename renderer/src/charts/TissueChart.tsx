import { memo, useMemo } from 'react';
import { TISSUE_PRESET } from '../../../sim';
import type { TissueCurve } from '../curves/tissue';
import { TISSUE_DASH } from '../theme/palette';
import { formatNumber } from './format';
import { plotArea } from './geometry';
import { type LegendItem } from './SvgLegend';
import { ChartCard, TimeChartFrame, frameGeometry } from './TimeChartFrame';
import { useElementWidth } from './useElementWidth';

const MARGIN = { top: 40, right: 28, bottom: 6, left: 6 };
const Y_TICKS = [30, 40, 50, 60, 70, 80, 90, 100];

/** Carboxylated osteocalcin (bone) and MGP (artery) over time: slow compartments that smooth out spikes. */
function TissueChartView({
  curves,
  horizonDays,
  height = 290,
}: {
  curves: readonly TissueCurve[];
  horizonDays: number;
  height?: number;
}) {
  const { ref, width } = useElementWidth<HTMLDivElement>(900);
  const plot = useMemo(() => plotArea(frameGeometry(width, height, MARGIN)), [width, height]);
  const xDomain = useMemo(() => [0, horizonDays] as const, [horizonDays]);
  const lines = useMemo(
    () => curves.map((c) => ({ key: c.key, color: c.color, dash: c.dash, width: 2.5, points: c.points })),
    [curves],
  );
  const compoundKey = curves.map((c) => c.key).join('|');
  const legend = useMemo(
    (): LegendItem[] => [
      ...curves
        .filter((c) => c.tissue === 'bone')
        .map((c) => ({ key: c.compound, label: c.label.replace(/ bone.*$/, ''), color: c.color, dash: '' })),
      { key: 'bone', label: 'bone: osteocalcin (solid)', color: '#5a6272', dash: TISSUE_DASH.bone },
      { key: 'artery', label: 'artery: MGP (dotted)', color: '#5a6272', dash: TISSUE_DASH.artery },
    ],
    // Only names and colours matter here; the key keeps the frame still during a drag.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [compoundKey],
  );
  return (
    <ChartCard
      id="tissue-title"
      title="Tissue exposure (illustrative model)"
      testId="tissue-chart"
      summary={tissueSummary(curves, horizonDays)}
      frameRef={ref}
      width={width}
      height={height}
      frame={<TissueFrame width={width} height={height} horizonDays={horizonDays} legend={legend} />}
      curves={{ box: plot, lines, xDomain, yDomain: Y_DOMAIN, yLog: false }}
    >
      <p className="chart-note">
        Illustrative: bone and arterial wall are modelled as slow compartments (equilibration half-lives 24 h
        and 48 h) with an Emax readout; the parameters show the mechanism and are not fitted to data.{' '}
        {curves.length === 0 && 'No compound selected.'}
      </p>
    </ChartCard>
  );
}

const Y_DOMAIN = [Y_TICKS[0]!, Y_TICKS[Y_TICKS.length - 1]!] as const;

/** Axes, grid and legend of the tissue chart; the curves are a layer over it. */
const TissueFrame = memo(function TissueFrame({
  width,
  height,
  horizonDays,
  legend,
}: {
  width: number;
  height: number;
  horizonDays: number;
  legend: readonly LegendItem[];
}) {
  return (
    <TimeChartFrame
      width={width}
      height={height}
      margin={MARGIN}
      horizonDays={horizonDays}
      yAxis={{ label: 'Carboxylated (%)', domain: Y_DOMAIN, ticks: Y_TICKS }}
      legend={legend}
    />
  );
});

export function tissueSummary(curves: readonly TissueCurve[], horizonDays: number): string {
  const head = `Tissue exposure (illustrative model): carboxylated osteocalcin (bone) and MGP (artery) in % over ${formatNumber(horizonDays)} days`;
  if (curves.length === 0) return `${head}: no compound shown.`;
  const ends = curves.map((c) => `${c.label} ${formatNumber(c.points[c.points.length - 1]!.v)}%`);
  const base = `baseline ${TISSUE_PRESET.bone.baselineFraction * 100}% bone, ${TISSUE_PRESET.artery.baselineFraction * 100}% artery`;
  return `${head}. At the end: ${ends.join('; ')} (${base}).`;
}

export const TissueChart = memo(TissueChartView);
