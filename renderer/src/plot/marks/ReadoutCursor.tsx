import type { MarkContext } from './mark';

/** One curve's level where the readout stands (value in the panel's units). */
interface ReadoutDot {
  key: string;
  color: string;
  v: number;
}

/**
 * The hover and keyboard readout's cursor: a vertical line at the readout time across the plot and a dot on each
 * curve at its level there. A log axis draws values under its floor at the floor, as the curves are drawn.
 */
export function ReadoutCursor({
  ctx,
  tDays,
  dots,
}: {
  ctx: MarkContext;
  tDays: number;
  dots: readonly ReadoutDot[];
}) {
  const { x, y, plot, theme } = ctx;
  const cx = x(tDays);
  const bottom = plot.y + plot.height;
  const clampY = (v: number) => Math.min(bottom, Math.max(plot.y, y(v)));
  return (
    <g className="readout-cursor" data-t-days={tDays}>
      <line
        x1={cx}
        x2={cx}
        y1={plot.y}
        y2={bottom}
        stroke={theme.ink}
        strokeWidth={1.5}
        strokeDasharray="3 3"
      />
      {dots.map((d) =>
        Number.isFinite(d.v) ? (
          <circle
            key={d.key}
            cx={cx}
            cy={clampY(d.v)}
            r={theme.markerPx * 0.8}
            fill={d.color}
            stroke={theme.background}
            strokeWidth={2}
          />
        ) : null,
      )}
    </g>
  );
}
