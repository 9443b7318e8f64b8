import { useRef, type PointerEvent } from 'react';
import type { PredictPoint } from '../../../sim/predict';
import type { PanelLayout } from '../plot/layout';
import type { MarkContext } from '../plot/marks/mark';
import type { PanelModel } from '../plot/model';
import type { Axis } from '../plot/scales';

/** Pixel -> value along an axis drawn from `from` to `to` px (the inverse of the kit's axisScale). */
export function invertAxis(axis: Axis, from: number, to: number): (px: number) => number {
  const [d0, d1] = axis.domain;
  return (px) => {
    const w = (px - from) / (to - from);
    return axis.log ? 10 ** (Math.log10(d0) + w * (Math.log10(d1) - Math.log10(d0))) : d0 + w * (d1 - d0);
  };
}

/** Colour of the class's sketch: a magenta no compound uses, so the sketch is never read as a curve. */
export const SKETCH_COLOR = '#c2185b';

export interface SketchLayerProps {
  ctx: MarkContext;
  model: PanelModel;
  layout: PanelLayout;
  /** Strokes in the chart's units (hours, level). */
  strokes: readonly (readonly PredictPoint[])[];
  /** Pointer drawing is on while the class predicts; after the reveal the sketch only shows. */
  drawing: boolean;
  onStroke: (stroke: PredictPoint[], done: boolean) => void;
  /** Shade of the part of the time axis that is hidden (days), while predicting. */
  hiddenFromDays: number | null;
}

/**
 * The class's sketch on the chart, drawn with a mouse, pen or finger: pointer capture keeps the stroke going
 * when the hand leaves the plot, and `touch-action: none` stops a finger from scrolling the page instead.
 */
export function SketchLayer({
  ctx,
  model,
  layout,
  strokes,
  drawing,
  onStroke,
  hiddenFromDays,
}: SketchLayerProps) {
  const { plot } = ctx;
  const current = useRef<PredictPoint[] | null>(null);
  const toDays = invertAxis(layout.xAxis, plot.x, plot.x + plot.width);
  const toLevel = invertAxis(model.yAxis, plot.y + plot.height, plot.y);
  const point = (event: PointerEvent<SVGRectElement>): PredictPoint => {
    const box = event.currentTarget.ownerSVGElement!.getBoundingClientRect();
    const x = Math.min(plot.x + plot.width, Math.max(plot.x, event.clientX - box.left));
    const y = Math.min(plot.y + plot.height, Math.max(plot.y, event.clientY - box.top));
    return { timeH: toDays(x) * 24, level: Math.max(0, toLevel(y)) };
  };
  const path = (points: readonly PredictPoint[]) =>
    points
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${ctx.x(p.timeH / 24).toFixed(1)},${ctx.y(p.level).toFixed(1)}`)
      .join('');
  const hiddenX = hiddenFromDays === null ? null : ctx.x(hiddenFromDays);
  return (
    <g className="pres-sketch-layer">
      {hiddenX !== null && (
        <rect
          className="pres-hidden-region"
          x={hiddenX}
          y={plot.y}
          width={Math.max(0, plot.x + plot.width - hiddenX)}
          height={plot.height}
          fill="#eef1f6"
        />
      )}
      {strokes.map((s, i) => (
        <path
          key={i}
          className="pres-sketch"
          data-points={s.length}
          d={path(s)}
          fill="none"
          stroke={SKETCH_COLOR}
          strokeWidth={ctx.theme.lineWidthPx * 1.4}
          strokeDasharray={`${ctx.theme.lineWidthPx * 3} ${ctx.theme.lineWidthPx * 2}`}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ))}
      {drawing && (
        <rect
          className="pres-sketch-surface"
          data-testid="sketch-surface"
          x={plot.x}
          y={plot.y}
          width={plot.width}
          height={plot.height}
          fill="transparent"
          style={{ touchAction: 'none', cursor: 'crosshair' }}
          onPointerDown={(event) => {
            if (event.button !== 0) return;
            event.preventDefault();
            try {
              event.currentTarget.setPointerCapture(event.pointerId);
            } catch {
              // A pointer the browser cannot capture (already gone) still draws while over the chart.
            }
            current.current = [point(event)];
            onStroke(current.current, false);
          }}
          onPointerMove={(event) => {
            if (!current.current) return;
            current.current = [...current.current, point(event)];
            onStroke(current.current, false);
          }}
          onPointerUp={(event) => {
            if (!current.current) return;
            if (event.currentTarget.hasPointerCapture(event.pointerId))
              event.currentTarget.releasePointerCapture(event.pointerId);
            onStroke(current.current, true);
            current.current = null;
          }}
          onPointerCancel={() => {
            if (current.current) onStroke(current.current, true);
            current.current = null;
          }}
        />
      )}
    </g>
  );
}
