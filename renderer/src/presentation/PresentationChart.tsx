import { Fragment, useMemo } from 'react';
import { formatNumber } from '../plot/format';
import { timeAxis } from '../plot/scales';
import type { DoseMark, HalfLifeMarker, SteadyStateBand, ThresholdAnnotation } from './annotations';
import { linearScale, niceMax, niceStep, placeLabels, textWidthPx, ticksUpTo, type Box } from './chartLayout';
import type { ObservationMarks } from './observationMarks';
import { clipSeries, type SceneSeries } from './sceneSeries';
import type { SceneChart } from './story';
import { ProjectorAxes } from './ProjectorAxes';
import { PROJECTOR } from './theme';

export interface ChartAnnotations {
  halfLife: HalfLifeMarker | null;
  steadyState: SteadyStateBand | null;
  threshold: ThresholdAnnotation | null;
  doses: DoseMark[] | null;
}

export interface PresentationChartProps {
  width: number;
  height: number;
  chart: SceneChart;
  units: string;
  horizonDays: number;
  series: readonly SceneSeries[];
  /** Playback time: lines are drawn up to here. */
  timeDays: number;
  annotations: ChartAnnotations;
  marks: ObservationMarks;
  /** Type scale: 1 at 1920 px wide. */
  fontScale: number;
}

function path(
  timeDays: readonly number[],
  values: readonly number[],
  x: (t: number) => number,
  y: (v: number) => number,
) {
  let d = '';
  for (let i = 0; i < timeDays.length; i++)
    d += `${i === 0 ? 'M' : 'L'}${x(timeDays[i]!).toFixed(1)},${y(values[i]!).toFixed(1)}`;
  return d;
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
      className={className}
    >
      {children}
    </text>
  );
}

