import type { Box } from './chartLayout';
import { PROJECTOR } from './theme';

/**
 * Grid, axis lines, tick labels and axis titles in the projector style, shared by the scene chart and the fat
 * inset so both read the same on a washed-out screen. Tick labels carry the class `pres-tick` (tests measure it).
 */
export function ProjectorAxes({
  plot,
  x,
  y,
  xTicks,
  yTicks,
  formatX,
  formatY,
  tickFont,
  xLabel,
  xLabelFont,
  xLabelBaseline,
  yLabel,
  yLabelFont,
  verticalGrid,
  axisWidth,
  tickGap,
}: {
  plot: Box;
  x: (value: number) => number;
  y: (value: number) => number;
  xTicks: readonly number[];
  yTicks: readonly number[];
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  tickFont: number;
  xLabel: string;
  xLabelFont: number;
  /** Baseline of the x-axis title (px from the top of the SVG). */
  xLabelBaseline: number;
  /** Rotated y-axis title; omitted when the chart's own heading says what y is. */
  yLabel?: string;
  yLabelFont?: number;
  verticalGrid: boolean;
  axisWidth: number;
  /** Space between the y axis and its tick labels (px). */
  tickGap: number;
}) {
  const bottom = plot.y + plot.height;
  return (
    <>
      {yTicks.map((v) => (
        <line
          key={`gy${v}`}
          x1={plot.x}
          x2={plot.x + plot.width}
          y1={y(v)}
          y2={y(v)}
          stroke={PROJECTOR.grid}
          strokeWidth={1.5}
        />
      ))}
      {verticalGrid &&
        xTicks.map((t) => (
          <line
            key={`gx${t}`}
            x1={x(t)}
            x2={x(t)}
            y1={plot.y}
            y2={bottom}
            stroke={PROJECTOR.grid}
            strokeWidth={1.5}
          />
        ))}
      <line
        x1={plot.x}
        x2={plot.x + plot.width}
        y1={bottom}
        y2={bottom}
        stroke={PROJECTOR.axis}
        strokeWidth={axisWidth}
      />
      {yLabel !== undefined && (
        <line
          x1={plot.x}
          x2={plot.x}
          y1={plot.y}
          y2={bottom}
          stroke={PROJECTOR.axis}
          strokeWidth={axisWidth}
        />
      )}
      <g className="pres-axis pres-axis-x">
        {xTicks.map((t) => (
          <text
            key={t}
            className="pres-tick"
            x={x(t)}
            y={bottom + tickFont * 1.2}
            fontSize={tickFont}
            fill={PROJECTOR.ink}
            textAnchor="middle"
          >
            {formatX(t)}
          </text>
        ))}
        <text
          x={plot.x + plot.width / 2}
          y={xLabelBaseline}
          fontSize={xLabelFont}
          fontWeight={600}
          fill={PROJECTOR.ink}
          textAnchor="middle"
        >
          {xLabel}
        </text>
      </g>
      <g className="pres-axis pres-axis-y">
        {yTicks.map((v) => (
          <text
            key={v}
            className="pres-tick"
            x={plot.x - tickGap}
            y={y(v)}
            dy="0.35em"
            fontSize={tickFont}
            fill={PROJECTOR.ink}
            textAnchor="end"
          >
            {formatY(v)}
          </text>
        ))}
        {yLabel !== undefined && yLabelFont !== undefined && (
          <text
            transform={`translate(${yLabelFont * 1.05},${plot.y + plot.height / 2}) rotate(-90)`}
            fontSize={yLabelFont}
            fontWeight={600}
            fill={PROJECTOR.ink}
            textAnchor="middle"
          >
            {yLabel}
          </text>
        )}
      </g>
    </>
  );
}
