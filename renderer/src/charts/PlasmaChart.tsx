import { memo, useMemo } from 'react';
import type { DoseEvent } from '../../../sim';
import {
  clipToFloor,
  LOG_FLOOR_FRACTION,
  maxValue,
  type ConcentrationUnits,
  type Curve,
} from '../curves/curves';
import { NO_FAT_DASH } from '../theme/palette';
import { formatNumber, linearTicks, logTicks, niceCeil } from './format';
import { useStickyTop } from './useStickyTop';
import { plotArea, type ChartGeometry } from './geometry';
import { ChartCard, TimeChartFrame, frameGeometry } from './TimeChartFrame';
import { useElementWidth } from './useElementWidth';
import { DoseMarkerButtons, DoseMarkers } from './DoseMarkers';

export interface PlasmaChartProps {
  curves: readonly Curve[];
  units: ConcentrationUnits;
  axis: 'linear' | 'log';
  horizonDays: number;
  doses: readonly DoseEvent[];
  onToggleDose: (index: number) => void;
  height?: number;
}

const MARGIN = { top: 62, right: 28, bottom: 6, left: 6 };

/** Plasma concentration over time: one line per curve, dose markers on top that toggle "missed". */
export function PlasmaChart({
  curves,
  units,
  axis,
  horizonDays,
  doses,
  onToggleDose,
  height = 380,
}: PlasmaChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>(900);
  const max = maxValue(curves);
  const linearTop = useStickyTop(max, niceCeil, 0.4);
  const logTop = useStickyTop(max, decadeCeil, 0.1);
  // The log axis cannot show zero: a floor 1/1000 of the axis top, values below it drawn at it.
  const floor = axis === 'log' ? logTop * LOG_FLOOR_FRACTION : 0;
  const drawn = useMemo(() => (axis === 'log' ? clipToFloor(curves, floor) : curves), [curves, axis, floor]);
  const summary = plasmaSummary(curves, units, axis, horizonDays, floor);
  const geometry = useMemo(() => geometryOf(width, height), [width, height]);
  const plot = useMemo(() => plotArea(geometry), [geometry]);
  const yDomain = useMemo(
    () => (axis === 'log' ? ([floor, logTop] as const) : ([0, linearTop] as const)),
    [axis, floor, logTop, linearTop],
  );
  const xDomain = useMemo(() => [0, horizonDays] as const, [horizonDays]);
  const lines = useMemo(
    () =>
      drawn.map((c) => ({
        key: c.key,
        color: c.color,
        dash: c.dashed ? NO_FAT_DASH : '',
        width: c.dashed ? 2.25 : 2.75,
        points: c.points,
      })),
    [drawn],
  );
  // The frame only needs the curves' names and colours: a key keeps it from re-rendering during a drag.
  const legendKey = curves.map((c) => c.key).join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const legendCurves = useMemo(() => curves, [legendKey]);

  return (
    <ChartCard
      id="plasma-title"
      title="Plasma concentration"
      testId="plasma-chart"
      summary={summary}
      frameRef={ref}
      width={width}
      height={height}
      frame={
        <PlasmaFrame
          width={width}
          height={height}
          units={units}
          axis={axis}
          horizonDays={horizonDays}
          yDomain0={yDomain[0]}
          yDomain1={yDomain[1]}
          legendKey={legendKey}
          curves={legendCurves}
          doses={doses}
        />
      }
      curves={{ box: plot, lines, xDomain, yDomain, yLog: axis === 'log' }}
      overlay={
        <DoseMarkerButtons
          doses={doses}
          geometry={geometry}
          horizonDays={horizonDays}
          onToggle={onToggleDose}
        />
      }
    >
      {axis === 'log' && max > 0 && (
        <p className="chart-note">
          Log axis: values below {formatNumber(floor)} {units} (1/1000 of the axis top) are drawn at that
          floor.
        </p>
      )}
      {curves.length === 0 && <p className="chart-note">No compound selected: switch on MK-4, MK-7 or K1.</p>}
    </ChartCard>
  );
}

function geometryOf(width: number, height: number): ChartGeometry {
  return frameGeometry(width, height, MARGIN);
}

interface FrameProps {
  width: number;
  height: number;
  units: ConcentrationUnits;
  axis: 'linear' | 'log';
  horizonDays: number;
  yDomain0: number;
  yDomain1: number;
  legendKey: string;
  curves: readonly Curve[];
  doses: readonly DoseEvent[];
}

/** Axes, grid, legend and dose markers: everything but the curves, so it stays put while a slider moves. */
const PlasmaFrame = memo(function PlasmaFrame({
  width,
  height,
  units,
  axis,
  horizonDays,
  yDomain0,
  yDomain1,
  curves,
  doses,
}: FrameProps) {
  return (
    <TimeChartFrame
      width={width}
      height={height}
      margin={MARGIN}
      horizonDays={horizonDays}
      yAxis={{
        label: `Plasma MK concentration (${units})`,
        domain: [yDomain0, yDomain1],
        ticks: axis === 'log' ? logTicks(yDomain0, yDomain1) : linearTicks(yDomain1),
        scale: axis === 'log' ? 'log' : 'linear',
        formatTicks: true,
      }}
      legend={curves.map((c) => ({
        key: c.key,
        label: c.label,
        color: c.color,
        dash: c.dashed ? NO_FAT_DASH : '',
      }))}
    >
      <DoseMarkers doses={doses} geometry={geometryOf(width, height)} horizonDays={horizonDays} />
    </TimeChartFrame>
  );
});

function decadeCeil(x: number): number {
  return x > 0 ? 10 ** Math.ceil(Math.log10(x) - 1e-12) : 1;
}

/** The chart's text alternative: what is drawn, with each curve's peak and final level. */
export function plasmaSummary(
  curves: readonly Curve[],
  units: ConcentrationUnits,
  axis: 'linear' | 'log',
  horizonDays: number,
  floor: number,
): string {
  const head = `Plasma concentration (${units}) over ${formatNumber(horizonDays)} days, ${axis} axis`;
  if (curves.length === 0) return `${head}: no compound shown.`;
  const parts = curves.map((c) => {
    let peak = c.points[0]!;
    for (const p of c.points) if (p.v > peak.v) peak = p;
    const last = c.points[c.points.length - 1]!;
    return `${c.label}: peak ${formatNumber(peak.v)} at day ${formatNumber(peak.t)}, ${formatNumber(last.v)} at the end`;
  });
  const note = axis === 'log' ? ` Values below ${formatNumber(floor)} are drawn at that floor.` : '';
  return `${head}. ${parts.join('; ')}.${note}`;
}

export default memo(PlasmaChart);
