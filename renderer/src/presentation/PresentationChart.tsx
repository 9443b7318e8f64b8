import { useMemo } from 'react';
import { layoutPanel } from '../plot/layout';
import { textWidthPx } from '../plot/measure';
import { clipPoints, visibleView, type PanelModel } from '../plot/model';
import { BandAreas } from '../plot/BandAreas';
import { bandedPanelModel, plasmaMaxWithBands } from '../population/panelBands';
import type { DrawnBands } from '../population/populationBands';
import { DoseMarks, linePath, PlotAxes, PlotLegend, scalesOf } from '../plot/Plot';
import { niceTop, seriesMax } from '../plot/scales';
import { projectorTheme, scaleDash, type PlotTheme } from '../plot/theme';
import type { HalfLifeMarker, SteadyStateBand, ThresholdAnnotation } from './annotations';
import { placeLabels, type Box } from './chartLayout';
import type { ObservationMarks } from './observationMarks';
import type { SceneSimulation } from './sceneSimulation';
import type { SceneChart } from './story';
import { PROJECTOR } from './theme';

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
}

/** White-halo text: readable over lines and bands on a washed-out projector. */
function Label({
  x,
  y,
  size,
  children,
  anchor = 'start',
  weight = 600,
  fill = PROJECTOR.ink,
  className,
}: {
  x: number;
  y: number;
  size: number;
  children: string;
  anchor?: 'start' | 'middle' | 'end';
  weight?: number;
  fill?: string;
  className?: string;
}) {
  return (
    <text
      x={x}
      y={y}
      fontSize={size}
      fontWeight={weight}
      fill={fill}
      textAnchor={anchor}
      stroke="#ffffff"
      strokeWidth={Math.max(4, size * 0.22)}
      strokeLinejoin="round"
      paintOrder="stroke"
      className={className ?? 'pres-label'}
    >
      {children}
    </text>
  );
}

/** The scene's panel from scenarioView, with headroom on a linear axis for the labels drawn above the curves. */
export function sceneModel(
  sim: SceneSimulation,
  chart: SceneChart,
  annotations: ChartAnnotations,
  marks: ObservationMarks,
  bands: readonly DrawnBands[] | null = null,
): PanelModel {
  const view = visibleView(sim.view);
  const series = view.series.filter((s) => s.panel === chart);
  let max = chart === 'plasma' ? plasmaMaxWithBands(view, bands) : seriesMax(series);
  if (annotations.steadyState) max = Math.max(max, annotations.steadyState.high);
  if (annotations.threshold) max = Math.max(max, annotations.threshold.value);
  for (const b of marks.bands) max = Math.max(max, b.high);
  for (const l of marks.lines) max = Math.max(max, l.value);
  const headroom = marks.points.length > 0 ? 1.45 : annotations.halfLife ? 1.18 : 1.08;
  const linear = chart === 'plasma' && sim.scenario.display.axis === 'linear';
  const model = bandedPanelModel(view, chart, bands, {
    buckets: 900,
    ...(linear ? { top: niceTop(max * headroom) } : {}),
  });
  return annotations.doses ? model : { ...model, doseRows: [] };
}