/** The projector chart: thick lines, large type, annotations and published observations in data coordinates. */
export function PresentationChart(props: PresentationChartProps) {
  const { width, height, chart, units, horizonDays, series, timeDays, annotations, marks, fontScale } = props;
  const tick = Math.round(PROJECTOR.tickFontPx * fontScale);
  const axisLabel = Math.round(PROJECTOR.axisLabelFontPx * fontScale);
  const legendFont = Math.round(PROJECTOR.legendFontPx * fontScale);
  const markerFont = Math.round(PROJECTOR.markerFontPx * fontScale);

  const valueMax = useMemo(() => {
    let max = 0;
    for (const s of series) for (const v of s.values) max = Math.max(max, v);
    if (annotations.steadyState) max = Math.max(max, annotations.steadyState.high);
    if (annotations.threshold) max = Math.max(max, annotations.threshold.value);
    for (const b of marks.bands) max = Math.max(max, b.high);
    for (const l of marks.lines) max = Math.max(max, l.value);
    return max;
  }, [series, annotations, marks]);
  // Headroom for observation labels and the half-life label above the curves.
  const headroom = marks.points.length > 0 ? 1.45 : annotations.halfLife ? 1.18 : 1.08;
  const yTop = niceMax(valueMax * headroom);
  const yStep = niceStep(yTop);

  const legendRows = 1;
  const plot: Box = {
    x: tick * 4.2 + axisLabel * 1.8,
    y: legendFont * 2.2 * legendRows + 12,
    width: 0,
    height: 0,
  };
  plot.width = width - plot.x - 36;
  plot.height = height - plot.y - (tick * 1.7 + axisLabel * 1.9);
  const x = linearScale([0, horizonDays], [plot.x, plot.x + plot.width]);
  const y = linearScale([0, yTop], [plot.y + plot.height, plot.y]);
  const xTicks = timeAxis(horizonDays, plot.width, tick * 5).ticks;
  const yTicks = ticksUpTo(yTop, yStep);
  const drawn = series.map((s) => clipSeries(s, timeDays));
  const ghost = annotations.halfLife?.ghost
    ? clipSeries(
        { key: 'ghost', compound: 'mk7', label: '', color: '', dash: '', ...annotations.halfLife.ghost },
        timeDays,
      )
    : null;
  const playing = timeDays < horizonDays - 1e-9;

  const visiblePoints = marks.points.filter((p) => p.tDays <= timeDays + 1e-9);
  const halfLifeShown =
    annotations.halfLife && annotations.halfLife.to.tDays <= timeDays + 1e-9 ? annotations.halfLife : null;
  const halfLifeLabel = halfLifeShown
    ? (() => {
        const w = textWidthPx(halfLifeShown.label, markerFont);
        const x0 = x(halfLifeShown.from.tDays);
        const x1 = x(halfLifeShown.to.tDays);
        const cx = Math.max(x0 + w / 2 - 20, Math.min((x0 + x1) / 2, plot.x + plot.width - w / 2));
        const top = y(halfLifeShown.from.value) - 18;
        return {
          cx,
          top,
          box: { x: cx - w / 2, y: top - 14 - markerFont, width: w, height: markerFont * 1.3 },
        };
      })()
    : null;
  const labelBoxes = placeLabels(
    visiblePoints.map((p) => ({
      key: p.key,
      x: x(p.tDays),
      y: y(p.value),
      width: textWidthPx(p.label, markerFont) + 8,
      height: markerFont * 1.25,
    })),
    plot,
    halfLifeLabel ? [halfLifeLabel.box] : [],
  );

  const yLabel =
    chart === 'tissue' ? `Tissue level (${units}, illustrative)` : `Plasma concentration (${units})`;
  const legendWidths = series.map((s) => 56 + textWidthPx(s.label, legendFont) + 36);
  const legendStarts = legendWidths.map(
    (_, i) => plot.x + legendWidths.slice(0, i).reduce((a, b) => a + b, 0),
  );

  return (
    <svg
      width={width}
      height={height}
      className="pres-chart-svg"
      fontFamily="system-ui, 'Segoe UI', Roboto, Arial, sans-serif"
      style={{ background: PROJECTOR.background }}
    >
      <ProjectorAxes
        plot={plot}
        x={x}
        y={y}
        xTicks={xTicks}
        yTicks={yTicks}
        formatX={formatNumber}
        formatY={formatNumber}
        tickFont={tick}
        xLabel="Time (days)"
        xLabelFont={axisLabel}
        xLabelBaseline={height - axisLabel * 0.45}
        yLabel={yLabel}
        yLabelFont={axisLabel}
        verticalGrid
        axisWidth={3}
        tickGap={12}
      />

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
          d={path(ghost.timeDays, ghost.values, x, y)}
          fill="none"
          stroke="#666666"
          strokeWidth={3}
          strokeDasharray="3 7"
          strokeLinecap="round"
        />
      )}

      {/* Curves */}
      <g className="pres-curves">
        {drawn.map((s) => (
          <path
            key={s.key}
            className="pres-curve"
            data-label={s.label}
            data-points={s.timeDays.length}
            d={path(s.timeDays, s.values, x, y)}
            fill="none"
            stroke={s.color}
            strokeWidth={PROJECTOR.lineWidthPx}
            strokeDasharray={s.dash || undefined}
            strokeLinejoin="round"
            strokeLinecap={s.dash ? 'butt' : 'round'}
          />
        ))}
        {playing &&
          drawn.map((s) =>
            s.timeDays.length > 0 ? (
              <circle
                key={`pen-${s.key}`}
                cx={x(s.timeDays.at(-1)!)}
                cy={y(s.values.at(-1)!)}
                r={8}
                fill={s.color}
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

      {annotations.doses && (
        <g className="pres-annotation-doses">
          {annotations.doses.map((d) => {
            const cx = x(d.tDays);
            const base = plot.y + plot.height;
            return d.missed ? (
              <g key={d.tDays} className="pres-dose pres-dose-missed">
                <path
                  d={`M${cx - 11},${base - 4} L${cx},${base - 22} L${cx + 11},${base - 4} Z`}
                  fill="#fff"
                  stroke="#B00020"
                  strokeWidth={3}
                />
                <Label x={cx} y={base - 30} size={markerFont} anchor="middle" fill="#B00020">
                  missed dose
                </Label>
              </g>
            ) : (
              <path
                key={d.tDays}
                className="pres-dose"
                d={`M${cx - 9},${base - 3} L${cx},${base - 19} L${cx + 9},${base - 3} Z`}
                fill="#333333"
              />
            );
          })}
        </g>
      )}

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

      {/* Legend */}
      <g className="pres-legend">
        {series.map((s, i) => {
          const start = legendStarts[i]!;
          return (
            <Fragment key={s.key}>
              <line
                x1={start}
                x2={start + 48}
                y1={legendFont * 1.1}
                y2={legendFont * 1.1}
                stroke={s.color}
                strokeWidth={PROJECTOR.lineWidthPx}
                strokeDasharray={s.dash || undefined}
              />
              <text
                x={start + 58}
                y={legendFont * 1.1}
                dy="0.35em"
                fontSize={legendFont}
                fontWeight={600}
                fill={PROJECTOR.ink}
                className="pres-legend-text"
              >
                {s.label}
              </text>
            </Fragment>
          );
        })}
      </g>
    </svg>
  );
}
