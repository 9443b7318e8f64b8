import type { ComponentProps, ReactNode, Ref } from 'react';
import { CartesianGrid, LineChart, XAxis, YAxis } from 'recharts';
import { GRID, INK } from '../theme/palette';
import { CurveLayer } from './CurvePaths';
import { dayTicks, formatNumber } from './format';
import { AXIS_LABEL_FONT_PX, TICK_FONT_PX, plotArea, type ChartGeometry } from './geometry';
import { SvgLegend, type LegendItem } from './SvgLegend';

/** Width of the value axis and height of the time axis, the same in every app chart. */
export const Y_AXIS_WIDTH = 92;
export const X_AXIS_HEIGHT = 54;

export type ChartMargin = ChartGeometry['margin'];

export function frameGeometry(width: number, height: number, margin: ChartMargin): ChartGeometry {
  return { width, height, margin, yAxisWidth: Y_AXIS_WIDTH, xAxisHeight: X_AXIS_HEIGHT };
}

const TICK_STYLE = { fontSize: TICK_FONT_PX, fill: INK };
const formatTick = (v: number) => formatNumber(v);

export interface ValueAxis {
  label: string;
  domain: readonly [number, number];
  ticks: readonly number[];
  /** Log or linear (the default). */
  scale?: 'linear' | 'log';
  /** Ticks through formatNumber; otherwise as recharts prints them. */
  formatTicks?: boolean;
}

/**
 * The frame of a chart over time, everything but the curves: grid, the time axis in days, the value axis
 * and the SVG legend over the plot; `children` (dose markers) are drawn on top.
 */
export function TimeChartFrame({
  width,
  height,
  margin,
  horizonDays,
  yAxis,
  legend,
  children,
}: {
  width: number;
  height: number;
  margin: ChartMargin;
  horizonDays: number;
  yAxis: ValueAxis;
  legend: readonly LegendItem[];
  children?: ReactNode;
}) {
  const plot = plotArea(frameGeometry(width, height, margin));
  return (
    <LineChart width={width} height={height} margin={margin}>
      <CartesianGrid stroke={GRID} />
      <XAxis
        type="number"
        dataKey="t"
        domain={[0, horizonDays]}
        ticks={dayTicks(horizonDays)}
        allowDataOverflow
        height={X_AXIS_HEIGHT}
        tick={TICK_STYLE}
        tickFormatter={formatTick}
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
        {...(yAxis.scale ? { scale: yAxis.scale } : {})}
        domain={[yAxis.domain[0], yAxis.domain[1]]}
        ticks={[...yAxis.ticks]}
        allowDataOverflow
        width={Y_AXIS_WIDTH}
        tick={TICK_STYLE}
        {...(yAxis.formatTicks ? { tickFormatter: formatTick } : {})}
        label={{
          value: yAxis.label,
          angle: -90,
          position: 'insideLeft',
          offset: 4,
          fontSize: AXIS_LABEL_FONT_PX,
          fill: INK,
          style: { textAnchor: 'middle' },
        }}
      />
      <SvgLegend items={legend} x={plot.left} y={16} />
      {children}
    </LineChart>
  );
}

/**
 * The card every app chart sits in: a titled figure whose frame holds the chart as one image (the frame
 * under the curve layer, `summary` as its text alternative), then `overlay` (HTML over the plot) and, below
 * the frame, the notes in `children`.
 */
export function ChartCard({
  id,
  title,
  testId,
  summary,
  frameRef,
  width,
  height,
  frame,
  curves,
  overlay,
  children,
}: {
  id: string;
  title: string;
  testId: string;
  summary: string;
  frameRef: Ref<HTMLDivElement>;
  width: number;
  height: number;
  frame: ReactNode;
  curves: Omit<ComponentProps<typeof CurveLayer>, 'width' | 'height'>;
  overlay?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <figure className="chart-card" aria-labelledby={id}>
      <figcaption className="chart-title" id={id}>
        {title}
      </figcaption>
      <div className="chart-frame" ref={frameRef} style={{ height }}>
        <div role="img" aria-label={summary} className="chart-svg" data-testid={testId}>
          {frame}
          <CurveLayer width={width} height={height} {...curves} />
        </div>
        {overlay}
      </div>
      {children}
    </figure>
  );
}