/** The projector chart: the chart kit in the projector theme, plus annotations and published observations. */
export function PresentationChart(props: PresentationChartProps) {
  const { width, height, chart, sim, timeDays, annotations, marks, fontScale, bands = null } = props;
  const theme: PlotTheme = useMemo(() => projectorTheme(fontScale), [fontScale]);
  const model = useMemo(
    () => sceneModel(sim, chart, annotations, marks, bands),
    [sim, chart, annotations, marks, bands],
  );
  const layout = useMemo(() => layoutPanel(model, theme, width, height), [model, theme, width, height]);
  const { x, y } = scalesOf(model, layout);
  const plot: Box = layout.plot;
  const markerFont = Math.round(theme.legendFontPx * (24 / 28));
  const horizonDays = model.horizonDays;
  const drawn = model.lines.map((l) => ({ ...l, points: clipPoints(l.points, timeDays) }));
  const ghost = annotations.halfLife?.ghost
    ? clipPoints(
        annotations.halfLife.ghost.timeDays.map((t, i) => ({
          t,
          v: annotations.halfLife!.ghost!.values[i]!,
        })),
        timeDays,
      )
    : null;
  const playing = timeDays < horizonDays - 1e-9;

  const visiblePoints = marks.points.filter((p) => p.tDays <= timeDays + 1e-9);
  const halfLifeShown =
    annotations.halfLife && annotations.halfLife.to.tDays <= timeDays + 1e-9 ? annotations.halfLife : null;
  const halfLifeLabel = halfLifeShown
    ? (() => {
        const w = textWidthPx(halfLifeShown.label, markerFont, 600);
        const x0 = x(halfLifeShown.from.tDays);
        const x1 = x(halfLifeShown.to.tDays);
        const cx = Math.max(plot.x + w / 2, Math.min((x0 + x1) / 2, plot.x + plot.width - w / 2));
        const top = Math.max(plot.y + markerFont * 1.6, y(halfLifeShown.from.value) - 18);
        return {
          cx,
          top,
          box: { x: cx - w / 2, y: top - 14 - markerFont, width: w, height: markerFont * 1.3 },
        };
      })()
    : null;
  // Fixed labels (bands, lines, threshold) block the observation labels' placement.
  const fixed: Box[] = [];
  const fixedBox = (lx: number, baseline: number, text: string, anchor: 'start' | 'end') => {
    const w = textWidthPx(text, markerFont, 600);
    const box = {
      x: anchor === 'end' ? lx - w : lx,
      y: baseline - markerFont,
      width: w,
      height: markerFont * 1.25,
    };
    fixed.push(box);
    return box;
  };
  marks.bands.forEach((b) => fixedBox(plot.x + 12, y(b.high) - 10, b.label, 'start'));
  marks.lines.forEach((l) => fixedBox(plot.x + plot.width - 10, y(l.value) - 10, l.label, 'end'));
  if (annotations.threshold)
    fixedBox(plot.x + 12, plot.y + markerFont * 1.2, `${annotations.threshold.label} (shaded)`, 'start');
  if (annotations.steadyState)
    fixedBox(
      plot.x + plot.width - 10,
      y(annotations.steadyState.low) + markerFont * 1.15,
      annotations.steadyState.label,
      'end',
    );
  const labelBoxes = placeLabels(
    visiblePoints.map((p) => ({
      key: p.key,
      x: x(p.tDays),
      y: y(p.value),
      width: textWidthPx(p.label, markerFont, 600) + 8,
      height: markerFont * 1.25,
    })),
    plot,
    [...fixed, ...(halfLifeLabel ? [halfLifeLabel.box] : [])],
  );

  return (
    <svg
      width={width}
      height={height}
      className="pres-chart-svg"
      fontFamily={theme.fontFamily}
      style={{ background: PROJECTOR.background }}
    >
      <PlotAxes model={model} layout={layout} theme={theme} />

      {/* Bands behind the curves */}
      {marks.bands.map((b) => (
        <g key={b.label} className="pres-observation-band" data-source={b.source}>
          <rect
            x={plot.x}
            width={plot.width}
            y={y(b.high)}
            height={Math.max(2, y(b.low) - y(b.high))}
            fill={PROJECTOR.observationBand}
          />
          <line
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={y(b.high)}
            y2={y(b.high)}
            stroke={PROJECTOR.observationBandEdge}
            strokeWidth={3}
          />
          <line
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={y(b.low)}
            y2={y(b.low)}
            stroke={PROJECTOR.observationBandEdge}
            strokeWidth={3}
          />
          <Label x={plot.x + 12} y={y(b.high) - 10} size={markerFont} className="pres-observation-label">
            {b.label}
          </Label>
        </g>
      ))}
      {annotations.steadyState && (
        <g className="pres-annotation-steady">
          <rect
            x={plot.x}
            width={plot.width}
            y={y(annotations.steadyState.high)}
            height={Math.max(2, y(annotations.steadyState.low) - y(annotations.steadyState.high))}
            fill={PROJECTOR.bandFill}
          />
          {[annotations.steadyState.low, annotations.steadyState.high].map((v) => (
            <line
              key={v}
              x1={plot.x}
              x2={plot.x + plot.width}
              y1={y(v)}
              y2={y(v)}
              stroke={PROJECTOR.annotation}
              strokeWidth={2}
              strokeDasharray="10 8"
            />
          ))}
          <Label
            x={plot.x + plot.width - 10}
            y={y(annotations.steadyState.low) + markerFont * 1.15}
            size={markerFont}
            anchor="end"
          >
            {annotations.steadyState.label}
          </Label>
        </g>
      )}
      {annotations.threshold && (
        <g className="pres-annotation-threshold">
          {annotations.threshold.spans.map((s) => {
            const x0 = x(Math.min(s.fromDays, timeDays));
            const x1 = x(Math.min(s.toDays, timeDays));
            return x1 > x0 ? (
              <rect
                key={s.fromDays}
                x={x0}
                width={x1 - x0}
                y={plot.y}
                height={y(annotations.threshold!.value) - plot.y}
                fill={PROJECTOR.thresholdFill}
              />
            ) : null;
          })}
          <line
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={y(annotations.threshold.value)}
            y2={y(annotations.threshold.value)}
            stroke={PROJECTOR.annotation}
            strokeWidth={PROJECTOR.annotationWidthPx}
            strokeDasharray="2 8"
            strokeLinecap="round"
          />
          <Label x={plot.x + 12} y={plot.y + markerFont * 1.2} size={markerFont}>
            {`${annotations.threshold.label} (shaded)`}
          </Label>
        </g>
      )}
      {marks.lines.map((l) => (
        <g key={l.label} className="pres-observation-line">
          <line
            x1={plot.x}
            x2={plot.x + plot.width}
            y1={y(l.value)}
            y2={y(l.value)}
            stroke={PROJECTOR.annotation}
            strokeWidth={3}
            strokeDasharray="14 6 3 6"
          />
          <Label x={plot.x + plot.width - 10} y={y(l.value) - 10} size={markerFont} anchor="end" weight={500}>
            {l.label}
          </Label>
        </g>
      ))}

      {/* Ghost of the first dose alone (what the half-life marker measures) */}
      {ghost && (
        <path
          d={linePath(ghost, x, y)}
          fill="none"
          stroke="#666666"
          strokeWidth={3}
          strokeDasharray="3 7"
          strokeLinecap="round"
        />
      )}

      {/* Variation between people, under the curves, drawn up to the playback time */}
      {model.bands && (
        <BandAreas
          bands={model.bands.map((b) => ({ ...b, points: b.points.filter((p) => p.t <= timeDays + 1e-9) }))}
          x={x}
          y={y}
          lineWidthPx={theme.lineWidthPx}
        />
      )}

      {/* Curves */}
      <g className="pres-curves">
        {drawn.map((l) => (
          <path
            key={l.key}
            className="pres-curve recharts-curve"
            data-label={l.label}
            data-points={l.points.length}
            d={linePath(l.points, x, y)}
            fill="none"
            stroke={l.color}
            strokeWidth={theme.lineWidthPx}
            strokeDasharray={scaleDash(l.dash, theme) || undefined}
            strokeLinejoin="round"
            strokeLinecap={l.dash ? 'butt' : 'round'}
          />
        ))}
        {playing &&
          drawn.map((l) =>
            l.points.length > 0 ? (
              <circle
                key={`pen-${l.key}`}
                cx={x(l.points.at(-1)!.t)}
                cy={y(l.points.at(-1)!.v)}
                r={8}
                fill={l.color}
                stroke="#fff"
                strokeWidth={2}
              />
            ) : null,
          )}
      </g>

      {halfLifeShown && halfLifeLabel && (
        <g className="pres-annotation-halflife">
          {(() => {
            const h = halfLifeShown;
            const x0 = x(h.from.tDays);
            const x1 = x(h.to.tDays);
            const y0 = y(h.from.value);
            const y1 = y(h.to.value);
            const top = halfLifeLabel.top;
            return (
              <>
                <line
                  x1={x0}
                  x2={x1}
                  y1={top}
                  y2={top}
                  stroke={PROJECTOR.annotation}
                  strokeWidth={PROJECTOR.annotationWidthPx}
                />
                <line x1={x0} x2={x0} y1={top - 10} y2={y0} stroke={PROJECTOR.annotation} strokeWidth={3} />
                <line
                  x1={x1}
                  x2={x1}
                  y1={top - 10}
                  y2={y1}
                  stroke={PROJECTOR.annotation}
                  strokeWidth={3}
                  strokeDasharray="6 5"
                />
                <circle cx={x0} cy={y0} r={9} fill="#fff" stroke={PROJECTOR.annotation} strokeWidth={4} />
                <circle cx={x1} cy={y1} r={9} fill="#fff" stroke={PROJECTOR.annotation} strokeWidth={4} />
                <Label x={halfLifeLabel.cx} y={top - 14} size={markerFont} anchor="middle">
                  {h.label}
                </Label>
              </>
            );
          })()}
        </g>
      )}

      <DoseMarks model={model} layout={layout} theme={theme} />

      {/* Published observations: on the model curve at the reported time, named */}
      <g className="pres-observations">
        {visiblePoints.map((p) => {
          const px = x(p.tDays);
          const py = y(p.value);
          const box = labelBoxes.get(p.key)!;
          const toLeft = box.x + box.width / 2 < px;
          return (
            <g key={p.key} className="pres-observation" data-source={p.source}>
              {p.rangeDays && (
                <g>
                  <line
                    x1={x(p.rangeDays[0])}
                    x2={x(p.rangeDays[1])}
                    y1={py}
                    y2={py}
                    stroke={PROJECTOR.observationFill}
                    strokeWidth={3}
                  />
                  <line
                    x1={x(p.rangeDays[0])}
                    x2={x(p.rangeDays[0])}
                    y1={py - 9}
                    y2={py + 9}
                    stroke={PROJECTOR.observationFill}
                    strokeWidth={3}
                  />
                </g>
              )}
              <line
                x1={px}
                y1={py}
                x2={toLeft ? box.x + box.width : box.x}
                y2={box.y + box.height / 2}
                stroke={PROJECTOR.observationFill}
                strokeWidth={2}
              />
              <path
                d={`M${px},${py - 12} L${px + 12},${py} L${px},${py + 12} L${px - 12},${py} Z`}
                fill="#fff"
                stroke={PROJECTOR.observationFill}
                strokeWidth={4}
              />
              {/* A glyph halo cannot hide a thick line crossing mid-word: a translucent card behind the label does. */}
              <rect
                x={box.x}
                y={box.y}
                width={box.width}
                height={box.height}
                rx={4}
                fill="#ffffff"
                fillOpacity={0.85}
                className="pres-observation-label-card"
              />
              <Label
                x={box.x + 4}
                y={box.y + box.height * 0.8}
                size={markerFont}
                className="pres-observation-label"
              >
                {p.label}
              </Label>
            </g>
          );
        })}
      </g>

      {playing && (
        <g className="pres-time-cursor">
          <line
            x1={x(timeDays)}
            x2={x(timeDays)}
            y1={plot.y}
            y2={plot.y + plot.height}
            stroke={PROJECTOR.annotation}
            strokeWidth={2}
            strokeDasharray="4 6"
          />
        </g>
      )}

      <PlotLegend layout={layout} theme={theme} />
    </svg>
  );
}
