import { memo } from 'react';
import { Layer, Surface, Text } from 'recharts';
import { line as d3Line } from 'd3-shape';
import type { DoseMark } from '../../../sim';
import { formatNumber } from './format';
import type { PanelLayout } from './layout';
import type { PanelModel, PlotLine } from './model';
import { axisScale } from './scales';
import { scaleDash, type PlotTheme } from './theme';
import { BandAreas } from '../population/BandAreas';

/**
 * The chart kit's marks, on recharts' primitives (Surface, Layer, Text) with d3 scales and d3-shape paths.
 * They are plain functions of (model, layout, theme): the same components render in the app with react-dom
 * and into an exported SVG with react-dom/server. (Recharts' LineChart cannot be used for the export: its
 * axes are registered in a store by effects, so react-dom/server renders an empty wrapper.)
 */

export interface PlotProps {
  model: PanelModel;
  layout: PanelLayout;
  theme: PlotTheme;
}

export function scalesOf(model: PanelModel, layout: PanelLayout) {
  const { plot } = layout;
  return {
    x: axisScale(layout.xAxis, plot.x, plot.x + plot.width),
    y: axisScale(model.yAxis, plot.y + plot.height, plot.y),
  };
}

/** Grid, axis lines, tick labels and the two axis titles. */
export function PlotAxes({ model, layout, theme }: PlotProps) {
  const { plot } = layout;
  const { x, y } = scalesOf(model, layout);
  const bottom = plot.y + plot.height;
  const tickStyle = { fontSize: theme.tickFontPx, fill: theme.ink, fontFamily: theme.fontFamily };
  const yMid = plot.y + plot.height / 2;
  const { lines, fontPx } = layout.yTitle;
  return (
    <Layer className="plot-axes">
      {layout.yTicks.map((v) => (
        <line key={`gy${v}`} x1={plot.x} x2={plot.x + plot.width} y1={y(v)} y2={y(v)} stroke={theme.grid} />
      ))}
      {layout.xAxis.ticks.map((t) => (
        <line key={`gx${t}`} x1={x(t)} x2={x(t)} y1={plot.y} y2={bottom} stroke={theme.grid} />
      ))}
      <line
        x1={plot.x}
        x2={plot.x + plot.width}
        y1={bottom}
        y2={bottom}
        stroke={theme.axis}
        strokeWidth={theme.axisWidthPx}
      />
      <line
        x1={plot.x}
        x2={plot.x}
        y1={plot.y}
        y2={bottom}
        stroke={theme.axis}
        strokeWidth={theme.axisWidthPx}
      />
      {layout.yTicks.map((v) => (
        <Text
          key={`ty${v}`}
          className="plot-tick plot-tick-y"
          x={plot.x - theme.tickFontPx * 0.5}
          y={y(v)}
          textAnchor="end"
          verticalAnchor="middle"
          {...tickStyle}
        >
          {formatNumber(v)}
        </Text>
      ))}
      {layout.xAxis.ticks.map((t) => (
        <Text
          key={`tx${t}`}
          className="plot-tick plot-tick-x"
          x={x(t)}
          y={bottom + theme.tickFontPx * 0.5}
          textAnchor="middle"
          verticalAnchor="start"
          {...tickStyle}
        >
          {model.xLabel ? model.xLabel(t) : formatNumber(t)}
        </Text>
      ))}
      <Text
        className="plot-axis-title plot-axis-title-x"
        x={plot.x + plot.width / 2}
        y={layout.xTitleY}
        textAnchor="middle"
        fontSize={theme.axisTitleFontPx}
        fill={theme.ink}
        fontFamily={theme.fontFamily}
      >
        {model.xTitle}
      </Text>
      <text
        className="plot-axis-title plot-axis-title-y"
        transform={`rotate(-90 ${layout.yTitleX} ${yMid})`}
        x={layout.yTitleX}
        y={yMid}
        textAnchor="middle"
        fontSize={fontPx}
        fill={theme.ink}
        fontFamily={theme.fontFamily}
        aria-label={model.yTitle}
      >
        {lines.map((l, i) => (
          <tspan key={l} x={layout.yTitleX} dy={i === 0 ? `${-(lines.length - 1) * 0.6 + 0.35}em` : '1.2em'}>
            {l}
          </tspan>
        ))}
      </text>
    </Layer>
  );
}

