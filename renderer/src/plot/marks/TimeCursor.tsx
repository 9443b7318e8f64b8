import { ANNOTATION } from '../theme';
import { drawingMark, type Mark, type MarkContext } from './mark';

/** During playback: a dotted vertical line at the playback time, across the plot. */
export function timeCursorMark(ctx: MarkContext, timeDays: number): Mark {
  const { x, plot } = ctx;
  return drawingMark(
    'time-cursor',
    <g className="pres-time-cursor">
      <line
        x1={x(timeDays)}
        x2={x(timeDays)}
        y1={plot.y}
        y2={plot.y + plot.height}
        stroke={ANNOTATION.ink}
        strokeWidth={2}
        strokeDasharray="4 6"
      />
    </g>,
  );
}

/** During playback: a dot at the end of each curve drawn so far, the pen that draws it. */
export function CurvePens({
  ctx,
  lines,
}: {
  ctx: MarkContext;
  lines: readonly { key: string; color: string; points: readonly { t: number; v: number }[] }[];
}) {
  return (
    <g className="pres-curve-pens">
      {lines.map((l) => {
        const end = l.points.at(-1);
        return end ? (
          <circle
            key={l.key}
            cx={ctx.x(end.t)}
            cy={ctx.y(end.v)}
            r={8}
            fill={l.color}
            stroke="#fff"
            strokeWidth={2}
          />
        ) : null;
      })}
    </g>
  );
}
