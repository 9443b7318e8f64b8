import { useMemo, type ReactNode } from 'react';
import type { ScenarioView } from '../../../sim';
import { BandAreas, BandMedians } from '../plot/BandAreas';
import { layoutPanel, legendItemWidth, type Box, type PanelLayout } from '../plot/layout';
import { PlotAxes } from '../plot/marks/Axes';
import { Curves } from '../plot/marks/Curves';
import { DoseMarks } from '../plot/marks/DoseRows';
import { firstDoseGhostMark } from '../plot/marks/FirstDoseGhost';
import { halfLifeMark } from '../plot/marks/HalfLifeMarker';
import { labelledMarkersMark } from '../plot/marks/LabelledMarkers';
import { PlotLegend } from '../plot/marks/Legend';
import {
  composeMarks,
  drawingMark,
  markContext,
  placeMarkLabels,
  type Mark,
  type MarkContext,
  type MaybeMark,
} from '../plot/marks/mark';
import { observationBandMark } from '../plot/marks/ObservationBand';
import { referenceLineMark } from '../plot/marks/ReferenceLine';
import { steadyStateMark } from '../plot/marks/SteadyStateBand';
import { thresholdMark } from '../plot/marks/ThresholdLine';
import { CurvePens, timeCursorMark } from '../plot/marks/TimeCursor';
import { clipPoints, visibleView, withColumnPoints, type PanelModel } from '../plot/model';
import { niceTop, seriesMax } from '../plot/scales';
import type { PlotTheme } from '../plot/theme';
import type { PathToAvoid } from '../plot/marks/placeLabels';
import { useDisplayProfile } from '../theme/profile';
import { bandedPanelModel, plasmaMaxWithBands } from '../population/panelBands';
import type { DrawnBands } from '../population/populationBands';
import type { HalfLifeMarker, SteadyStateBand, ThresholdAnnotation } from './annotations';
import type { ObservationMarks } from './observationMarks';
import type { SceneSimulation } from './sceneSimulation';
import type { SceneChart } from './story';
import { stackCrowdedLabels } from './studyLabelBlock';
import { presentationTheme, PROJECTOR, useViewportSize } from './theme';

export interface ChartAnnotations {
  halfLife: HalfLifeMarker | null;
  steadyState: SteadyStateBand | null;
  threshold: ThresholdAnnotation | null;
  doses: boolean;
}

export interface PresentationChartProps {
  width: number;
  height: number;
  chart: SceneChart;
  sim: SceneSimulation;
  /** Playback time: lines are drawn up to here. */
  timeDays: number;
  annotations: ChartAnnotations;
  marks: ObservationMarks;
  /** Type scale: 1 at 1920 px wide. */
  fontScale: number;
  /** Population bands (the variation scene): median and 25-75% / 5-95% under the curves. */
  bands?: readonly DrawnBands[] | null;
  /** Drawn just under the curves (a class's sketch in a prediction scene: the real curve is drawn over it). */
  underCurves?: (ctx: MarkContext, model: PanelModel, layout: PanelLayout) => ReactNode;
  /**
   * The annotations and observations the value axis makes room for, when not the ones drawn: a prediction scene
   * hides them until the reveal, and its axis must not change at the reveal (the class's sketch would jump).
   */
  scaleFor?: AxisRoom;
}

/** What the value axis leaves headroom for: these annotations' and observations' labels. */
export interface AxisRoom {
  annotations: ChartAnnotations;
  marks: ObservationMarks;
}

/**
 * The scene's panel from scenarioView, with headroom on a linear axis for the labels drawn above the curves.
 * Given the chart's width, its lines come without points (withColumnPoints adds them per pixel column once the
 * plot's width is known, as on screen) and the bands keep at most two points per pixel of that width; without
 * it, the chart kit's default resolution.
 */
export function sceneModel(
  sim: SceneSimulation,
  chart: SceneChart,
  annotations: ChartAnnotations,
  marks: ObservationMarks,
  bands: readonly DrawnBands[] | null = null,
  room: AxisRoom = { annotations, marks },
  widthPx: number | null = null,
): PanelModel {
  const view = visibleView(sim.view);
  const top = axisTop(sim, chart, view, bands, room);
  const model = bandedPanelModel(view, chart, bands, {
    ...(widthPx !== null ? { buckets: Math.max(1, Math.ceil(widthPx)), points: 'none' as const } : {}),
    ...(top !== null ? { top } : {}),
  });
  return annotations.doses ? model : { ...model, doseRows: [] };
}

