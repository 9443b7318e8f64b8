import { memo } from 'react';
import { Layer, Surface, Text } from 'recharts';
import { line as d3Line } from 'd3-shape';
import type { DoseMark } from '../../../sim';
import { formatNumber } from './format';
import { LEGEND_LINE_EM, wrapMeasured, type PanelLayout } from './layout';
import { doubleDoseCount, type PanelModel, type PlotLine } from './model';
import { axisScale } from './scales';
import { CURVE_MARKER_SPACING_EM, scaleDash, type MarkerShape, type PlotTheme } from './theme';
import { BandAreas } from './BandAreas';

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
            {/* A space between the lines, so the title copies and reads as one ("Plasma concentration (ng/mL)"). */}
            {i < lines.length - 1 ? `${l} ` : l}
          </tspan>
        ))}
      </text>
    </Layer>
  );
}

/** A curve's marker (circle, triangle or square) centred at (cx, cy), `r` its half-size. */
export function CurveMarker({
  shape,
  cx,
  cy,
  r,
  color,
  hollow,
  strokeWidth,
}: {
  shape: MarkerShape;
  cx: number;
  cy: number;
  r: number;
  color: string;
  hollow?: boolean;
  strokeWidth: number;
}) {
  const paint = {
    fill: hollow ? '#ffffff' : color,
    stroke: color,
    strokeWidth,
    strokeDasharray: 'none',
    className: `curve-marker marker-${shape}`,
  };
  if (shape === 'circle') return <circle cx={cx} cy={cy} r={r * 0.9} {...paint} />;
  if (shape === 'square') {
    const h = r * 0.8;
    return <rect x={cx - h} y={cy - h} width={2 * h} height={2 * h} {...paint} />;
  }
  return (
    // A path, not a polygon: polygons are the dose markers (the export tests count them).
    <path d={`M${cx - r},${cy + r * 0.8}L${cx + r},${cy + r * 0.8}L${cx},${cy - r}Z`} {...paint} />
  );
}

/**
 * The legend: a line sample in each item's dash with its marker, and its label, wrapped onto further lines
 * when wider than the legend. One text element per item, so its text content is the whole label.
 */
export function PlotLegend({ layout, theme }: Pick<PlotProps, 'layout' | 'theme'>) {
  const f = theme.legendFontPx;
  return (
    <Layer className="plot-legend">
      {layout.legend.map(({ item, lines, x, y }) => (
        <g key={item.key} className="plot-legend-item" data-marker={item.marker}>
          <line
            x1={x}
            x2={x + f * 2}
            y1={y}
            y2={y}
            stroke={item.color}
            strokeWidth={theme.lineWidthPx}
            strokeDasharray={scaleDash(item.dash, theme) || undefined}
          />
          {item.marker && (
            <CurveMarker
              shape={item.marker}
              cx={x + f}
              cy={y}
              r={markerRadius(theme)}
              color={item.color}
              hollow={item.markerHollow}
              strokeWidth={Math.max(1.25, theme.lineWidthPx * 0.6)}
            />
          )}
          <text
            className="plot-legend-text"
            x={x + f * 2.45}
            y={y}
            fontSize={f}
            fill={theme.ink}
            fontFamily={theme.fontFamily}
          >
            {lines.map((l, i) => (
              <tspan key={i} x={x + f * 2.45} dy={i === 0 ? '0.355em' : `${LEGEND_LINE_EM}em`}>
                {i < lines.length - 1 ? `${l} ` : l}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </Layer>
  );
}

/** Half-size of a curve marker at a theme. */
function markerRadius(theme: PlotTheme): number {
  return Math.max(3.5, theme.markerPx * 0.75);
}

/**
 * Where a line's markers go: every CURVE_MARKER_SPACING_EM legend ems along the plot's width, each line shifted
 * by its own fraction of that spacing (so markers of curves that overlap do not sit on each other), at the
 * line's value there (linear between drawn points). Only where the line is drawn (playback cuts it).
 */
export function curveMarkerPoints(
  points: PlotLine['points'],
  x: (t: number) => number,
  y: (v: number) => number,
  plot: { x: number; width: number },
  domain: readonly [number, number],
  spacingPx: number,
  shift: number,
): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  if (points.length < 2 || !(spacingPx > 0)) return out;
  const span = domain[1] - domain[0];
  let i = 0;
  for (let px = plot.x + spacingPx * (0.5 + shift); px < plot.x + plot.width; px += spacingPx) {
    const t = domain[0] + ((px - plot.x) / plot.width) * span;
    while (i < points.length - 2 && points[i + 1]!.t < t) i++;
    const a = points[i]!;
    const b = points[i + 1]!;
    if (t < a.t || t > b.t) continue;
    const v = b.t > a.t ? a.v + ((t - a.t) / (b.t - a.t)) * (b.v - a.v) : a.v;
    if (Number.isFinite(v)) out.push({ x: Math.round(x(t) * 10) / 10, y: Math.round(y(v) * 10) / 10 });
  }
  return out;
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
        // Markers closer than their width would merge into a band: they shrink to keep a gap between them.
        const size = dense ? s : Math.max(3, Math.min(s, minGapPx(drawn, x) * 0.42));
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
            {drawn.map((d, k) => {
              // The second and later units of a double dose are drawn by the first one's doubled marker.
              const before = drawn[k - 1];
              if (!d.missed && before && !before.missed && before.timeH === d.timeH) return null;
              return (
                <DoseTriangle
                  key={d.number}
                  mark={d}
                  units={d.missed ? 1 : doubleDoseCount(drawn, d)}
                  cx={x(d.timeH / 24)}
                  cy={cy}
                  size={size}
                  color={row.color}
                />
              );
            })}
          </g>
        );
      })}
    </Layer>
  );
});