/** The legend: a line sample in each item's style and its label, at the measured positions. */
export function PlotLegend({ layout, theme }: Pick<PlotProps, 'layout' | 'theme'>) {
  const f = theme.legendFontPx;
  return (
    <Layer className="plot-legend">
      {layout.legend.map(({ item, label, x, y }) => (
        <g key={item.key} className="plot-legend-item">
          <line
            x1={x}
            x2={x + f * 2}
            y1={y}
            y2={y}
            stroke={item.color}
            strokeWidth={theme.lineWidthPx}
            strokeDasharray={scaleDash(item.dash, theme) || undefined}
          />
          <Text
            className="plot-legend-text"
            x={x + f * 2.45}
            y={y}
            verticalAnchor="middle"
            fontSize={f}
            fill={theme.ink}
            fontFamily={theme.fontFamily}
          >
            {label}
          </Text>
        </g>
      ))}
    </Layer>
  );
}

/** Marks at most one per this many px; denser schedules are drawn as a band. */
export const MIN_PX_PER_MARK = 4;

/** The marks of a row that get their own marker: all of them, or when they do not fit, the missed ones thinned. */
export function visibleMarks(marks: readonly DoseMark[], x: (tDays: number) => number, plotWidthPx: number) {
  const dense = marks.length * MIN_PX_PER_MARK > plotWidthPx;
  if (!dense) return { dense, drawn: marks };
  const drawn: DoseMark[] = [];
  let lastX = -Infinity;
  for (const m of marks) {
    if (!m.missed) continue;
    const px = x(m.timeH / 24);
    if (px - lastX < MIN_PX_PER_MARK) continue;
    drawn.push(m);
    lastX = px;
  }
  return { dense, drawn };
}

/**
 * One row of dose triangles per regimen above the plot, in the regimen's colour: taken filled, missed hollow
 * and crossed in red. When doses are closer than MIN_PX_PER_MARK, taken doses become one band and only
 * missed doses get a marker (thinned to the same spacing), so the DOM stays small for any schedule.
 */
export const DoseMarks = memo(function DoseMarks({ model, layout, theme }: PlotProps) {
  const { x } = scalesOf(model, layout);
  const s = theme.markerPx;
  return (
    <Layer className="dose-markers">
      {model.doseRows.map((row, i) => {
        const cy = layout.doseRowY[i]!;
        const { dense, drawn } = visibleMarks(row.marks, (t) => x(t), layout.plot.width);
        const first = row.marks[0];
        const last = row.marks[row.marks.length - 1];
        return (
          <g key={row.regimenIndex} className="dose-row" data-regimen={row.regimenIndex}>
            {dense && first && last && (
              <rect
                className="dose-band"
                x={x(first.timeH / 24) - 1}
                width={Math.max(2, x(last.timeH / 24) - x(first.timeH / 24) + 2)}
                y={cy - s * 0.5}
                height={s}
                fill={row.color}
                fillOpacity={0.55}
              />
            )}
            {drawn.map((d) => (
              <DoseTriangle key={d.number} mark={d} cx={x(d.timeH / 24)} cy={cy} size={s} color={row.color} />
            ))}
          </g>
        );
      })}
    </Layer>
  );
});