/** A linear plasma axis's top, with room above the curves for the labels of `room`; null on other axes. */
function axisTop(
  sim: SceneSimulation,
  chart: SceneChart,
  view: ScenarioView,
  bands: readonly DrawnBands[] | null,
  { annotations, marks }: AxisRoom,
): number | null {
  const series = view.series.filter((s) => s.panel === chart);
  let max = chart === 'plasma' ? plasmaMaxWithBands(view, bands) : seriesMax(series);
  if (annotations.steadyState) max = Math.max(max, annotations.steadyState.high);
  if (annotations.threshold) max = Math.max(max, annotations.threshold.value);
  for (const b of marks.bands) max = Math.max(max, b.high);
  for (const l of marks.lines) max = Math.max(max, l.value);
  // A line's label (threshold, plateau) needs a free row above the curves when none is free beside its line.
  // Study labels get more: a fifth of the axis each (five over one peak in the single-dose scene, which at
  // 1024 x 768, with the controls in a row of their own, needs that much to keep all seven labels off the curves).
  const lineLabel = annotations.threshold || annotations.steadyState || marks.bands.length > 0;
  const headroom =
    marks.points.length > 0
      ? 1.3 + 0.2 * marks.points.length
      : lineLabel
        ? 1.3
        : annotations.halfLife
          ? 1.18
          : 1.08;
  const linear = chart === 'plasma' && sim.scenario.display.axis === 'linear';
  return linear ? niceTop(max * headroom) : null;
}

/** The projector chart: the chart kit's marks in the projector theme, with the scene's annotations and observations. */
export function PresentationChart(props: PresentationChartProps) {
  const { width, height, chart, sim, annotations, marks, fontScale, bands = null } = props;
  const viewport = useViewportSize();
  const [profile] = useDisplayProfile();
  const theme: PlotTheme = useMemo(
    () => presentationTheme(fontScale, viewport, profile),
    [fontScale, viewport, profile],
  );
  const scaleFor = props.scaleFor;
  const frame = useMemo(
    () => sceneModel(sim, chart, annotations, marks, bands, scaleFor, width),
    [sim, chart, annotations, marks, bands, scaleFor, width],
  );
  const layout = useMemo(() => layoutPanel(frame, theme, width, height), [frame, theme, width, height]);
  // No more path points than the plot has pixel columns (two each: a column's lowest and highest level).
  const model = useMemo(
    () => withColumnPoints(frame, sim.view, layout.plot.width),
    [frame, sim.view, layout.plot.width],
  );
  const ctx = markContext(model, layout, theme);
  // Labels keep off the whole curves, not only the part played so far: they stay put during playback.
  const ghost = annotations.halfLife?.ghost ?? null;
  const avoid = useMemo(
    () => curvesToAvoid(markContext(model, layout, theme), model, ghost),
    [model, layout, theme, ghost],
  );
  const { marks: labelled, bounds } = chartMarks(ctx, model, layout, props, avoid);
  return (
    <svg
      width={width}
      height={height}
      className="pres-chart-svg"
      fontFamily={theme.fontFamily}
      style={{ background: PROJECTOR.background }}
    >
      <PlotAxes model={model} layout={layout} theme={theme} />
      {composeMarks(labelled, bounds)}
      <PlotLegend layout={layout} theme={theme} />
    </svg>
  );
}

/** The chart's marks in drawing order (the furniture labels keep off first) and the bounds their labels keep to. */
function chartMarks(
  ctx: MarkContext,
  model: PanelModel,
  layout: PanelLayout,
  props: PresentationChartProps,
  avoid: readonly PathToAvoid[],
): { marks: MaybeMark[]; bounds: Box } {
  const bounds = labelBounds(layout);
  const furniture = furnitureMark(ctx, model, layout);
  return {
    marks: withStackedStudyLabels(furniture, sceneMarks(ctx, model, layout, props, avoid), bounds, avoid),
    bounds,
  };
}

/**
 * The chart's labels as PresentationChart places them, for a theme (the component takes its theme from the window
 * and the display profile): the marks, the box each label was given, and the scales and plot they were placed on.
 */
export function placedChartLabels(
  props: PresentationChartProps,
  theme: PlotTheme,
): { ctx: MarkContext; marks: Mark[]; placed: Map<string, Box>; bounds: Box } {
  const { width, height, chart, sim, annotations, marks, bands = null, scaleFor } = props;
  const frame = sceneModel(sim, chart, annotations, marks, bands, scaleFor, width);
  const layout = layoutPanel(frame, theme, width, height);
  const model = withColumnPoints(frame, sim.view, layout.plot.width);
  const ctx = markContext(model, layout, theme);
  const avoid = curvesToAvoid(ctx, model, annotations.halfLife?.ghost ?? null);
  const { marks: drawn, bounds } = chartMarks(ctx, model, layout, props, avoid);
  return {
    ctx,
    marks: drawn.filter((m): m is Mark => !!m),
    placed: placeMarkLabels(drawn, bounds),
    bounds,
  };
}

/**
 * The scene's marks in drawing order: reference bands and lines behind, then the ghost of the first dose, the
 * variation between people and the curves drawn up to the playback time, the half-life bracket, the doses, the
 * published observations and the time cursor on top.
 */
