import { ANNOTATION } from '../theme';
import { annotationFontPx, PlacedLabel, preferredLabelRequest, textLabel } from './labels';
import type { Mark, MarkContext } from './mark';

/** From the peak of the first dose alone to the time its level has halved (data coordinates). */
interface HalfLifeData {
  label: string;
  from: { tDays: number; value: number };
  to: { tDays: number; value: number };
}

/**
 * A bracket over the curve from the peak (solid leg) to half the peak (dashed leg), with rings on the curve and
 * the label centred over it, kept inside the plot.
 */
export function halfLifeMark(ctx: MarkContext, h: HalfLifeData): Mark {
  const { x, y, plot, theme } = ctx;
  const font = annotationFontPx(theme);
  const x0 = x(h.from.tDays);
  const x1 = x(h.to.tDays);
  const y0 = y(h.from.value);
  const y1 = y(h.to.value);
  const top = Math.max(plot.y + font * 1.6, y0 - 18);
  const half = textLabel(h.label, 0, 0, font).box.width / 2;
  const cx = Math.max(plot.x + half, Math.min((x0 + x1) / 2, plot.x + plot.width - half));
  const label = textLabel(h.label, cx, top - 14, font, 'middle');
  const ring = { r: 9, fill: '#fff', stroke: ANNOTATION.ink, strokeWidth: 4 };
  return {
    key: 'half-life',
    // Over the bracket, unless a curve runs there (a later dose's rise): then the nearest free spot.
    requests: [preferredLabelRequest('half-life', label, { x: cx, y: top })],
    render: (placed) => (
      <g className="pres-annotation-halflife">
        <line x1={x0} x2={x1} y1={top} y2={top} stroke={ANNOTATION.ink} strokeWidth={ANNOTATION.widthPx} />
        <line x1={x0} x2={x0} y1={top - 10} y2={y0} stroke={ANNOTATION.ink} strokeWidth={3} />
        <line
          x1={x1}
          x2={x1}
          y1={top - 10}
          y2={y1}
          stroke={ANNOTATION.ink}
          strokeWidth={3}
          strokeDasharray="6 5"
        />
        <circle cx={x0} cy={y0} {...ring} />
        <circle cx={x1} cy={y1} {...ring} />
        <PlacedLabel label={label} box={placed.get('half-life')!} theme={theme} />
      </g>
    ),
  };
}
