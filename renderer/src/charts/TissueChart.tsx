import { memo, useMemo } from 'react';
import { CartesianGrid, LineChart, XAxis, YAxis } from 'recharts';
import { CurveLayer } from './CurvePaths';
import { TISSUE_PRESET } from '../../../sim';
import type { TissueCurve } from '../curves/tissue';
import { GRID, INK, TISSUE_DASH } from '../theme/palette';
import { dayTicks, formatNumber } from './format';
import { AXIS_LABEL_FONT_PX, TICK_FONT_PX, plotArea, type ChartGeometry } from './geometry';
import { SvgLegend, type LegendItem } from './SvgLegend';
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
  const plot = useMemo(() => plotArea(geometryOf(width, height)), [width, height]);
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
    <figure className="chart-card" aria-labelledby="tissue-title">
      <figcaption className="chart-title" id="tissue-title">
        Tissue exposure (illustrative model)
      </figcaption>
      <div className="chart-frame" ref={ref} style={{ height }}>
        <div
          role="img"
          aria-label={tissueSummary(curves, horizonDays)}
          className="chart-svg"
          data-testid="tissue-chart"
        >
          <TissueFrame width={width} height={height} horizonDays={horizonDays} legend={legend} />
          <CurveLayer
            width={width}
            height={height}
            box={plot}
            lines={lines}
            xDomain={xDomain}
            yDomain={Y_DOMAIN}
            yLog={false}
          />
        </div>
      </div>
      <p className="chart-note">
        Illustrative: bone and arterial wall are modelled as slow compartments (equilibration half-lives 24 h
        and 48 h) with an Emax readout; the parameters show the mechanism and are not fitted to data.{' '}
        {curves.length === 0 && 'No compound selected.'}
      </p>
    </figure>
  );
}

const Y_AXIS_WIDTH = 92;
const X_AXIS_HEIGHT = 54;
const Y_DOMAIN = [Y_TICKS[0]!, Y_TICKS[Y_TICKS.length - 1]!] as const;

function geometryOf(width: number, height: number): ChartGeometry {
  return { width, height, margin: MARGIN, yAxisWidth: Y_AXIS_WIDTH, xAxisHeight: X_AXIS_HEIGHT };
}

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
  const plot = plotArea(geometryOf(width, height));
  return (
    <LineChart width={width} height={height} margin={MARGIN}>
      <CartesianGrid stroke={GRID} />
      <XAxis
        type="number"
        dataKey="t"
        domain={[0, horizonDays]}
        ticks={dayTicks(horizonDays)}
        allowDataOverflow
        height={X_AXIS_HEIGHT}
        tick={{ fontSize: TICK_FONT_PX, fill: INK }}
        tickFormatter={(t: number) => formatNumber(t)}
        label={{
          value: 'Time (days)',
          position: 'insideBottom',
          offset: 4,
          fontSize: AXIS_LABEL_FONT_PX,
          fill: INK,
        }}
      />
      <YAxis
        type="number"
        dataKey="v"
        domain={[30, 100]}
        ticks={Y_TICKS}
        allowDataOverflow
        width={Y_AXIS_WIDTH}
        tick={{ fontSize: TICK_FONT_PX, fill: INK }}
        label={{
          value: 'Carboxylated (%)',
          angle: -90,
          position: 'insideLeft',
          offset: 4,
          fontSize: AXIS_LABEL_FONT_PX,
          fill: INK,
          style: { textAnchor: 'middle' },
        }}
      />
      <SvgLegend items={legend} x={plot.left} y={16} />
    </LineChart>
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