function sceneMarks(
  ctx: MarkContext,
  model: PanelModel,
  layout: PanelLayout,
  { annotations, marks, timeDays, underCurves }: PresentationChartProps,
  avoid: readonly PathToAvoid[],
): MaybeMark[] {
  const shown = (tDays: number) => tDays <= timeDays + 1e-9;
  const playing = timeDays < model.horizonDays - 1e-9;
  const drawn = model.lines.map((l) => ({ ...l, points: clipPoints(l.points, timeDays) }));
  const { halfLife, steadyState, threshold } = annotations;
  const ghost = halfLife?.ghost;
  const bands = model.bands?.map((b) => ({ ...b, points: b.points.filter((p) => shown(p.t)) }));
  return [
    ...marks.bands.map((b) => observationBandMark(ctx, b)),
    steadyState && steadyStateMark(ctx, steadyState),
    threshold && thresholdMark(ctx, threshold, timeDays),
    ...marks.lines.map((l) => referenceLineMark(ctx, l)),
    ghost &&
      firstDoseGhostMark(
        ctx,
        clipPoints(
          ghost.timeDays.map((t, i) => ({ t, v: ghost.values[i]! })),
          timeDays,
        ),
      ),
    bands && drawingMark('population-bands', <BandAreas bands={bands} x={ctx.x} y={ctx.y} />),
    underCurves && drawingMark('under-curves', underCurves(ctx, model, layout)),
    {
      ...drawingMark(
        'curves',
        <g className="pres-curves">
          <Curves ctx={ctx} lines={drawn} domain={layout.xAxis.domain} curveClassName="pres-curve" />
          {playing && <CurvePens ctx={ctx} lines={drawn} />}
        </g>,
      ),
      avoid,
    },
    bands &&
      drawingMark(
        'population-medians',
        <BandMedians bands={bands} x={ctx.x} y={ctx.y} lineWidthPx={ctx.theme.lineWidthPx} />,
      ),
    halfLife && shown(halfLife.to.tDays) && halfLifeMark(ctx, halfLife),
    drawingMark('doses', <DoseMarks model={model} layout={layout} theme={ctx.theme} />),
    labelledMarkersMark(
      ctx,
      marks.points.filter((p) => shown(p.tDays)),
    ),
    playing && timeCursorMark(ctx, timeDays),
  ];
}

/** The marks with the crowded study labels asking for one stacked block (stackCrowdedLabels), the furniture first. */
function withStackedStudyLabels(
  furniture: Mark,
  marks: readonly MaybeMark[],
  bounds: Box,
  avoid: readonly PathToAvoid[],
): MaybeMark[] {
  // The block keeps off the fixed boxes and the first choice of every other mark's placed label (a threshold's
  // or half-life's name), which the placement pass tries before the study labels'.
  const others = marks.filter((m) => m && m.key !== 'observations');
  const fixed = [
    ...(furniture.fixed ?? []),
    ...others.flatMap((m) => (m ? (m.fixed ?? []) : [])),
    ...others.flatMap((m) => (m ? (m.requests ?? []).flatMap((r) => r.preferred?.slice(0, 1) ?? []) : [])),
  ];
  return [
    furniture,
    ...marks.map((m) =>
      m && m.key === 'observations' && m.requests
        ? { ...m, requests: stackCrowdedLabels(m.requests, bounds, fixed, avoid) }
        : m,
    ),
  ];
}

/** The scene's curves and the first dose's ghost in pixels, as the chart draws them, with a stroke's clearance. */
function curvesToAvoid(
  ctx: MarkContext,
  model: PanelModel,
  ghost: { timeDays: readonly number[]; values: readonly number[] } | null,
): PathToAvoid[] {
  const px = (points: readonly { t: number; v: number }[]) =>
    points.map((p) => ({ x: ctx.x(p.t), y: Number.isFinite(p.v) ? ctx.y(p.v) : NaN }));
  const clearancePx = ctx.theme.lineWidthPx / 2 + 3;
  const paths = model.lines.map((l) => ({ points: px(l.points), clearancePx }));
  if (ghost)
    paths.push({ points: px(ghost.timeDays.map((t, i) => ({ t, v: ghost.values[i]! }))), clearancePx });
  return paths;
}

/**
 * Where labels may go: the plot and the band above it (legend and dose rows), whose drawn parts furnitureMark
 * keeps them off. A study label finds room there when the plot has none (seven labels over one peak at 1024 x 768).
 */
function labelBounds(layout: PanelLayout): Box {
  const top = 4;
  const { plot } = layout;
  return { x: plot.x, y: top, width: plot.width, height: plot.y + plot.height - top };
}

/** The legend entries and dose markers above the plot, as boxes labels keep off. */
function furnitureMark(ctx: MarkContext, model: PanelModel, layout: PanelLayout): Mark {
  const f = ctx.theme.legendFontPx;
  const legend = layout.legend.map((l) => ({
    x: l.x,
    y: l.y - f * 0.75,
    width: legendItemWidth(l.item, ctx.theme),
    height: l.lines.length * f * 1.25 + f * 0.25,
  }));
  const r = ctx.theme.markerPx + 3;
  const doses = model.doseRows.flatMap((row, i) =>
    row.marks.map((m) => ({
      x: ctx.x(m.timeH / 24) - r,
      y: layout.doseRowY[i]! - r,
      width: 2 * r,
      height: 2 * r,
    })),
  );
  return { key: 'chart-furniture', fixed: [...legend, ...doses], render: () => null };
}