/** The smallest distance (px) between two drawn doses at different times; Infinity for fewer than two. */
function minGapPx(marks: readonly DoseMark[], x: (tDays: number) => number): number {
  let gap = Infinity;
  for (let k = 1; k < marks.length; k++) {
    const d = x(marks[k]!.timeH / 24) - x(marks[k - 1]!.timeH / 24);
    if (d > 0.01 && d < gap) gap = d;
  }
  return gap;
}

/**
 * One dose: a filled triangle (taken), hollow and crossed in red (missed), or, for two or more units taken at
 * one time (a double dose), two triangles side by side with a title that says "double dose".
 */
function DoseTriangle({
  mark,
  units,
  cx,
  cy,
  size,
  color,
}: {
  mark: DoseMark;
  units: number;
  cx: number;
  cy: number;
  size: number;
  color: string;
}) {
  const tri = (c: number, w: number) =>
    `${c - w},${cy - size * 0.85} ${c + w},${cy - size * 0.85} ${c},${cy + size * 0.85}`;
  const missed = mark.missed;
  if (units > 1) {
    const w = size * 0.75;
    return (
      <g className="dose-marker taken double" data-dose={mark.number} data-units={units}>
        <title>{`Dose ${mark.number} at day ${formatNumber(mark.timeH / 24)}: ${units === 2 ? 'double' : `${units}×`} dose`}</title>
        {[-w * 0.8, w * 0.8].map((dx) => (
          <polygon key={dx} points={tri(cx + dx, w)} fill={color} stroke="#ffffff" strokeWidth={1} />
        ))}
      </g>
    );
  }
  return (
    <g className={missed ? 'dose-marker missed' : 'dose-marker taken'} data-dose={mark.number}>
      <polygon
        points={tri(cx, size)}
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
        {model.lines.map((l, i) => (
          <g
            key={l.key}
            className={`recharts-line curve curve-${l.alias}`}
            data-label={l.label}
            data-marker={l.marker}
          >
            <path
              className="recharts-curve"
              d={linePath(l.points, x, y)}
              stroke={l.color}
              strokeWidth={l.dash ? theme.lineWidthPx * 0.85 : theme.lineWidthPx}
              strokeDasharray={scaleDash(l.dash, theme) || undefined}
            />
            {l.marker &&
              curveMarkerPoints(
                l.points,
                x,
                y,
                plot,
                layout.xAxis.domain,
                theme.legendFontPx * CURVE_MARKER_SPACING_EM,
                (i * 0.37) % 1,
              ).map((p) => (
                <CurveMarker
                  key={`${p.x}`}
                  shape={l.marker!}
                  cx={p.x}
                  cy={p.y}
                  r={markerRadius(theme)}
                  color={l.color}
                  hollow={l.markerHollow}
                  strokeWidth={Math.max(1.25, theme.lineWidthPx * 0.6)}
                />
              ))}
          </g>
        ))}
      </g>
      {model.belowDetection && model.belowDetection.length > 0 && (
        <BelowDetectionNotes model={model} layout={layout} theme={theme} />
      )}
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

/**
 * "MK-4: below detection (0.1 ng/mL)", in the curve's colour just above its flat
 * line at the plot's right end (wrapped to the plot's width), stacked upwards when several curves need it.
 */
function BelowDetectionNotes({ model, layout, theme }: PlotProps) {
  const { y } = scalesOf(model, layout);
  const { plot } = layout;
  const f = theme.tickFontPx;
  const lineH = f * 1.2;
  // Placed bottom-up before drawing: each note just above its curve, and above the note below it.
  const placed: { key: string; lines: string[]; bottom: number }[] = [];
  let above = plot.y + plot.height;
  for (const n of model.belowDetection ?? []) {
    const lines = wrapMeasured(n.text, f, plot.width - f, 3);
    const curveY = Math.min(plot.y + plot.height, y(n.maxV)) - theme.lineWidthPx - f * 0.35;
    const bottom = Math.max(plot.y + lines.length * lineH, Math.min(curveY, above));
    above = bottom - lines.length * lineH - f * 0.2;
    placed.push({ key: n.key, lines, bottom });
  }
  return (
    <g className="plot-detection-notes">
      {placed.map(({ key: noteKey, lines, bottom }) => {
        return (
          <text
            key={noteKey}
            className="plot-detection-note"
            x={plot.x + plot.width - f * 0.5}
            y={bottom - (lines.length - 1) * lineH}
            textAnchor="end"
            fontSize={f}
            fill={theme.ink}
            fontFamily={theme.fontFamily}
            stroke={theme.background}
            strokeWidth={3}
            paintOrder="stroke"
          >
            {lines.map((l, i) => (
              <tspan key={i} x={plot.x + plot.width - f * 0.5} dy={i === 0 ? 0 : lineH}>
                {i < lines.length - 1 ? `${l} ` : l}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
}

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
