import type { MeasuredMark } from '../model';
import type { MarkContext } from './mark';

/** The user's own measured levels: hollow circles in the regimen's colour, each titled with its reading. */
export function MeasuredPoints({ ctx, points }: { ctx: MarkContext; points: readonly MeasuredMark[] }) {
  const { x, y, theme } = ctx;
  return (
    <g className="measured-points">
      {points.map((m) => (
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
  );
}