function DoseTriangle({
  mark,
  cx,
  cy,
  size,
  color,
}: {
  mark: DoseMark;
  cx: number;
  cy: number;
  size: number;
  color: string;
}) {
  const tri = `${cx - size},${cy - size * 0.85} ${cx + size},${cy - size * 0.85} ${cx},${cy + size * 0.85}`;
  const missed = mark.missed;
  return (
    <g className={missed ? 'dose-marker missed' : 'dose-marker taken'} data-dose={mark.number}>
      <polygon
        points={tri}
        fill={missed ? '#ffffff' : color}
        stroke={missed ? '#b3261e' : color}
        strokeWidth={1.5}
      />
      {missed && (
        <path
          d={`M${cx - size},${cy - size} L${cx + size},${cy + size} M${cx + size},${cy - size} L${cx - size},${cy + size}`}
          stroke="#b3261e"
          strokeWidth={1.75}
        />
      )}
    </g>
  );
}

/** SVG path data of a line in a panel (d3-shape), clamped to the log floor by the y scale. */
export function linePath(
  points: PlotLine['points'],
  x: (t: number) => number,
  y: (v: number) => number,
): string {
  const path = d3Line<{ t: number; v: number }>()
    .x((p) => Math.round(x(p.t) * 10) / 10)
    .y((p) => Math.round(y(p.v) * 10) / 10)
    .defined((p) => Number.isFinite(p.v));
  return path(points) ?? '';
}

/** The curves, clipped to the plot. Class names follow recharts' (recharts-line, recharts-curve). */
export const PlotLines = memo(function PlotLines({
  model,
  layout,
  theme,
  clipId,
}: PlotProps & { clipId: string }) {
  const { x, y } = scalesOf(model, layout);
  const { plot } = layout;
  return (
    <Layer className="plot-lines">
      <defs>
        <clipPath id={clipId}>
          <rect
            x={plot.x}
            y={plot.y - theme.lineWidthPx}
            width={plot.width}
            height={plot.height + 2 * theme.lineWidthPx}
          />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`} fill="none" strokeLinejoin="round">
        {model.bands && <BandAreas bands={model.bands} x={x} y={y} lineWidthPx={theme.lineWidthPx} />}
        {model.lines.map((l) => (
          <g key={l.key} className={`recharts-line curve curve-${l.alias}`} data-label={l.label}>
            <path
              className="recharts-curve"
              d={linePath(l.points, x, y)}
              stroke={l.color}
              strokeWidth={l.dash ? theme.lineWidthPx * 0.85 : theme.lineWidthPx}
              strokeDasharray={scaleDash(l.dash, theme) || undefined}
            />
          </g>
        ))}
      </g>
      {model.measured && model.measured.length > 0 && (
        <g className="measured-points">
          {model.measured.map((m) => (
            <circle
              key={m.key}
              className="measured-point"
              cx={x(m.t)}
              cy={y(m.v)}
              r={theme.markerPx * 0.9}
              fill="#ffffff"
              stroke={m.color}
              strokeWidth={theme.lineWidthPx}
            >
              <title>{m.label}</title>
            </circle>
          ))}
        </g>
      )}
    </Layer>
  );
});

/** Everything but the curves: it stays still while a slider moves (the app draws the curves as a layer over it). */
export const PlotFrame = memo(function PlotFrame({ model, layout, theme }: PlotProps) {
  return (
    <Surface width={layout.width} height={layout.height} className="plot-frame">
      <PlotAxes model={model} layout={layout} theme={theme} />
      <PlotLegend layout={layout} theme={theme} />
      <DoseMarks model={model} layout={layout} theme={theme} />
    </Surface>
  );
});

/** A whole panel as one group at (x, y): for the export figure and presentation mode. */
export function PlotPanel({
  model,
  layout,
  theme,
  x = 0,
  y = 0,
  clipId,
}: PlotProps & { x?: number; y?: number; clipId: string }) {
  return (
    <g
      transform={x || y ? `translate(${x},${y})` : undefined}
      className="plot-panel"
      data-panel={model.panel}
    >
      <PlotAxes model={model} layout={layout} theme={theme} />
      <PlotLegend layout={layout} theme={theme} />
      <DoseMarks model={model} layout={layout} theme={theme} />
      <PlotLines model={model} layout={layout} theme={theme} clipId={clipId} />
    </g>
  );
}
